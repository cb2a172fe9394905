using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0001: an organization-scopable endpoint runs with neither InOrg(...) nor InPersonalAccount() in its chain.</summary>
internal sealed class UnscopedCallRule : HubRule
{
    private static readonly ImmutableHashSet<string> s_stepNames = ImmutableHashSet.Create("InOrg", "InPersonalAccount");

    private readonly QueryChain _chain;

    /// <summary>
    /// Whether a file's .editorconfig says the client's default scope is meant (KH0001 silenced), read once per file:
    /// asked before every KH0001, and the options lookup hashes its key case-insensitively each time.
    /// </summary>
    private readonly ConcurrentDictionary<SyntaxTree, bool> _clientDefaultScope = new();
    private readonly Func<SyntaxTree, bool> _readClientDefaultScope;

    public UnscopedCallRule(HubSymbols symbols, GeneratedCode generated, AnalyzerOptions options)
        : base(symbols, generated)
    {
        _chain = new QueryChain(symbols, static m => m.IsScopeDecision, s_stepNames, (client, _) => ClientScope(symbols, client));
        _readClientDefaultScope = tree => options.Option(tree, DiagnosticDescriptors.OrganizationScopeOption, out var scope) && scope == DiagnosticDescriptors.ClientDefaultScope;
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0001_UnscopedCall;

    /// <summary>
    /// Reports a terminal (a method that sends) of an organization-scopable endpoint with no scope decision in its chain.
    /// <paramref name="chain"/> is that terminal's chain, walked once for every rule that asks.
    /// </summary>
    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation, in TerminalChain chain)
    {
        if (chain.Endpoint is not { IsOrganizationScoped: true } facts
            || chain.Scope(_chain) != Trace.Missing
            || _clientDefaultScope.GetOrAdd(invocation.Syntax.SyntaxTree, _readClientDefaultScope))
        {
            return;
        }
        Report(context, Diagnostic.Create(
            DiagnosticDescriptors.KH0001_UnscopedCall, HubLocations.Terminal(invocation), invocation.TargetMethod.Name, facts.Id, facts.Namespace));
    }

    /// <summary>
    /// A client created in this method with an OrganizationId in its options is a scope decision; so is a client
    /// from a factory call that is explicitly handed an organization id (for example the fake's CreateClient(token, org)),
    /// and one from a property or method marked [HubScopedClient] (the fake's ready Client, a per-test tenant's clients).
    /// </summary>
    private static Trace ClientScope(HubSymbols symbols, IOperation client)
    {
        var stripped = QueryChain.Strip(client);
        if (stripped is IPropertyReferenceOperation marked && symbols.ReturnsScopedClient(marked.Property))
        {
            return Trace.Found;
        }
        if (stripped is IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
        {
            // A client handed in says nothing about its options here; the common case, answered without allocating.
            return Trace.Missing;
        }
        return ScopeOfCreatedClient(symbols, stripped);
    }

    /// <summary>
    /// <see cref="ClientScope"/> for a client created or assigned in the method: apart, so the common case does not
    /// compile these queries in a fresh compiler process.
    /// </summary>
    private static Trace ScopeOfCreatedClient(HubSymbols symbols, IOperation? stripped)
    {
        IEnumerable<IOperation> values = stripped switch
        {
            ILocalReferenceOperation local => QueryChain.AssignedValues(local, local.Local) ?? [],
            IObjectCreationOperation creation => [creation],
            IInvocationOperation invocation => [invocation],
            _ => [],
        };
        return values.Any(v => QueryChain.Strip(v) switch
            {
                IObjectCreationOperation creation => creation.Arguments.Any(a => SetsOrganization(symbols, a.Value)),
                IInvocationOperation factory => symbols.ReturnsScopedClient(factory.TargetMethod) || factory.Arguments.Any(PassesOrganization),
                IPropertyReferenceOperation property => symbols.ReturnsScopedClient(property.Property),
                _ => false,
            })
            ? Trace.Found
            : Trace.Missing;
    }

    private static bool PassesOrganization(IArgumentOperation argument) =>
        argument.ArgumentKind == ArgumentKind.Explicit
        && argument.Parameter is { } parameter
        && (parameter.Name.IndexOf("organization", System.StringComparison.OrdinalIgnoreCase) >= 0 || parameter.Name.Equals("orgId", System.StringComparison.OrdinalIgnoreCase))
        && QueryChain.Strip(argument.Value) is not { ConstantValue: { HasValue: true, Value: null } };

    private static bool SetsOrganization(HubSymbols symbols, IOperation options)
    {
        switch (QueryChain.Strip(options))
        {
            case IObjectCreationOperation { Initializer: { } initializer }:
                return initializer.Initializers.Any(i => i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && IsOrganizationId(symbols, target.Property));
            case ILocalReferenceOperation local when SymbolEqualityComparer.Default.Equals(local.Type, symbols.Options):
                return (QueryChain.AssignedValues(local, local.Local) ?? []).Any(v => SetsOrganization(symbols, v))
                    || QueryChain.Root(local).Descendants().Any(o => o is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } target }
                        && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local) && IsOrganizationId(symbols, target.Property));
            default:
                return false;
        }
    }

    private static bool IsOrganizationId(HubSymbols symbols, IPropertySymbol property) =>
        property.Name == "OrganizationId" && SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.Options);
}
