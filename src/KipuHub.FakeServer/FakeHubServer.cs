using System.Net;
using KipuHub.Contract;
using KipuHub.FakeServer.Admin;
using KipuHub.FakeServer.Faults;
using KipuHub.FakeServer.Hosting;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer;

/// <summary>
/// An in-memory fake of the qc-catalog API running on real Kestrel at 127.0.0.1 on a free port, for tests.
/// Each server has its own state, journal, faults and port, so many can run in parallel; dispose it with <c>await using</c>.
/// Besides the API it is a test double: <see cref="Reset"/>, snapshots, per-test tenants, a request
/// <see cref="Journal"/> with assertions and <see cref="Faults"/>, also reachable over HTTP under <see cref="AdminUrl"/>.
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
    public const string DemoToken = TenancySeed.DemoToken;

    private readonly WebApplication _app;
    private readonly Lazy<HubPlatformClient> _client;

    private FakeHubServer(WebApplication app, Uri baseUrl, FakeHubOptions options)
    {
        _app = app;
        BaseUrl = baseUrl;
        Options = options;
        Store = app.Services.GetRequiredService<FakeHubStore>();
        Journal = new FakeHubJournal(app.Services.GetRequiredService<JournalBuffer>());
        Clock = new FakeHubClock(Store);
        Faults = new FakeHubFaults(app.Services.GetRequiredService<FaultRegistry>());
        AdminUrl = new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + AdminApi.BasePath);
        // Lazy, so the server works even where no client can be built yet.
        _client = new Lazy<HubPlatformClient>(() => CreateClient());
    }

    /// <summary>The API's base URL, <c>http://127.0.0.1:{port}/qc-catalog</c>, without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A client of this server with the demo token in the demo user's personal account; disposed with the server.</summary>
    /// <remarks>Its scope is decided (<see cref="HubScopedClientAttribute"/>), so analyzer rule KH0001 accepts calls through it.</remarks>
    [HubScopedClient]
    public HubPlatformClient Client => _client.Value;

    /// <summary>The id of the demo user (also the id of the demo user's personal account).</summary>
    public string DemoUserId => Tenancy.SeededTenantId(Store, TenancySeed.Demo);

    /// <summary>The id of "Kipu Demo Org", where the demo user is OWNER.</summary>
    public string DemoOrganizationId => Tenancy.SeededTenantId(Store, TenancySeed.DemoOrg);

    /// <summary>The id of "Qubit Research Lab", where the demo user is VIEWER.</summary>
    public string ViewerOrganizationId => Tenancy.SeededTenantId(Store, TenancySeed.Lab);

    /// <summary>The options the server runs with (a copy; changing it has no effect).</summary>
    public FakeHubOptions Options { get; }

    /// <summary>The admin API's base URL, <c>http://127.0.0.1:{port}/_admin</c>, for clients that are not .NET.</summary>
    public Uri AdminUrl { get; }

    /// <summary>Every request this server received, with typed assertions; also at <c>GET /_admin/journal</c>.</summary>
    public FakeHubJournal Journal { get; }

    /// <summary>The fake's clock, on which builds, executions and jobs move; a test moves it, nothing else does.</summary>
    public FakeHubClock Clock { get; }

    /// <summary>Scripted, probabilistic, latency and dropped-connection faults; also at <c>/_admin/faults</c>.</summary>
    public FakeHubFaults Faults { get; }

    /// <summary>The seed, the reference date, the demo principal, and every seeded principal and organization with its role.</summary>
    public FakeHubSeedInfo SeedInfo => FakeHubSeedInfo.Of(Store);

    internal FakeHubStore Store { get; }

    internal IServiceProvider Services => _app.Services;

    /// <summary>Starts a server on 127.0.0.1 on a free port.</summary>
    /// <param name="options">The seed, strict mode, latency, admin key, journal size and upload limit; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeHubServer> StartAsync(FakeHubOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
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
        // Not from the environment: a KQH_ORGANIZATION_ID on the developer's machine must not move the fake's clients
        // out of the account they were asked for (the one [HubScopedClient] promises).
        new(new HubPlatformClientOptions { ApiKey = token, BaseUrl = BaseUrl, OrganizationId = organizationId, ReadEnvironmentVariables = false });

    /// <summary>
    /// Puts the data back to the seed: ids and data then equal a fresh server's with the same seed. Without a tenant,
    /// everything (created tenants go, the id sequence restarts); with one, only that tenant's services, applications
    /// and data pools. The journal, faults and snapshots are kept.
    /// </summary>
    /// <param name="tenantId">An organization or personal account id, or <see langword="null"/> for every tenant.</param>
    /// <exception cref="KeyNotFoundException">There is no such tenant.</exception>
    public void Reset(string? tenantId = null)
    {
        if (tenantId is null)
        {
            Store.ResetAll();
            return;
        }
        ThrowIf(Store.ResetTenant(tenantId), nameof(tenantId));
    }

    /// <summary>
    /// Everything back to how the server started: the seeded data and id sequence, an empty journal numbered from 1, no
    /// faults, no snapshots, an empty list cache. Lets a test run reuse a running server as if it had started a new one.
    /// </summary>
    internal void ResetForReuse()
    {
        Store.ResetAll();
        Store.DeleteSnapshots();
        Store.Lists.Restart();
        _app.Services.GetRequiredService<JournalBuffer>().Restart();
        _app.Services.GetRequiredService<FaultRegistry>().Restart();
    }

    /// <summary>Saves the whole state under a name, replacing an older snapshot of that name. Consistent even while requests run.</summary>
    /// <param name="name">1 to 64 letters, digits, '.', '_' or '-'.</param>
    /// <exception cref="ArgumentException">The name is invalid.</exception>
    public void SaveSnapshot(string name) => ThrowIf(Store.SaveSnapshot(name, TimeProvider.System.GetUtcNow()), nameof(name));

    /// <summary>Replaces the whole state with a snapshot, atomically: no request sees part of it. The snapshot stays.</summary>
    /// <param name="name">The snapshot's name.</param>
    /// <exception cref="KeyNotFoundException">There is no snapshot of that name.</exception>
    public void RestoreSnapshot(string name) => ThrowIf(Store.RestoreSnapshot(name), nameof(name));

    /// <summary>Deletes a snapshot.</summary>
    /// <param name="name">The snapshot's name.</param>
    /// <exception cref="KeyNotFoundException">There is no snapshot of that name.</exception>
    public void DeleteSnapshot(string name) => ThrowIf(Store.DeleteSnapshot(name), nameof(name));

    /// <summary>
    /// Every tenant as it is now, seeded or created by a test: organizations first, then personal accounts, each with
    /// its members and their roles but no token. Also at <c>GET /_admin/tenants</c>.
    /// </summary>
    /// <returns>The tenants.</returns>
    public IReadOnlyList<FakeHubAccount> ListTenants() => FakeHubAccount.ListOf(Store);

    /// <summary>Creates an organization with one new member per role, for one test; dispose it to remove it.</summary>
    /// <param name="roles">The members' roles; none gives one OWNER.</param>
    /// <returns>The tenant, with its members' tokens.</returns>
    public FakeHubTenant CreateTenant(params PermissionRole[] roles) => CreateTenant(null, roles);

    /// <summary>Creates a named organization with one new member per role, for one test; dispose it to remove it.</summary>
    /// <param name="name">The display name, or <see langword="null"/> for a generated one.</param>
    /// <param name="roles">The members' roles; none gives one OWNER.</param>
    /// <returns>The tenant, with its members' tokens.</returns>
    /// <exception cref="ArgumentException">The name or a role is invalid.</exception>
    public FakeHubTenant CreateTenant(string? name, params PermissionRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        PermissionRole[] members = roles.Length == 0 ? [PermissionRole.Owner] : roles;
        var created = Tenancy.CreateTenant(Store, name, [.. members.Select(r => new MemberRequest(null, r))]);
        ThrowIf(created.Failure, nameof(roles));
        return new FakeHubTenant(this, FakeHubOrganization.Of(created.Value!));
    }

    private static void ThrowIf(Failure? failure, string parameter)
    {
        if (failure is null)
        {
            return;
        }
        throw failure.Kind == FailureKind.NotFound
            ? new KeyNotFoundException(failure.Message)
            : new ArgumentException(failure.Message, parameter);
    }

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
