using KipuHub.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KipuHub.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs the shipped <see cref="HubAnalyzer"/> over a source with <c>{|KHnnnn:...|}</c> markers, in the xunit.analyzers
/// before/after style, with every rule but <typeparamref name="TRule"/> switched off, so a test sees only its own rule.
/// All six rules still run, so a crash in any of them on the test's source fails the test.
/// </summary>
public static class CSharpVerifier<TRule> where TRule : class
{
    /// <param name="source">A class library source; <see cref="HubTestState.Usings"/> is prepended.</param>
    /// <param name="editorConfig">Lines under <c>[*]</c> of an .editorconfig, or null.</param>
    /// <param name="topLevel">Compile as a console app, so the source may use top-level statements.</param>
    public static Task VerifyAsync(string source, string? editorConfig = null, bool topLevel = false)
    {
        var test = new Test { TestCode = HubTestState.Usings + source };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", HubTestState.EditorConfig(editorConfig)));
        }
        if (topLevel)
        {
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
        }
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<HubAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = HubTestState.None;
            HubTestState.Configure(TestState);
            DisabledDiagnostics.AddRange(HubTestState.OtherRules<TRule>());
        }
    }
}

/// <summary>Runs <see cref="HubAnalyzer"/> with only <typeparamref name="TRule"/> on, and the rule's fixer: the before source, the after source, and Fix All over the document.</summary>
public static class CSharpCodeFixVerifier<TRule, TFixer>
    where TRule : class
    where TFixer : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public static Task VerifyFixAsync(string source, string fixedSource, string? equivalenceKey = null, string? editorConfig = null, bool topLevel = false)
    {
        var test = new Test
        {
            TestCode = HubTestState.Usings + source,
            FixedCode = HubTestState.Usings + fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", HubTestState.EditorConfig(editorConfig)));
        }
        if (topLevel)
        {
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
        }
        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<HubAnalyzer, TFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = HubTestState.None;
            HubTestState.Configure(TestState);
            DisabledDiagnostics.AddRange(HubTestState.OtherRules<TRule>());
        }
    }
}
