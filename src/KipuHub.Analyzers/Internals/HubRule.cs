using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// What every rule of <see cref="HubAnalyzer"/> holds for one compilation: the contract's symbols, and a way to report
/// that keeps generated code silent.
/// </summary>
internal abstract class HubRule
{
    private readonly GeneratedCode _generated;

    protected HubRule(HubSymbols symbols, GeneratedCode generated)
    {
        Symbols = symbols;
        _generated = generated;
    }

    // Fields rather than properties here: every build starts a fresh compiler process, where each getter is one more
    // method to JIT before the first report (benchmarks/results/analyzer-cost.md).
    protected readonly HubSymbols Symbols;

    protected void Report(in OperationAnalysisContext context, Diagnostic diagnostic) => _generated.Report(context, diagnostic);
}
