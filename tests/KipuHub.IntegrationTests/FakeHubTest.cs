using KipuHub.FakeServer;

namespace KipuHub.IntegrationTests;

/// <summary>Each test class gets its own fake server on a free loopback port, so classes run in parallel safely.</summary>
public abstract class FakeHubTest : IAsyncLifetime
{
    protected FakeHubServer Fake { get; private set; } = null!;

    protected HubPlatformClient Hub => Fake.Client;

    /// <summary>"Kipu Demo Org", where the demo user is OWNER.</summary>
    protected string Org => Fake.DemoOrganizationId;

    protected virtual FakeHubOptions Options => new();

    public async Task InitializeAsync() => Fake = await FakeHubServer.StartAsync(Options);

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
