using System.Net;
using KipuHub.FakeServer.Data;
using KipuHub.FakeServer.Hosting;

namespace KipuHub.FakeServer;

/// <summary>
/// An in-memory fake of the qc-catalog API running on real Kestrel at 127.0.0.1 on a free port, for tests.
/// Each server has its own state, so many can run in parallel; dispose it with <c>await using</c>.
/// </summary>
/// <example>
/// <code>
/// await using var hub = await FakeHubServer.StartAsync();
/// using var http = new HttpClient();
/// http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
/// var services = await http.GetStringAsync($"{hub.BaseUrl}/services");
/// </code>
/// </example>
public sealed class FakeHubServer : IAsyncDisposable
{
    /// <summary>The personal access token of the seeded demo user.</summary>
    public const string DemoToken = HubSeeder.DemoToken;

    private readonly WebApplication _app;
    private readonly Lazy<HubPlatformClient> _client;

    private FakeHubServer(WebApplication app, Uri baseUrl, FakeHubOptions options)
    {
        _app = app;
        BaseUrl = baseUrl;
        Options = options;
        Store = app.Services.GetRequiredService<FakeHubStore>();
        // Lazy, so the server works even where no client can be built yet.
        _client = new Lazy<HubPlatformClient>(() => CreateClient());
    }

    /// <summary>The API's base URL, <c>http://127.0.0.1:{port}/qc-catalog</c>, without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A client of this server with the demo token in the demo user's personal account; disposed with the server.</summary>
    public HubPlatformClient Client => _client.Value;

    /// <summary>The id of the demo user (also the id of the demo user's personal account).</summary>
    public string DemoUserId => Store.DemoUserId;

    /// <summary>The id of "Kipu Demo Org", where the demo user is OWNER.</summary>
    public string DemoOrganizationId => Store.DemoOrganizationId;

    /// <summary>The id of "Qubit Research Lab", where the demo user is VIEWER.</summary>
    public string ViewerOrganizationId => Store.ViewerOrganizationId;

    /// <summary>The options the server runs with (a copy; changing it has no effect).</summary>
    public FakeHubOptions Options { get; }

    internal FakeHubStore Store { get; }

    internal IServiceProvider Services => _app.Services;

    /// <summary>Starts a server on 127.0.0.1 on a free port.</summary>
    /// <param name="options">The seed, reference date and upload limit; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeHubServer> StartAsync(FakeHubOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeHubServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // Test runs start many servers; their request logs would drown the test output.
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = FakeHubApp.Build(builder, options ?? new FakeHubOptions());
        try
        {
            await app.StartAsync(cancellationToken);
            return new FakeHubServer(app, FakeHubApp.BaseUrls(app).Single(), app.Services.GetRequiredService<FakeHubOptions>());
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a client of this server. The caller disposes it.</summary>
    /// <param name="token">The personal access token; the seeded ones are demo-token, alice-token and bob-token.</param>
    /// <param name="organizationId">The organization to act in, or <see langword="null"/> for the personal account.</param>
    /// <returns>A new client.</returns>
    public HubPlatformClient CreateClient(string token = DemoToken, string? organizationId = null) =>
        new(new HubPlatformClientOptions { ApiKey = token, BaseUrl = BaseUrl, OrganizationId = organizationId });

    /// <summary>Stops the server and disposes <see cref="Client"/> if it was created.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <inheritdoc />
    public override string ToString() => $"FakeHubServer {{ BaseUrl = {BaseUrl}, Seed = {Options.Seed} }}";
}
