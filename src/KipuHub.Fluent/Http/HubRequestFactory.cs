using System.Net;
using System.Runtime.CompilerServices;
using KipuHub.Contract;

namespace KipuHub.Http;

/// <summary>
/// Builds the requests of one connection: URL, query, the token and organization headers, extra headers, body.
/// A request and its content cannot be sent twice, so every attempt and every redirect gets a fresh one from here.
/// </summary>
internal sealed class HubRequestFactory
{
    private readonly HubSettings _settings;

    public HubRequestFactory(HubSettings settings)
    {
        _settings = settings;
    }

    /// <param name="call">The call.</param>
    /// <param name="path">The call's expanded path when the caller has it already (it is the same for every attempt).</param>
    public HubRequestMessage Build(HubCall call, string? path)
    {
        ArgumentNullException.ThrowIfNull(call);
        var endpoint = call.Endpoint;
        path ??= endpoint.ExpandPath(call.PathValues);
        var organizationId = OrganizationFor(call);

        // A pooled buffer instead of a StringBuilder: only the final string is allocated.
        var url = new DefaultInterpolatedStringHandler(0, 0);
        url.AppendLiteral(_settings.BaseUrlPrefix);
        url.AppendLiteral(path);
        AppendQuery(ref url, call.Query);

        var request = new HubRequestMessage(endpoint.Method, new Uri(url.ToStringAndClear(), UriKind.Absolute)) { Path = path };
        try
        {
            var headers = request.Headers;
            headers.TryAddWithoutValidation(HubHeaders.AuthToken, _settings.ApiKey);
            if (organizationId is not null)
            {
                headers.TryAddWithoutValidation(HubHeaders.OrganizationId, organizationId);
            }
            // A raw value: parsed only if someone reads it, instead of a new MediaTypeWithQualityHeaderValue per request.
            headers.TryAddWithoutValidation("Accept", endpoint.Shape is HubResultShape.Binary or HubResultShape.Text ? "*/*" : "application/json");

            // Extra headers replace same-named defaults (Accept, User-Agent...); the two API headers are
            // rejected when the options are read, so they cannot be overridden here.
            foreach (var (name, value) in _settings.Headers)
            {
                headers.Remove(name);
                headers.TryAddWithoutValidation(name, value);
            }

            request.Content = call.Content?.Invoke();
            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The request a redirect asks for. HttpClient's own redirect handling would resend X-Auth-Token to any host, so
    /// the token and the organization header go only to the base URL's origin (scheme, host and port).
    /// </summary>
    public HubRequestMessage BuildRedirect(HubCall call, HttpRequestMessage previous, HttpStatusCode status, Uri target)
    {
        var asGet = status == HttpStatusCode.SeeOther || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && previous.Method == HttpMethod.Post);
        var request = new HubRequestMessage(asGet ? HttpMethod.Get : previous.Method, target) { Path = ((HubRequestMessage)previous).Path };
        var sameOrigin = Uri.Compare(target, _settings.BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var header in previous.Headers)
        {
            if (sameOrigin || !HubSettings.ReservedHeaders.Contains(header.Key))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        if (!asGet)
        {
            request.Content = call.Content?.Invoke();
        }
        return request;
    }

    /// <summary>The <c>X-OrganizationId</c> to send, or <see langword="null"/> for none.</summary>
    private string? OrganizationFor(HubCall call)
    {
        if (call.Endpoint.Scope != HubScope.Organization)
        {
            return null;
        }
        var scope = call.Scope;
        switch (scope.Kind)
        {
            case ScopeKind.Personal:
                return null;
            case ScopeKind.Organization:
                if (string.IsNullOrWhiteSpace(scope.OrganizationId) || scope.OrganizationId.Any(char.IsControl))
                {
                    throw new ArgumentException(
                        $"{call.Endpoint.Id} ({call.Endpoint}) was scoped to an organization with a blank or malformed id; pass the organization's id (see GET /my/accounts).",
                        nameof(call));
                }
                return scope.OrganizationId.Trim();
            default:
                return _settings.OrganizationId;
        }
    }

    private static void AppendQuery(ref DefaultInterpolatedStringHandler url, IReadOnlyList<KeyValuePair<string, string>>? query)
    {
        if (query is null)
        {
            return;
        }
        // An index loop: foreach over the interface would box the enumerator.
        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            url.AppendFormatted(i == 0 ? '?' : '&');
            url.AppendLiteral(EscapeQuery(name));
            url.AppendFormatted('=');
            url.AppendLiteral(EscapeQuery(value ?? ""));
        }
    }

    /// <summary>Escapes a query name or value, but leaves ',' readable so that <c>sort=name,asc</c> reads as sent.</summary>
    private static string EscapeQuery(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);
}
