using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using KipuHub.FakeServer;
using KipuHub.FakeServer.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.Tests.Documentation;

/// <summary>A diagnostic where the markdown has it: <paramref name="Line"/> is the markdown file's line, or 0 outside the block.</summary>
internal sealed record BlockDiagnostic(string Id, string File, int Line, string Message);

/// <summary>
/// Compiles a <see cref="CodeBlock"/> as a user's project would, and runs every KipuHub analyzer on it.
/// <list type="bullet">
/// <item>A block without top-level statements is a whole file and compiles as it stands.</item>
/// <item>
/// A block of statements becomes the body of a method whose parameters are the context's <c>Type name</c> entries
/// (<c>async Task</c> when the block awaits, else <c>void</c>); its leading using directives stay at the top of the file.
/// </item>
/// <item>
/// <c>#line</c> directives map every diagnostic back to its markdown line, so a failure names
/// <c>README.md line 25: KH0001 ...</c>.
/// </item>
/// </list>
/// References: the net10.0 reference assemblies, the three KipuHub packages, xunit and FluentAssertions, and the
/// Microsoft.Extensions and ASP.NET Core assemblies this test process runs with (the host's trusted platform
/// assemblies, so no SDK folder is guessed). Global usings: a console or test project's implicit usings, plus the
/// context's. Nullable is enabled, as in this repository and in new projects.
/// </summary>
internal static partial class CodeBlockCompiler
{
    /// <summary>The implicit usings of a Microsoft.NET.Sdk project (console, library, test).</summary>
    public static readonly ImmutableArray<string> ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(References);

    public static async Task<IReadOnlyList<BlockDiagnostic>> DiagnosticsAsync(CodeBlock block)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(GlobalUsings(block.Context), parse, path: "GlobalUsings.g.cs", encoding: Encoding.UTF8),
            CSharpSyntaxTree.ParseText(Wrap(block, parse), parse, path: block.File + ".cs", encoding: Encoding.UTF8),
        };
        foreach (var file in block.Context.Files)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(MarkdownCodeBlocks.RepositoryRoot, file));
            trees.Add(CSharpSyntaxTree.ParseText(text, parse, path: file, encoding: Encoding.UTF8));
        }
        var compilation = CSharpCompilation.Create(
            "Block",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                // The SDK's own NoWarn: assembly-version unification notices.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        var (analyzerDiagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, [.. RuleDocumentationTests.Analyzers()]);
        crashes.Should().BeEmpty($"no analyzer may crash on {block}");
        return [.. compilation.GetDiagnostics().Concat(analyzerDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            // A context file's own warnings are its project's business; the block only needs it to compile.
            .Where(d => d.Severity == DiagnosticSeverity.Error || !block.Context.Files.Contains(d.Location.GetMappedLineSpan().Path))
            .Select(d => At(d, block.File))
            .OrderBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The diagnostics a block declares: a <c>// KH0001</c> or <c>// CS8602</c> comment (several IDs separated by
    /// commas, optionally followed by <c>:</c> and prose) expects that diagnostic on the comment's own line.
    /// </summary>
    public static IReadOnlyList<(string Id, int Line)> Expected(CodeBlock block)
    {
        var expected = new List<(string, int)>();
        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var tree = CSharpSyntaxTree.ParseText(lines[i]);
            foreach (var comment in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
            {
                if (ExpectedIds().Match(comment.ToString()) is { Success: true } match)
                {
                    expected.AddRange(match.Groups["id"].Captures.Select(c => (c.Value, block.FirstLine + i)));
                }
            }
        }
        return expected;
    }

    private static BlockDiagnostic At(Diagnostic diagnostic, string file)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var inBlock = span.IsValid && span.HasMappedPath && span.Path == file;
        return new BlockDiagnostic(diagnostic.Id, inBlock ? file : span.Path is { Length: > 0 } path ? path : file, inBlock ? span.StartLinePosition.Line + 1 : 0, diagnostic.GetMessage());
    }

    private static string GlobalUsings(BlockContext context) =>
        string.Concat(ImplicitUsings.Concat(context.Usings).Distinct().Select(u => $"global using global::{u};\n"));

    /// <summary>The block as a file: as it stands, or its statements inside a method, with #line back to the markdown.</summary>
    private static string Wrap(CodeBlock block, CSharpParseOptions parse)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(block.Code, parse).GetRoot();
        var source = new StringBuilder();
        if (!root.Members.OfType<GlobalStatementSyntax>().Any())
        {
            block.Context.Parameters.Should().BeEmpty($"{block} is a whole file, so its context can only name usings and files");
            source.Append($"#line {block.FirstLine} \"{block.File}\"\n").Append(block.Code).Append('\n');
            return source.ToString();
        }
        root.Members.Should().AllBeOfType<GlobalStatementSyntax>(
            $"{block} mixes statements with declarations; a block is either statements or a whole file");

        // The leading using directives stay at the top of the file, the rest is the method's body.
        var bodyStart = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        var bodyLine = block.Code[..bodyStart].Count(c => c == '\n');
        var awaits = root.Members.SelectMany(m => m.DescendantTokens()).Any(t => t.IsKind(SyntaxKind.AwaitKeyword)
            && !t.Parent!.AncestorsAndSelf().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));
        var parameters = string.Join(", ", block.Context.Parameters.Select(p => $"{p.Type} {p.Name}"));

        source.Append($"#line {block.FirstLine} \"{block.File}\"\n").Append(block.Code[..bodyStart]).Append('\n');
        source.Append("#line default\n");
        source.Append("internal static class MarkdownBlock\n{\n");
        source.Append(awaits ? $"    internal static async Task RunAsync({parameters})\n    {{\n" : $"    internal static void Run({parameters})\n    {{\n");
        source.Append($"#line {block.FirstLine + bodyLine} \"{block.File}\"\n").Append(block.Code[bodyStart..]).Append('\n');
        source.Append("#line default\n    }\n}\n");
        return source.ToString();
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var packages = new[]
        {
            typeof(HubPlatformClient), typeof(FakeHubServer), typeof(FakeHubFixture),
            typeof(FactAttribute), typeof(Assert), typeof(Xunit.Abstractions.ITestOutputHelper), typeof(FluentAssertions.AssertionExtensions),
        }.Select(t => t.Assembly.Location);
        // What the packages stand on (dependency injection, configuration, options, ASP.NET Core): as this process
        // runs them, from the host's list, which already resolved each name to one file.
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name
                && (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)));
        return [.. Basic.Reference.Assemblies.Net100.References.All,
            .. packages.Concat(platform).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }

    [GeneratedRegex(@"^//\s*(?<id>(?:KH|CS)\d{4})(?:\s*,\s*(?<id>(?:KH|CS)\d{4}))*(?![\w])")]
    private static partial Regex ExpectedIds();
}
