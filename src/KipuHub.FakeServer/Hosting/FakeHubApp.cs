using System.Text;
using KipuHub.FakeServer.Admin;
using KipuHub.FakeServer.Faults;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace KipuHub.FakeServer.Hosting;

/// <summary>Builds the fake's web app; the standalone server (FakeHubStandalone, run by the kipuhub-fake tool) and the in-process FakeHubServer both use it.</summary>
internal static class FakeHubApp
{
    /// <summary>Kestrel's own default body limit, kept for requests other than uploads.</summary>
    private const long KestrelDefaultBodyLimit = 30_000_000;

    public static WebApplication Build(WebApplicationBuilder builder, FakeHubOptions options)
    {
        var settings = options.Validated();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(HubModules.CreateStore(settings.Seed, settings.ReferenceDate, settings.DeterministicSecrets));
        builder.Services.AddSingleton(new JournalBuffer(settings.JournalSize));
        builder.Services.AddSingleton(new FaultRegistry(settings.Seed));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HubPipeline>();
        builder.Services.AddOpenApi(HubOpenApi.Configure);
        // The upload limit must be ours: the framework's limits sit above it, so the pipeline answers 413 itself.
        var bodyLimit = Math.Max(KestrelDefaultBodyLimit, settings.UploadLimitBytes + RequestBodies.MultipartOverheadBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = bodyLimit);

        var app = builder.Build();
        app.UseMiddleware<JournalMiddleware>();
        app.UseMiddleware<HubErrorMiddleware>();
        // Routing inside the two, so a request no route matches is journaled and answered with the API's error body.
        app.UseRouting();
        app.MapOpenApi();
        app.MapHubCatalog();
        app.MapAdmin();
        app.MapDashboard();
        return app;
    }

    /// <summary>The base URLs of a started app, one per address it listens on, each ending in /qc-catalog.</summary>
    public static IReadOnlyList<Uri> BaseUrls(WebApplication app) =>
        [.. (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(address => new Uri(address.TrimEnd('/') + HubRouteMapper.BasePath))];

    /// <summary>
    /// What the standalone server prints once it listens: where, and with which token and organizations. Every line
    /// carries its own label, so scripts can pick out "Base URL: ..." whatever else is written around it.
    /// </summary>
    public static string Banner(IEnumerable<Uri> baseUrls, FakeHubStore store, FakeHubOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine($"KipuHub fake qc-catalog, seed {options.Seed}{(options.Strict ? ", strict mode" : "")}");
        foreach (var url in baseUrls)
        {
            text.AppendLine($"Base URL: {url}");
            text.AppendLine($"OpenAPI: {new Uri(url, "/openapi/v1.json")}");
        }
        text.AppendLine($"Demo token (X-Auth-Token): {TenancySeed.DemoToken}");
        text.AppendLine($"Demo user id: {Tenancy.SeededTenantId(store, TenancySeed.Demo)}");
        text.AppendLine($"Organization (X-OrganizationId): {Tenancy.SeededTenantId(store, TenancySeed.DemoOrg)} {TenancySeed.DemoOrganizationName} (demo is OWNER)");
        text.AppendLine($"Organization (X-OrganizationId): {Tenancy.SeededTenantId(store, TenancySeed.Lab)} {TenancySeed.ViewerOrganizationName} (demo is VIEWER)");
        foreach (var url in baseUrls)
        {
            text.AppendLine($"Admin API: {new Uri(url, AdminApi.BasePath)}{(options.AdminKey is null ? "" : " (send X-Admin-Key)")}");
            text.AppendLine($"Dashboard: {new Uri(url, Dashboard.Path)}{(options.AdminKey is null ? "" : " (asks for the admin key)")}");
        }
        text.AppendLine($"Other tokens: {TenancySeed.AliceToken}, {TenancySeed.BobToken}. Press Ctrl+C to stop.");
        return text.ToString();
    }
}
