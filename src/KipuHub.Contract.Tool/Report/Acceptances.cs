namespace KipuHub.Contract.Tool.Report;

/// <summary>
/// The known differences a team accepts (<c>--accept FILE</c>): one key per line, as the report prints it; blank lines
/// and <c>#</c> comments are skipped, and a line pasted from the report (<c>- `key`</c>) is read as its key.
/// </summary>
internal sealed class Acceptances
{
    private Acceptances(IReadOnlyList<(int Line, string Key)> entries) => Entries = entries;

    public static Acceptances None { get; } = new([]);

    public IReadOnlyList<(int Line, string Key)> Entries { get; }

    public static Acceptances Parse(IEnumerable<string> lines)
    {
        var entries = new List<(int, string)>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                line = line[2..].Trim();
            }
            if (line.StartsWith('`') && line.IndexOf('`', 1) is var end and > 0)
            {
                line = line[1..end];
            }
            entries.Add((number, line.Trim()));
        }
        return new Acceptances(entries);
    }

    public bool Accepts(string key) => Entries.Any(e => string.Equals(e.Key, key, StringComparison.Ordinal));

    /// <summary>Accepted lines that match no difference: the API or KipuHub has changed since they were written.</summary>
    public IReadOnlyList<(int Line, string Key)> Stale(IEnumerable<string> keys)
    {
        var found = keys.ToHashSet(StringComparer.Ordinal);
        return [.. Entries.Where(e => !found.Contains(e.Key))];
    }
}
