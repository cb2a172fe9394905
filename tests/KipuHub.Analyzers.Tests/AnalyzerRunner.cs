using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KipuHub.Analyzers.Tests;

/// <summary>Runs analyzers over a source without the test harness, for corpus and robustness tests.</summary>
internal static class AnalyzerRunner
{
    private static readonly ImmutableArray<MetadataReference> s_references =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(HubPlatformClient).Assembly.Location)];

    public static CSharpCompilation Compile(string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) => CSharpCompilation.Create(
        "User",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
        s_references,
        new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The analyzers' diagnostics, and every exception an analyzer threw (which the host would show as AD0001).</summary>
    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Crashes)> RunAsync(
        Compilation compilation, params DiagnosticAnalyzer[] analyzers) => RunAsync(compilation, null, analyzers);

    /// <param name="config">What .editorconfig says for every file, or null for nothing.</param>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Crashes)> RunAsync(
        Compilation compilation, AnalyzerConfigOptionsProvider? config, params DiagnosticAnalyzer[] analyzers)
    {
        var crashes = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            config is null ? new AnalyzerOptions([]) : new AnalyzerOptions([], config),
            onAnalyzerException: (exception, _, _) => { lock (crashes) { crashes.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics, crashes);
    }
}
