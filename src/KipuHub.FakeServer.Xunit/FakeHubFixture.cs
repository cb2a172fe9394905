using KipuHub.Contract;
using KipuHub.Models;
using Xunit;

namespace KipuHub.FakeServer.Xunit;

/// <summary>
/// Runs one fake qc-catalog server (real Kestrel, 127.0.0.1, a free port) for a test class (<c>IClassFixture</c>) or
/// a collection (<c>ICollectionFixture</c>). Tests that share it keep apart with <see cref="CreateTenant"/>, or start
/// from the seed with <see cref="Reset"/>. Derive from it and override <see cref="CreateOptions"/> for other settings.
/// </summary>
/// <example>
/// <code>
/// public sealed class ReportTests(FakeHubFixture hub) : IClassFixture&lt;FakeHubFixture&gt;
/// {
///     [Fact]
///     public async Task Lists_the_services()
///     {
///         using var tenant = hub.CreateTenant(PermissionRole.Owner);
///         using var client = tenant.CreateClient();
///         // ... act with client, then:
///         hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20).Once();
///     }
/// }
/// </code>
/// </example>
public class FakeHubFixture : IAsyncLifetime
{
    private FakeHubServer? _server;

    /// <summary>The running server.</summary>
    /// <exception cref="InvalidOperationException">xunit has not initialized the fixture yet.</exception>
    public FakeHubServer Server => _server ?? throw new InvalidOperationException("The fake server starts in InitializeAsync; xunit calls it before the first test.");

    /// <summary>The API's base URL, <c>http://127.0.0.1:{port}/qc-catalog</c>.</summary>
    public Uri BaseUrl => Server.BaseUrl;

    /// <summary>A client with the demo token in the demo user's personal account (see <see cref="FakeHubServer.Client"/>).</summary>
    /// <remarks>Its scope is decided (<see cref="HubScopedClientAttribute"/>), so analyzer rule KH0001 accepts calls through it.</remarks>
    [HubScopedClient]
    public HubPlatformClient Client => Server.Client;

    /// <summary>The server's request journal.</summary>
    public FakeHubJournal Journal => Server.Journal;

    /// <summary>The server's faults.</summary>
    public FakeHubFaults Faults => Server.Faults;

    /// <summary>Creates an organization with one new member per role for one test; dispose it at the end of the test.</summary>
    /// <param name="roles">The members' roles; none gives one OWNER.</param>
    /// <returns>The tenant.</returns>
    public FakeHubTenant CreateTenant(params PermissionRole[] roles) => Server.CreateTenant(roles);

    /// <summary>Puts every tenant, or one, back to the seed (see <see cref="FakeHubServer.Reset"/>).</summary>
    /// <param name="tenantId">One tenant, or <see langword="null"/> for all.</param>
    public void Reset(string? tenantId = null) => Server.Reset(tenantId);

    /// <summary>The options the server starts with; override for strict mode, an admin key, another seed, ...</summary>
    /// <returns>The options. <value>Default: <c>new FakeHubOptions()</c>.</value></returns>
    protected virtual FakeHubOptions CreateOptions() => new();

    /// <summary>Starts the server; xunit calls it.</summary>
    /// <returns>A task that completes when the server listens.</returns>
    public virtual async Task InitializeAsync() => _server = await FakeHubServer.StartAsync(CreateOptions()).ConfigureAwait(false);

    /// <summary>Stops the server; xunit calls it.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public virtual async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }
    }
}
