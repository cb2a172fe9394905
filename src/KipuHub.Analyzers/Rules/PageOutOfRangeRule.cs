using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        var page = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        var size = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
        if (page is null || size is null || QueryChain.ListEndpoint(symbols, invocation.Instance) is not { } facts)
        {
            return;
        }
        var problems = new List<string>();
        if (page.ConstantValue is { HasValue: true, Value: int index } && index < 0)
        {
            problems.Add($"page indexes start at 0, not {index}");
        }
        if (size.ConstantValue is { HasValue: true, Value: int count })
        {
            if (count < 1)
            {
                problems.Add($"a page holds at least 1 item, not {count}");
            }
            else if (facts.MaxPageSize > 0 && count > facts.MaxPageSize)
            {
                problems.Add($"{facts.Id} returns at most {facts.MaxPageSize} items per page, not {count}");
            }
        }
        if (problems.Count > 0)
        {
            Report(context, Diagnostic.Create(
                DiagnosticDescriptors.KH0004_PageOutOfRange, HubLocations.Terminal(invocation),
                page.Syntax.ToString(), size.Syntax.ToString(), facts.Id, facts.Namespace, string.Join(", and ", problems), facts.MaxPageSize));
        }
    }
}
