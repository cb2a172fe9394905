using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0004: Page(page, size) with a constant page below 0, or a constant size below 1 or above the endpoint's maximum.</summary>
internal sealed class PageOutOfRangeRule : HubRule
{
    public PageOutOfRangeRule(HubSymbols symbols, GeneratedCode generated)
        : base(symbols, generated)
    {
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0004_PageOutOfRange;

    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation, HubMethod called)
    {
        var symbols = Symbols;
        if (!called.IsPage || invocation.Arguments.Length != 2)
        {
            return;
        }
        IOperation? page = null;
        IOperation? size = null;
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Ordinal)
            {
                case 0:
                    page = argument.Value;
                    break;
                case 1:
                    size = argument.Value;
                    break;
            }
        }
        // Only constants can be out of range here; every other Page call (most of them) is done with before the endpoint is looked up.
        var index = page?.ConstantValue is { HasValue: true, Value: int i } ? i : (int?)null;
        var count = size?.ConstantValue is { HasValue: true, Value: int c } ? c : (int?)null;
        if (page is null || size is null || index is null && count is null || QueryChain.ListEndpoint(symbols, invocation.Instance) is not { } facts)
        {
            return;
        }
        if (index < 0 || count < 1 || count > facts.MaxPageSize && facts.MaxPageSize > 0)
        {
            ReportOutOfRange(context, invocation, page, size, index, count, facts);
        }
    }

    /// <summary>
    /// The message and the report, apart from <see cref="Analyze"/>: nearly every Page call is in range, and in a fresh
    /// compiler process the string formatting here would otherwise be compiled with Analyze on its first call.
    /// </summary>
    private void ReportOutOfRange(in OperationAnalysisContext context, IInvocationOperation invocation, IOperation page, IOperation size, int? index, int? count, HubEndpointFacts facts)
    {
        var pageProblem = index < 0 ? $"page indexes start at 0, not {index}" : null;
        var sizeProblem = count switch
        {
            < 1 => $"a page holds at least 1 item, not {count}",
            { } n when facts.MaxPageSize > 0 && n > facts.MaxPageSize => $"{facts.Id} returns at most {facts.MaxPageSize} items per page, not {n}",
            _ => null,
        };
        var problems = pageProblem is not null && sizeProblem is not null ? $"{pageProblem}, and {sizeProblem}" : pageProblem ?? sizeProblem;
        Report(context, Diagnostic.Create(
            DiagnosticDescriptors.KH0004_PageOutOfRange, HubLocations.Terminal(invocation),
            page.Syntax.ToString(), size.Syntax.ToString(), facts.Id, facts.Namespace, problems, facts.MaxPageSize));
    }
}
