using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// Whether code is generated, by the conventions Roslyn's driver uses: <c>generated_code</c> in .editorconfig, a
/// generated file name (<c>.g.cs</c>, <c>.designer.cs</c>, ...), an <c>&lt;auto-generated&gt;</c> header comment, or
/// <c>[GeneratedCode]</c> on the member or a type around it.
/// </summary>
/// <remarks>
/// The rules ask this themselves instead of leaving it to the driver (<see cref="GeneratedCodeAnalysisFlags.None"/>).
/// On the first diagnostic reported in a file, the driver walks every token of that file looking for
/// <c>[GeneratedCode]</c> and binds the declarations it finds. That cost was two thirds of all KipuHub analyzer time
/// in a build with warnings (benchmarks/results/analyzer-cost.md). Here a file costs one look at its name and its
/// leading comments, and attributes are read only on the members a diagnostic is reported in.
/// </remarks>
internal sealed class GeneratedCode
{
    private static readonly string[] s_generatedSuffixes = [".designer", ".generated", ".g", ".g.i"];

    private readonly ConcurrentDictionary<SyntaxTree, bool> _trees = new();
    private readonly Func<SyntaxTree, bool> _isGeneratedTree;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _types = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, bool> _isGeneratedType;
    private readonly INamedTypeSymbol? _attribute;

    public GeneratedCode(Compilation compilation, AnalyzerOptions options)
    {
        _attribute = HubSymbols.CoreType(compilation, "System.CodeDom.Compiler.GeneratedCodeAttribute");
        _isGeneratedTree = tree => IsGeneratedTree(compilation, options, tree);
        _isGeneratedType = IsGeneratedType;
    }

    /// <summary>
    /// Reports <paramref name="diagnostic"/> unless the operation being analysed is generated code. Asked only when a
    /// rule reports: most Hub calls report nothing, and the rules' analysis of a generated call is harmless.
    /// </summary>
    public void Report(in OperationAnalysisContext context, Diagnostic diagnostic)
    {
        if (!_trees.GetOrAdd(context.Operation.Syntax.SyntaxTree, _isGeneratedTree) && !InGeneratedMember(context.ContainingSymbol))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>[GeneratedCode] on the member, a lambda or local function's own containing members, or any type around them.</summary>
    private bool InGeneratedMember(ISymbol? member)
    {
        if (_attribute is null)
        {
            return false;
        }
        for (; member is not null and not INamespaceSymbol; member = member.ContainingSymbol)
        {
            if (member is INamedTypeSymbol type)
            {
                return _types.GetOrAdd(type, _isGeneratedType);
            }
            if (HasAttribute(member) || member is IMethodSymbol { AssociatedSymbol: { } property } && HasAttribute(property))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>[GeneratedCode] on the type or a type around it; asked once per type, as most reports share a type with others.</summary>
    private bool IsGeneratedType(INamedTypeSymbol type) =>
        // The driver never counts the attribute of a type declared in parts, whichever part carries it.
        HasAttribute(type) && type.DeclaringSyntaxReferences.Length <= 1
        || type.ContainingType is { } outer && _types.GetOrAdd(outer, _isGeneratedType);

    private bool HasAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGeneratedTree(Compilation compilation, AnalyzerOptions options, SyntaxTree tree)
    {
        // An explicit generated_code = true/false in .editorconfig wins over the name and the header, as in the driver.
        switch (compilation.Options.SyntaxTreeOptionsProvider?.IsGenerated(tree, CancellationToken.None))
        {
            case GeneratedKind.MarkedGenerated:
                return true;
            case GeneratedKind.NotGenerated:
                return false;
        }
        if (options.Option(tree, "generated_code", out var marked) && bool.TryParse(marked, out var generated))
        {
            return generated;
        }
        return HasGeneratedName(tree.FilePath) || HasGeneratedHeader(tree);
    }

    private static bool HasGeneratedName(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }
        var name = Path.GetFileName(path);
        if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var stem = Path.GetFileNameWithoutExtension(name);
        foreach (var suffix in s_generatedSuffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A comment among the file's leading trivia that holds <c>&lt;auto-generated</c> or <c>&lt;autogenerated</c>,
    /// spelled exactly so (case included), as the driver requires; directives and other comments before it do not matter.
    /// </summary>
    private static bool HasGeneratedHeader(SyntaxTree tree)
    {
        foreach (var trivia in tree.GetRoot().GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var text = trivia.ToString();
                if (text.IndexOf("<autogenerated", StringComparison.Ordinal) >= 0 || text.IndexOf("<auto-generated", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
