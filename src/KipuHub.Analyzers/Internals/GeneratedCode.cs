using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    private readonly INamedTypeSymbol? _attribute;

    public GeneratedCode(Compilation compilation, AnalyzerOptions options)
    {
        _attribute = HubSymbols.CoreType(compilation, "System.CodeDom.Compiler.GeneratedCodeAttribute");
        _isGeneratedTree = tree => IsGeneratedTree(compilation, options, tree);
    }

    /// <summary>
    /// Reports <paramref name="diagnostic"/> unless the operation being analysed is generated code. Asked only when a
    /// rule reports: most Hub calls report nothing, and the rules' analysis of a generated call is harmless.
    /// </summary>
    public void Report(in OperationAnalysisContext context, Diagnostic diagnostic)
    {
        var syntax = context.Operation.Syntax;
        if (!_trees.GetOrAdd(syntax.SyntaxTree, _isGeneratedTree) && !InGeneratedMember(syntax, context.ContainingSymbol))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>[GeneratedCode] on the member, a lambda or local function's own containing members, or any type around them.</summary>
    private bool InGeneratedMember(SyntaxNode syntax, ISymbol? member)
    {
        if (_attribute is null || !MayCarryAttribute(syntax))
        {
            return false;
        }
        for (; member is not null and not INamespaceSymbol; member = member.ContainingSymbol)
        {
            if (member is INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 1 })
            {
                // The driver never counts the attribute of a type declared in parts, whichever part carries it.
                continue;
            }
            if (HasAttribute(member) || member is IMethodSymbol { AssociatedSymbol: { } property } && HasAttribute(property))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a declaration around <paramref name="syntax"/> has an attribute list, or is a partial member (its other
    /// part may have one). When none does, no attribute of the member chain can count, and reading them (the compiler
    /// binds a member's attributes on first request) is skipped: that read was a fifth of what a reported warning cost
    /// this analyzer. A partial type's other parts do not matter: the driver ignores the attribute of a type declared
    /// in parts (GeneratedCodeTests, where an oracle asks the driver).
    /// </summary>
    private static bool MayCarryAttribute(SyntaxNode syntax)
    {
        for (var node = syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case MemberDeclarationSyntax declaration when declaration.AttributeLists.Count > 0
                    || declaration is not BaseTypeDeclarationSyntax && declaration.Modifiers.Any(SyntaxKind.PartialKeyword):
                case AccessorDeclarationSyntax { AttributeLists.Count: > 0 }:
                    return true;
            }
        }
        return false;
    }

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
