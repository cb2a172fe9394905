using KipuHub.Contract;
using KipuHub.Models;
using Xunit;

namespace KipuHub.FakeServer.Xunit;

/// <summary>
/// Runs one fake qc-catalog server (real Kestrel, 127.0.0.1, a free port) for a test class (<c>IClassFixture</c>),
/// a collection (<c>ICollectionFixture</c>) or, with xunit v3 (package KipuHub.FakeServer.Xunit.V3), the whole test
/// assembly (<c>[assembly: AssemblyFixture(typeof(FakeHubFixture))]</c>, then a constructor parameter of any class).
/// Tests that share it keep apart with <see cref="CreateTenant"/>, or start from the seed with <see cref="Reset"/>.
/// Derive from it and override <see cref="CreateOptions"/> for other settings.
/// </summary>
/// <remarks>
/// The xunit v2 package (KipuHub.FakeServer.Xunit) and the v3 one compile this same file; only the lifetime methods'
/// signatures differ (v2: <c>Task</c>; v3: <c>ValueTask</c>, with disposal through <see cref="IAsyncDisposable"/>).
/// </remarks>
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

    // xunit v3's IAsyncLifetime is ValueTask-based, v2's Task-based; only the signatures differ, the bodies are shared.
    /// <summary>Starts the server; xunit calls it.</summary>
    /// <returns>A task that completes when the server listens.</returns>
#if XUNIT_V3
    public virtual async ValueTask InitializeAsync()
#else
    public virtual async Task InitializeAsync()
#endif
        => _server = await FakeHubServer.StartAsync(CreateOptions()).ConfigureAwait(false);

    // In v3 this is IAsyncDisposable.DisposeAsync (v3's IAsyncLifetime derives from it), so xunit and `await using`
    // both reach it. Virtual in both, so a derived fixture can stop its own resources and then call the base.
    /// <summary>Stops the server; xunit calls it. Calling it again does nothing.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
#if XUNIT_V3
    public virtual async ValueTask DisposeAsync()
#else
    public virtual async Task DisposeAsync()
#endif
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        // The dispose pattern (CA1816): a derived fixture with a finalizer need not run it once disposed.
        GC.SuppressFinalize(this);
    }
}
