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

    protected HubSymbols Symbols { get; }

    protected void Report(in OperationAnalysisContext context, Diagnostic diagnostic) => _generated.Report(context, diagnostic);
}
