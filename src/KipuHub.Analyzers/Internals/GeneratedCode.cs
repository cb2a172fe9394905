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
/// Whether a report falls in generated code, decided as Roslyn's driver decides it for an analyzer that leaves generated
/// code alone: a generated file (<c>generated_code</c> in .editorconfig, a generated name such as <c>.g.cs</c>, an
/// <c>&lt;auto-generated&gt;</c> header), a <c>#line hidden</c> region, or <c>[GeneratedCode]</c> where the driver
/// looks for it.
/// </summary>
/// <remarks>
/// <para>
/// The rules ask this themselves instead of leaving it to the driver (<see cref="GeneratedCodeAnalysisFlags.None"/>).
/// On the first diagnostic reported in a file, the driver walks every token of that file looking for
/// <c>[GeneratedCode]</c> and binds the declarations it finds. That cost was two thirds of all KipuHub analyzer time
/// in a build with warnings (benchmarks/results/analyzer-cost.md). Here a file costs one look at its name, its leading
/// comments, its text and its declarations (not their bodies), and attributes are read only in files where something
/// could carry the attribute.
/// </para>
/// <para>
/// The driver finds <c>[GeneratedCode]</c> in two ways, and both are mirrored. It does not analyse a member that is
/// marked, or sits in a marked type, module or assembly (<see cref="IsMarked"/>). And, only in a file that names the
/// attribute, it drops reports inside any marked member declaration around them, such as a property around its
/// accessor (<see cref="InMarkedDeclaration"/>). A symbol declared in several parts is never marked itself, and code
/// before the first <c>#line</c> directive of a file with hidden regions counts as hidden.
/// </para>
/// </remarks>
internal sealed class GeneratedCode
{
    private static readonly string[] s_generatedSuffixes = [".designer", ".generated", ".g", ".g.i"];

    // One instantiation for every cache: in the fresh compiler process of each build, each generic instantiation over
    // a value type is more code to JIT before the first report.
    private readonly ConcurrentDictionary<SyntaxTree, bool> _trees = new();
    private readonly Func<SyntaxTree, bool> _isGeneratedTree;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _treesToLookInto = new();
    private readonly Func<SyntaxTree, bool> _needsACloserLook = NeedsACloserLook;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _treesNamingTheAttribute = new();
    private readonly Func<SyntaxTree, bool> _namesTheAttribute = NamesTheAttribute;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _types = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, bool> _isMarkedType;
    private readonly INamedTypeSymbol? _attribute;
    private readonly bool _assemblyIsMarked;

    public GeneratedCode(Compilation compilation, AnalyzerOptions options)
    {
        _attribute = HubSymbols.CoreType(compilation, "System.CodeDom.Compiler.GeneratedCodeAttribute");
        _isGeneratedTree = tree => IsGeneratedTree(compilation, options, tree);
        _isMarkedType = IsMarkedType;
        _assemblyIsMarked = _attribute is not null && (HasAttribute(compilation.Assembly) || HasAttribute(compilation.SourceModule));
    }

    /// <summary>
    /// Reports <paramref name="diagnostic"/> unless the operation being analysed is generated code. Asked only when a
    /// rule reports: most Hub calls report nothing, and the rules' analysis of a generated call is harmless.
    /// </summary>
    public void Report(in OperationAnalysisContext context, Diagnostic diagnostic)
    {
        var operation = context.Operation;
        var tree = operation.Syntax.SyntaxTree;
        if (_assemblyIsMarked
            || _trees.GetOrAdd(tree, _isGeneratedTree)
            || _treesToLookInto.GetOrAdd(tree, _needsACloserLook) && InHiddenOrMarkedCode(context.ContainingSymbol, operation, diagnostic))
        {
            return;
        }
        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// Whether anything in the file could make a report generated: a hidden region, a type or member declaration with
    /// an attribute list, a partial member (whose other part may be marked elsewhere), or the attribute's name anywhere
    /// in the text (in an alias, say). Most files have none of these, and their reports skip every other question.
    /// Types declared in parts need no look at their other parts: the driver never counts those types' attributes.
    /// </summary>
    private static bool NeedsACloserLook(SyntaxTree tree) =>
        tree.HasHiddenRegions()
        || tree.GetText().ToString().IndexOf("GeneratedCode", StringComparison.Ordinal) >= 0
        || tree.GetRoot() is CompilationUnitSyntax unit && MayMark(unit.Members);

    /// <summary>Down the file's type and member declarations, not into their bodies.</summary>
    private static bool MayMark(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member.AttributeLists.Count > 0)
            {
                return true;
            }
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space when MayMark(space.Members):
                case TypeDeclarationSyntax type when MayMark(type.Members):
                case EnumDeclarationSyntax @enum when MayMark(@enum.Members):
                    return true;
                case BaseTypeDeclarationSyntax:
                case BaseNamespaceDeclarationSyntax:
                    break;
                case BasePropertyDeclarationSyntax property when property.AccessorList is { } accessors && AnyAttributes(accessors):
                    return true;
                default:
                    if (member.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return true;
                    }
                    break;
            }
        }
        return false;
    }

    private static bool MayMark(SeparatedSyntaxList<EnumMemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member.AttributeLists.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyAttributes(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.AttributeLists.Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool InHiddenOrMarkedCode(ISymbol? owner, IOperation operation, Diagnostic diagnostic)
    {
        var tree = operation.Syntax.SyntaxTree;
        if (tree.HasHiddenRegions() && tree.GetLineVisibility(diagnostic.Location.SourceSpan.Start) != LineVisibility.Visible)
        {
            return true;
        }
        return _attribute is not null
            && (owner is not null && IsMarked(owner)
                || _treesNamingTheAttribute.GetOrAdd(tree, _namesTheAttribute) && InMarkedDeclaration(operation));
    }

    /// <summary>
    /// The driver's second look, made only in files that name the attribute: any member declaration around the
    /// operation that is marked, such as the property around an accessor.
    /// </summary>
    private bool InMarkedDeclaration(IOperation operation)
    {
        if (operation.SemanticModel is not { } model)
        {
            return false;
        }
        for (var node = operation.Syntax; node is not null; node = node.Parent)
        {
            if (IsMemberDeclaration(node) && model.GetDeclaredSymbol(node) is { } declared && IsMarked(declared))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The declarations the driver lists for a file: types and members, not local functions or lambdas.</summary>
    private static bool IsMemberDeclaration(SyntaxNode node) => node is BaseTypeDeclarationSyntax or BaseMethodDeclarationSyntax
        or BasePropertyDeclarationSyntax or AccessorDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax };

    /// <summary>
    /// The driver's test: the symbol, or a symbol around it, carries the attribute and is declared in one part.
    /// Namespaces carry nothing, and a marked module or assembly is answered before this is asked.
    /// </summary>
    private bool IsMarked(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol type)
            {
                return _types.GetOrAdd(type, _isMarkedType);
            }
            if (current.DeclaringSyntaxReferences.Length <= 1 && HasAttribute(current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><see cref="IsMarked"/> for a type; asked once per type, as most reports share a type with others.</summary>
    private bool IsMarkedType(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length <= 1 && HasAttribute(type)
        || type.ContainingType is { } outer && _types.GetOrAdd(outer, _isMarkedType);

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

    /// <summary>Whether the file names the attribute in a token, which is what makes the driver look at its declarations.</summary>
    private static bool NamesTheAttribute(SyntaxTree tree)
    {
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText is "GeneratedCode" or "GeneratedCodeAttribute")
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
