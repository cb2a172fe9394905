using KipuHub.FakeServer;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Each test gets a fake server of its own on a free loopback port, as a fresh one: servers are borrowed from
/// <see cref="KipuHub.Tests.Shared.FakeHubPool"/>, reset to how they started, so tests and classes run in parallel safely.
/// </summary>
public abstract class FakeHubTest : IAsyncLifetime
{
    protected FakeHubServer Fake { get; private set; } = null!;

    protected HubPlatformClient Hub => Fake.Client;

    /// <summary>"Kipu Demo Org", where the demo user is OWNER.</summary>
    protected string Org => Fake.DemoOrganizationId;

    protected virtual FakeHubOptions Options => new();

    public async Task InitializeAsync() => Fake = await KipuHub.Tests.Shared.FakeHubPool.RentAsync(Options);

    /// <summary>Runs a call that must fail with <typeparamref name="T"/>, and proves the whole store is as it was.</summary>
    protected async Task<T> ExpectNothingChangedAsync<T>(Func<Task> call) where T : KipuHub.Errors.ApiException
    {
        var before = Fake.Store.Fingerprint();

        var error = (await FluentActions.Awaiting(call).Should().ThrowAsync<T>()).Which;

        error.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        Fake.Store.Fingerprint().Should().Be(before, "a request answered with {0} must not change any state", (int)error.StatusCode);
        return error;
    }

    public Task DisposeAsync()
    {
        KipuHub.Tests.Shared.FakeHubPool.Return(Fake, Options);
        return Task.CompletedTask;
    }
}
