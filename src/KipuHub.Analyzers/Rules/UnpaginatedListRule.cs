using System.Collections.Immutable;
using System.Globalization;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0002: a paged endpoint runs through a single-page terminal (ListAsync) with no Page(...) in its chain.</summary>
internal sealed class UnpaginatedListRule
{
    /// <summary>The diagnostic property carrying the endpoint's default page size, for the code fix.</summary>
    public const string DefaultPageSizeProperty = "DefaultPageSize";

    private static readonly ImmutableHashSet<string> s_stepNames = ImmutableHashSet.Create("Page");

    private readonly HubSymbols _symbols;
    private readonly QueryChain _chain;

    public UnpaginatedListRule(HubSymbols symbols)
    {
        _symbols = symbols;
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

    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation)
    {
        var symbols = _symbols;
        if (!symbols.IsExecution(invocation.TargetMethod)
            || symbols.ReturnsAsyncStream(invocation.TargetMethod)
            || !symbols.IsPagedQuery(invocation.Instance?.Type)
            || QueryChain.Endpoint(symbols, invocation) is not { IsPaged: true } facts
            || OnlyPageFactsRead(symbols, invocation)
            || ReturnedFromLambda(invocation)
            || _chain.Find(invocation.Instance) != Trace.Missing)
        {
            return;
        }
        var size = facts.DefaultPageSize.ToString(CultureInfo.InvariantCulture);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.KH0002_UnpaginatedList,
            HubLocations.Terminal(invocation),
            ImmutableDictionary<string, string?>.Empty.Add(DefaultPageSizeProperty, size),
            invocation.TargetMethod.Name, facts.Id, facts.Namespace, size));
    }
}
