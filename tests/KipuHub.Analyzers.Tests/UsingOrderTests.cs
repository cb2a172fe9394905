using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.Tests;

/// <summary>
/// Using directives follow .editorconfig (<c>dotnet_sort_system_directives_first</c>): namespaces, then <c>using
/// static</c>, then aliases; within each, System first, then alphabetical. The build checks the rest of the layout
/// (IDE0055), but not this order, which only <c>dotnet format</c> applies; so a test holds it for every C# file.
/// </summary>
public sealed class UsingOrderTests
{
    private static readonly string s_repositoryRoot = FindRoot();

    [Fact]
    public void EveryCSharpFile_OrdersItsUsingDirectives_SystemFirst_ThenAlphabetically()
    {
        var misordered = new[] { "src", "tests", "samples", "benchmarks" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(s_repositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path))
            .Select(path => (Path: Path.GetRelativePath(s_repositoryRoot, path), Problem: FirstMisorderedUsing(File.ReadAllText(path))))
            .Where(file => file.Problem is not null)
            .Select(file => $"{file.Path}: {file.Problem}")
            .ToList();

        string.Join(Environment.NewLine, misordered).Should().BeEmpty(
            "using directives are sorted System first, then alphabetically (`dotnet format style` fixes a file)");
    }

    [Theory]
    [InlineData("using System;\nusing System.Text;\nusing KipuHub;\nusing Microsoft.Extensions.Logging;\n", null)]
    [InlineData("using KipuHub;\nusing System;\n", "'using System;' must come before 'using KipuHub;'")]
    [InlineData("using Microsoft.Extensions;\nusing KipuHub;\n", "'using KipuHub;' must come before 'using Microsoft.Extensions;'")]
    [InlineData("using KipuHub.Models;\nusing KipuHub;\n", "'using KipuHub;' must come before 'using KipuHub.Models;'")]
    [InlineData("using static System.Math;\nusing KipuHub;\n", "'using KipuHub;' must come before 'using static System.Math;'")]
    [InlineData("using System;\nusing static System.Math;\nusing Json = System.Text.Json;\n", null)]
    [InlineData("using Zeta = System.Text;\nusing Alpha = System.IO;\n", "'using Alpha = System.IO;' must come before 'using Zeta = System.Text;'")]
    [InlineData("using Xunit;\nusing KipuHub.Tests;\nnamespace N { using System; }\n", "'using KipuHub.Tests;' must come before 'using Xunit;'")]
    [InlineData("global using KipuHub;\nglobal using System;\n", "'global using System;' must come before 'global using KipuHub;'")]
    public void TheOrder_IsTheOneDotnetFormatApplies(string source, string? problem) =>
        FirstMisorderedUsing(source).Should().Be(problem);

    /// <summary>The first directive, in any block of usings, that sorts before the one above it; null when all are in order.</summary>
    internal static string? FirstMisorderedUsing(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        var blocks = root.DescendantNodesAndSelf()
            .Select(node => node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default(SyntaxList<UsingDirectiveSyntax>?),
            })
            .OfType<SyntaxList<UsingDirectiveSyntax>>();
        foreach (var block in blocks)
        {
            for (var i = 1; i < block.Count; i++)
            {
                if (Compare(block[i - 1], block[i]) > 0)
                {
                    return $"'{block[i].ToString().Trim()}' must come before '{block[i - 1].ToString().Trim()}'";
                }
            }
        }
        return null;
    }

    private static int Compare(UsingDirectiveSyntax left, UsingDirectiveSyntax right)
    {
        var byKind = Kind(left).CompareTo(Kind(right));
        if (byKind != 0)
        {
            return byKind;
        }
        var (leftName, rightName) = (SortName(left), SortName(right));
        var bySystem = IsSystem(right, rightName).CompareTo(IsSystem(left, leftName));
        if (bySystem != 0)
        {
            return bySystem;
        }
        var ignoringCase = StringComparer.OrdinalIgnoreCase.Compare(leftName, rightName);
        return ignoringCase != 0 ? ignoringCase : StringComparer.Ordinal.Compare(leftName, rightName);
    }

    // Global usings before the file's own; then namespaces, static usings, aliases.
    private static int Kind(UsingDirectiveSyntax directive) =>
        (directive.GlobalKeyword.IsKind(SyntaxKind.None) ? 10 : 0)
        + (directive.Alias is not null ? 2 : directive.StaticKeyword.IsKind(SyntaxKind.None) ? 0 : 1);

    private static string SortName(UsingDirectiveSyntax directive) =>
        directive.Alias is { } alias ? alias.Name.Identifier.ValueText : directive.NamespaceOrType.ToString().Replace("global::", "", StringComparison.Ordinal);

    // Aliases sort by their own name only, so System does not lead among them.
    private static bool IsSystem(UsingDirectiveSyntax directive, string name) =>
        directive.Alias is null && (name == "System" || name.StartsWith("System.", StringComparison.Ordinal));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "generated" or "BenchmarkDotNet.Artifacts");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KipuHub.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("KipuHub.sln not found above " + AppContext.BaseDirectory);
    }
}
