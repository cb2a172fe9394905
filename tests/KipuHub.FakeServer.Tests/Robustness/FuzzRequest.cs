using System.Text;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>A generated body: its bytes, the Content-Type it is sent with, and how it was made (for the report).</summary>
internal sealed record FuzzBody(byte[] Bytes, string? ContentType, string Made);

/// <summary>One generated request to one catalog endpoint, printable as the line a failure reports.</summary>
internal sealed record FuzzRequest(
    HubEndpoint Endpoint,
    IReadOnlyList<string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? Token,
    string? Organization,
    FuzzBody? Body)
{
    /// <summary>The request target relative to the base URL: the template filled with escaped values, then the query.</summary>
    public string Target()
    {
        var next = 0;
        var path = string.Join('/', Endpoint.PathTemplate.Split('/').Select(segment =>
            segment.StartsWith('{') ? Uri.EscapeDataString(UrlSafe(PathValues[next++])) : segment));
        var query = string.Join('&', Query.Select(p => $"{Uri.EscapeDataString(UrlSafe(p.Key))}={Uri.EscapeDataString(UrlSafe(p.Value))}"));
        return path.TrimStart('/') + (query.Length > 0 ? "?" + query : "");
    }

    public HttpRequestMessage ToMessage()
    {
        var request = new HttpRequestMessage(Endpoint.Method, Target());
        if (Token is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Auth-Token", Token);
        }
        if (Organization is not null)
        {
            request.Headers.TryAddWithoutValidation("X-OrganizationId", Organization);
        }
        if (Body is { } body)
        {
            request.Content = new ByteArrayContent(body.Bytes);
            if (body.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
            }
        }
        return request;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : $" body ({Body.Made}, {Short(Body.ContentType ?? "no Content-Type")}, {Body.Bytes.Length} bytes): {Short(Encoding.UTF8.GetString(Body.Bytes))}";
        return $"{Endpoint.Id}: {Endpoint.Method} /{Short(Target())} token={Short(Token ?? "(none)")} org={Short(Organization ?? "(none)")}{body}";
    }

    /// <summary>What a URL can carry: a lone surrogate cannot be percent-encoded, so it becomes U+FFFD first.</summary>
    private static string UrlSafe(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";
}
