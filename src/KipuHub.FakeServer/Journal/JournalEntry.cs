using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace KipuHub.FakeServer;

/// <summary>
/// One request the fake server received, as the journal recorded it. Request headers, and so the token, are never
/// recorded.
/// </summary>
public sealed record JournalEntry
{
    /// <summary>The position in the journal: 1 for the server's first request, counting on across trimming and clearing.</summary>
    public long Sequence { get; init; }

    /// <summary>When the request arrived (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The HTTP method, for example <c>GET</c>.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The path as requested, for example <c>/qc-catalog/services</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The query string without the leading <c>?</c>, empty for none, for example <c>page=0&amp;size=20</c>.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>The catalog endpoint that served it (a <see cref="Contract.HubCatalog"/> name such as <c>ServicesList</c>), or <see langword="null"/> when no route matched.</summary>
    public string? Route { get; init; }

    /// <summary>The tenant the request acted in (an organization or personal account id); for a refused organization, the id it asked for.</summary>
    public string? TenantId { get; init; }

    /// <summary>The id of the authenticated user, or <see langword="null"/> when the token was missing or unknown.</summary>
    public string? PrincipalId { get; init; }

    /// <summary>The username of the authenticated user, or <see langword="null"/>.</summary>
    public string? Principal { get; init; }

    /// <summary>The response status; 0 when the connection was dropped without a response.</summary>
    public int Status { get; init; }

    /// <summary>How long the server took, injected latency included, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>The size of the request body in bytes.</summary>
    public long RequestBytes { get; init; }

    /// <summary>The size of the response body in bytes.</summary>
    public long ResponseBytes { get; init; }

    /// <summary>The page served, on paged endpoints (0 when the request sent none).</summary>
    public int? Page { get; init; }

    /// <summary>The page size served, on paged endpoints (the default when the request sent none, the maximum when it sent more).</summary>
    public int? Size { get; init; }

    /// <summary>The injected fault, if any, for example <c>fault-1: 503 Retry-After 1</c>.</summary>
    public string? Fault { get; init; }

    /// <summary>The strict-mode diagnostics the request triggered, each starting with its rule ID, for example <c>KH0002 ...</c>.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The values of a query parameter, empty when it was not sent.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its values in order.</returns>
    public IReadOnlyList<string> QueryValues(string name) =>
        QueryHelpers.ParseQuery(Query).TryGetValue(name, out var values) ? [.. values.Select(v => v ?? string.Empty)] : [];

    /// <inheritdoc />
    public override string ToString()
    {
        var text = $"#{Sequence} {Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {(Status == 0 ? "dropped" : Status.ToString(CultureInfo.InvariantCulture))}";
        text += $" (tenant {TenantId ?? "-"}, user {Principal ?? "-"}";
        if (Fault is not null)
        {
            text += $", fault {Fault}";
        }
        if (Diagnostics.Count > 0)
        {
            text += $", {string.Join("; ", Diagnostics.Select(d => d.Split(' ')[0]))}";
        }
        return text + ")";
    }
}
