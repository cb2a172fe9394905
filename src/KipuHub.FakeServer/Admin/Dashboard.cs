using System.Reflection;
using System.Security.Cryptography;
using KipuHub.FakeServer.Store;
using Scalar.AspNetCore;

namespace KipuHub.FakeServer.Admin;

/// <summary>
/// The dashboard at <c>/_admin/ui</c>: static HTML, JS and CSS embedded in this assembly (Admin/Dashboard/), which call
/// the admin API with fetch and nothing else, so the page, the HTTP API and the C# handle cannot differ. The files
/// hold no data, so they are served without the admin key; every fetch they make sends the key the user typed. The API
/// docs at <c>/_admin/ui/api</c> are Scalar's, over <c>/openapi/v1.json</c>, with the demo token (public, printed in
/// the banner) preset.
/// </summary>
internal static class Dashboard
{
    public const string Path = AdminApi.BasePath + "/ui";
    public const string DocsPath = Path + "/api";

    private const string ResourcePrefix = "Dashboard/";

    // Only the page's own files: no CDN, no inline script (the page must work with no network and hold no injected code).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private sealed record Asset(byte[] Content, string ContentType, string ETag);

    public static void MapDashboard(this IEndpointRouteBuilder routes)
    {
        var assets = LoadAssets();
        routes.MapGet(Path, (HttpContext context) => Serve(context, assets["index.html"])).ExcludeFromDescription();
        foreach (var (name, asset) in assets)
        {
            routes.MapGet($"{Path}/{name}", (HttpContext context) => Serve(context, asset)).ExcludeFromDescription();
        }

        routes.MapScalarApiReference(DocsPath, options => options
            .WithTitle("KipuHub fake qc-catalog API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            // Offline: Scalar's script comes from this assembly's dependency; no web fonts, telemetry or request proxy.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .AddPreferredSecuritySchemes(["ApiKey"])
            .AddApiKeyAuthentication("ApiKey", scheme => scheme.WithName("X-Auth-Token").WithValue(TenancySeed.DemoToken)));
    }

    private static IResult Serve(HttpContext context, Asset asset)
    {
        var headers = context.Response.Headers;
        // Revalidate every time: a rebuilt fake must never run yesterday's script, and a 304 on loopback costs nothing.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        return context.Request.Headers.IfNoneMatch.Contains(asset.ETag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static Dictionary<string, Asset> LoadAssets()
    {
        var assembly = typeof(Dashboard).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var name = resource[ResourcePrefix.Length..];
            assets[name] = new Asset(content, ContentTypeOf(name), $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        }
        return assets;
    }

    private static string ContentTypeOf(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => throw new InvalidOperationException($"The dashboard file '{name}' has no content type; add its extension to {nameof(Dashboard)}.{nameof(ContentTypeOf)}."),
    };
}
