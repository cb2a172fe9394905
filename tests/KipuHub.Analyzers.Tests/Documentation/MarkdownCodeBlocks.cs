using System.Text.RegularExpressions;

namespace KipuHub.Analyzers.Tests.Documentation;

/// <summary>
/// One ```csharp block of a markdown file, with what it needs to compile: <paramref name="Number"/> counts the file's
/// C# blocks from 1, <paramref name="FirstLine"/> is the markdown line of its first line of code (1-based).
/// </summary>
internal sealed record CodeBlock(string File, int Number, int FirstLine, string Code, BlockContext Context)
{
    public override string ToString() => $"{File} block {Number} (line {FirstLine})";
}

/// <summary>
/// What a block does not declare itself, read from an HTML comment (shown in the markdown source, not on the page):
/// <c>using X</c> entries become global usings, <c>file path</c> entries compile a file of the repository with the
/// block, and every other entry, <c>Type name</c>, becomes a parameter of the method that wraps a statement block.
/// </summary>
internal sealed record BlockContext(IReadOnlyList<string> Usings, IReadOnlyList<string> Files, IReadOnlyList<(string Type, string Name)> Parameters)
{
    public static readonly BlockContext Empty = new([], [], []);

    /// <summary>Entries separated by <c>;</c>: <c>using KipuHub.FakeServer; file samples/x/Y.cs; FakeHubServer fake</c>.</summary>
    public static BlockContext Parse(string entries)
    {
        var usings = new List<string>();
        var files = new List<string>();
        var parameters = new List<(string, string)>();
        foreach (var raw in entries.Split(';'))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            if (entry.StartsWith("using ", StringComparison.Ordinal))
            {
                usings.Add(entry["using ".Length..].Trim());
            }
            else if (entry.StartsWith("file ", StringComparison.Ordinal))
            {
                files.Add(entry["file ".Length..].Trim());
            }
            else
            {
                var space = entry.LastIndexOfAny([' ', '\t']);
                if (space <= 0)
                {
                    throw new FormatException($"Context entry '{entry}' is neither 'using X', 'file path' nor 'Type name'.");
                }
                parameters.Add((entry[..space].Trim(), entry[(space + 1)..]));
            }
        }
        return new BlockContext(usings, files, parameters);
    }
}

/// <summary>
/// Finds the C# blocks of the repository's markdown: README.md, docs/**/*.md, src/*/README.md and samples/*/README.md.
/// A block is fenced with ```csharp (or ```cs, ```c#); other fences (bash, ini, xml, none) are not C#.
/// <para>
/// Its context is the <c>&lt;!-- context: ... --&gt;</c> comment on the lines right before the fence (blank lines
/// between are allowed), else the file's one <c>&lt;!-- context-default: ... --&gt;</c> comment, else nothing. A
/// block's own comment replaces the default, it does not add to it, so what a block gets is always in one place. The
/// default is a line of its own; a block's comment may span lines.
/// </para>
/// </summary>
internal static partial class MarkdownCodeBlocks
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The markdown files, relative to the repository root with forward slashes, in a stable order.</summary>
    public static IReadOnlyList<string> Files()
    {
        var root = RepositoryRoot;
        var files = new List<string> { Path.Combine(root, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var folder in new[] { "src", "samples" })
        {
            files.AddRange(Directory.EnumerateDirectories(Path.Combine(root, folder))
                .Select(d => Path.Combine(d, "README.md"))
                .Where(File.Exists));
        }
        return [.. files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<CodeBlock> All() => [.. Files().SelectMany(Read)];

    public static IReadOnlyList<CodeBlock> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, file));
        var fileDefault = lines.Select(l => DefaultComment().Match(l)).FirstOrDefault(m => m.Success) is { } found
            ? BlockContext.Parse(found.Groups["entries"].Value)
            : BlockContext.Empty;
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }
            var indent = open.Groups["indent"].Value.Length;
            var fence = open.Groups["fence"].Value;
            var close = i + 1;
            while (close < lines.Length && !IsClosing(lines[close], fence))
            {
                close++;
            }
            var language = open.Groups["info"].Value.Split(' ', 2)[0].ToLowerInvariant();
            if (language is "csharp" or "cs" or "c#")
            {
                var code = string.Join('\n', lines[(i + 1)..Math.Min(close, lines.Length)].Select(l => Unindent(l, indent)));
                blocks.Add(new CodeBlock(file, blocks.Count + 1, i + 2, code, ContextBefore(lines, i) ?? fileDefault));
            }
            i = close;
        }
        return blocks;
    }

    /// <summary>The <c>context:</c> comment that ends on the last non-blank line before the fence at <paramref name="fence"/>.</summary>
    private static BlockContext? ContextBefore(string[] lines, int fence)
    {
        var end = fence - 1;
        while (end >= 0 && string.IsNullOrWhiteSpace(lines[end]))
        {
            end--;
        }
        if (end < 0 || !lines[end].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
        {
            return null;
        }
        var start = end;
        while (start > 0 && !lines[start].Contains("<!--", StringComparison.Ordinal))
        {
            start--;
        }
        var match = BlockComment().Match(string.Join(' ', lines[start..(end + 1)]));
        return match.Success ? BlockContext.Parse(match.Groups["entries"].Value) : null;
    }

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    private static string Unindent(string line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }
        return line[spaces..];
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})\s*(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*context:(?<entries>.*?)-->\s*$", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"^\s*<!--\s*context-default:(?<entries>.*?)-->\s*$")]
    private static partial Regex DefaultComment();

    /// <summary>The folder above the test's output that has docs/rules, as <see cref="RuleDocumentationTests"/> finds it.</summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "docs", "rules")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("docs/rules not found above " + AppContext.BaseDirectory);
    }
}
