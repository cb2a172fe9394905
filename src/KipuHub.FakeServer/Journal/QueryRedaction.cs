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
        var declared = endpoint?.QueryParameters ?? [];
        var parts = new List<string>();
        foreach (var (name, values) in QueryHelpers.ParseQuery(query.Value))
        {
            var keep = declared.Contains(name, StringComparer.Ordinal);
            foreach (var value in values)
            {
                parts.Add($"{Escape(name)}={(keep ? Escape(value ?? "") : Hidden)}");
            }
        }
        return string.Join("&", parts);
    }

    // ',' stays readable, as the client sends it: sort=name,asc.
    private static string Escape(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);
}
