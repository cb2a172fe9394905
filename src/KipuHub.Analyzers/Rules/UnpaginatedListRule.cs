using System.Collections.Immutable;
using System.Globalization;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0002: a paged endpoint runs through a single-page terminal (ListAsync) with no Page(...) in its chain.</summary>
internal sealed class UnpaginatedListRule : HubRule
{
    /// <summary>The diagnostic property carrying the endpoint's default page size, for the code fix.</summary>
    public const string DefaultPageSizeProperty = "DefaultPageSize";

    private static readonly ImmutableHashSet<string> s_stepNames = ImmutableHashSet.Create("Page");

    private readonly QueryChain _chain;

    public UnpaginatedListRule(HubSymbols symbols, GeneratedCode generated)
        : base(symbols, generated)
    {
        _chain = new QueryChain(symbols, static m => m.IsPage, s_stepNames, (_, _) => Trace.Missing);
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0002_UnpaginatedList;

    /// <summary><c>(await q.ListAsync()).TotalElements</c>: the page is read for its counts, not its items, so nothing is lost.</summary>
    private static bool OnlyPageFactsRead(HubSymbols symbols, IInvocationOperation invocation)
    {
        var parent = invocation.Parent;
        while (parent is IParenthesizedOperation)
        {
            parent = parent.Parent;
        }
        if (parent is not IAwaitOperation awaited)
        {
            return false;
        }
        parent = awaited.Parent;
        while (parent is IParenthesizedOperation)
        {
            parent = parent.Parent;
        }
        return parent is IPropertyReferenceOperation { Property.Name: not "Content" } property && symbols.IsFluent(property.Property);
    }

    /// <summary>
    /// <c>Awaiting(() =&gt; q.ListAsync())</c>: the page escapes into code the analyzer cannot follow (typically an
    /// assertion that the call fails), so whether its items matter is unknown.
    /// </summary>
    private static bool ReturnedFromLambda(IInvocationOperation invocation)
    {
        var parent = invocation.Parent;
        while (parent is IParenthesizedOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }
        return parent is IReturnOperation && parent.Parent is IBlockOperation { Parent: IAnonymousFunctionOperation };
    }

    /// <summary>
    /// Reports a single-page terminal of a paged endpoint with no Page(...) in its chain. <paramref name="chain"/> is
    /// that terminal's chain, walked once for every rule that asks.
    /// </summary>
    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation, HubMethod called, in TerminalChain chain)
    {
        var symbols = Symbols;
        if (called.ReturnsAsyncStream
            || chain.Endpoint is not { IsPaged: true } facts
            || !symbols.IsPagedQuery(invocation.Instance?.Type)
            || OnlyPageFactsRead(symbols, invocation)
            || ReturnedFromLambda(invocation)
            || chain.Page(_chain) != Trace.Missing)
        {
            return;
        }
        var size = facts.DefaultPageSize.ToString(CultureInfo.InvariantCulture);
        Report(context, Diagnostic.Create(
            DiagnosticDescriptors.KH0002_UnpaginatedList,
            HubLocations.Terminal(invocation),
            ImmutableDictionary<string, string?>.Empty.Add(DefaultPageSizeProperty, size),
            invocation.TargetMethod.Name, facts.Id, facts.Namespace, size));
    }
}
