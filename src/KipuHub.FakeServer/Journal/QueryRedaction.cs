using KipuHub.Contract;
using Microsoft.AspNetCore.WebUtilities;

namespace KipuHub.FakeServer.Journal;

/// <summary>
/// The query string as the journal and the log keep it: the values of the parameters the endpoint declares (page,
/// size, sort, its filters) as sent, every other value replaced by <c>***</c>. A token sent in the query string by
/// mistake is therefore never recorded, whatever the parameter is called.
/// </summary>
internal static class QueryRedaction
{
    public const string Hidden = "***";

    /// <summary>The query string without its leading '?', undeclared values hidden.</summary>
    public static string Of(QueryString query, HubEndpoint? endpoint)
    {
        if (!query.HasValue)
        {
            return string.Empty;
        }
        IReadOnlyList<string> declared = endpoint is null ? []
            : endpoint.SecretQueryParameters.Count == 0 ? endpoint.QueryParameters
            : [.. endpoint.QueryParameters.Except(endpoint.SecretQueryParameters, StringComparer.Ordinal)];
        return AlreadyRedacted(query.Value!, declared) ? query.Value![1..] : Rebuilt(query.Value!, declared);
    }

    /// <summary>The query string parsed and written again, undeclared values hidden.</summary>
    internal static string Rebuilt(string query, IReadOnlyList<string> declared)
    {
        var parts = new List<string>();
        foreach (var (name, values) in QueryHelpers.ParseQuery(query))
        {
            var keep = declared.Contains(name, StringComparer.Ordinal);
            foreach (var value in values)
            {
                parts.Add($"{Escape(name)}={(keep ? Escape(value ?? "") : Hidden)}");
            }
        }
        return string.Join("&", parts);
    }

    /// <summary>
    /// Whether the query string reads the same redacted: every pair is name=value with a declared name that no
    /// other pair repeats, in characters that need no escaping. The usual request is such, and then parsing and
    /// rebuilding it would only cost time.
    /// </summary>
    private static bool AlreadyRedacted(string query, IReadOnlyList<string> declared)
    {
        var rest = query.AsSpan(1);
        Span<Range> seen = stackalloc Range[8];
        var count = 0;
        var start = 1;
        while (true)
        {
            var end = rest.IndexOf('&');
            var pair = end < 0 ? rest : rest[..end];
            var equals = pair.IndexOf('=');
            if (equals <= 0 || pair.ContainsAnyExcept(s_plain) || pair[(equals + 1)..].Contains('=') || count == seen.Length)
            {
                return false;
            }
            var name = pair[..equals];
            if (!IsDeclared(name, declared))
            {
                return false;
            }
            foreach (var earlier in seen[..count])
            {
                if (name.Equals(query.AsSpan()[earlier], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            seen[count++] = new Range(start, start + equals);
            if (end < 0)
            {
                return true;
            }
            start += end + 1;
            rest = rest[(end + 1)..];
        }
    }

    private static bool IsDeclared(ReadOnlySpan<char> name, IReadOnlyList<string> declared)
    {
        foreach (var candidate in declared)
        {
            if (name.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }

    // What Escape leaves as it is, and '=' between name and value.
    private static readonly System.Buffers.SearchValues<char> s_plain =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,=");

    // ',' stays readable, as the client sends it: sort=name,asc.
    private static string Escape(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);
}
