namespace KipuHub.Analyzers.Tests.Documentation;

/// <summary>
/// Every ```csharp block of README.md, docs/**/*.md, src/*/README.md and samples/*/README.md compiles with the
/// KipuHub analyzers on, and reports exactly what it declares: nothing, or the <c>// KHnnnn</c> (<c>// CSnnnn</c>) its
/// lines end with (a rule page's non-compliant code must really break its rule). Warnings and errors count; hidden
/// and info diagnostics do not.
/// <para>
/// Blocks are fragments. What one uses without declaring it is named in an HTML comment right before its fence,
/// visible in the markdown source and not on the page:
/// <c>&lt;!-- context: using KipuHub.FakeServer; FakeHubServer fake; string orgId; CancellationToken ct --&gt;</c>.
/// <c>using X</c> is a global using, <c>file path</c> compiles a file of the repository with the block (a sample's
/// class the block uses), and <c>Type name</c> is a parameter of the method that wraps a block of statements. A file
/// may give a default for its blocks with one <c>&lt;!-- context-default: ... --&gt;</c> line; a block's own comment
/// replaces it. Blocks without statements (types, namespaces) compile as whole files. <see cref="MarkdownCodeBlocks"/>
/// finds the blocks and <see cref="CodeBlockCompiler"/> compiles them; docs/rules/README.md says the same for contributors.
/// </para>
/// </summary>
public sealed class CodeBlockTests
{
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in MarkdownCodeBlocks.All())
        {
            data.Add(block.File, block.Number);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task Block_Compiles_WithOnlyTheDiagnosticsItDeclares(string file, int block)
    {
        var code = MarkdownCodeBlocks.Read(file).Single(b => b.Number == block);
        var expected = CodeBlockCompiler.Expected(code);
        var actual = await CodeBlockCompiler.DiagnosticsAsync(code);

        var unexpected = actual.Where(d => !expected.Contains((d.Id, d.Line)))
            .Select(d => d.Line > 0 ? $"{file} block {block}, line {d.Line}: {d.Id} {d.Message}" : $"{file} block {block}, in {d.File}: {d.Id} {d.Message}")
            .ToList();
        var missing = expected.Where(e => !actual.Any(d => d.Id == e.Id && d.Line == e.Line))
            .Select(e => $"{file} block {block}, line {e.Line}: {e.Id} is declared by the line's comment but not reported").ToList();

        unexpected.Concat(missing).Should().BeEmpty("a documented C# block compiles cleanly, or reports exactly the diagnostics its comments name");
    }

    [Fact]
    public void TheBlocksAreFound_InEveryPlaceTheyAreLookedFor()
    {
        var files = MarkdownCodeBlocks.All().Select(b => b.File).Distinct().ToList();

        files.Should().Contain(["README.md", "docs/rules/KH0001.md", "src/KipuHub.FakeServer/README.md"]);
        MarkdownCodeBlocks.Read("README.md").Should().HaveCountGreaterThan(5);
    }
}
