namespace KipuHub.FakeServer.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets a server of its own on a free loopback port, as a fresh one (xunit creates the
/// class once per test): servers are borrowed from <see cref="KipuHub.Tests.Shared.FakeHubPool"/>, which resets each
/// to how it started before lending it, so tests that write never see each other's changes.
/// </summary>
public abstract class FakeHubTest : IAsyncLifetime
{
    private FakeHubServer? _hub;
    private HttpClient? _http;

    internal FakeHubServer Hub => _hub ?? throw new InvalidOperationException("The server has not started.");

    internal HttpClient Http => _http ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The options of the server; the defaults unless a test class says otherwise.</summary>
    internal virtual FakeHubOptions? Options => null;

    public async Task InitializeAsync()
    {
        _hub = await KipuHub.Tests.Shared.FakeHubPool.RentAsync(Options);
        _http = HubHttp.CreateClient(_hub);
    }

    public Task DisposeAsync()
    {
        _http?.Dispose();
        if (_hub is not null)
        {
            KipuHub.Tests.Shared.FakeHubPool.Return(_hub, Options);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends a request that must fail with <paramref name="status"/>, and proves it changed nothing: the whole store
    /// (including the id and clock sequence) hashes the same, and the demo user's lists read byte for byte the same.
    /// </summary>
    internal async Task<ErrorBody> ExpectErrorWithoutChangeAsync(HttpStatusCode status, Func<Task<HttpResponseMessage>> send, params string[] alsoRelist)
    {
        var fingerprint = Hub.Store.Fingerprint();
        var before = await ListingsAsync(alsoRelist);
        using var response = await send();
        var error = await response.ReadErrorAsync(status);
        Hub.Store.Fingerprint().Should().Be(fingerprint, "a request answered with {0} must not change any state", status);
        (await ListingsAsync(alsoRelist)).Should().Equal(before);
        return error;
    }

    private async Task<List<string>> ListingsAsync(IEnumerable<string> extra)
    {
        string[] lists = ["services?size=2000", "v2/applications", "datapools", "v2/apis", "my/accounts", .. extra];
        var bodies = new List<string>();
        foreach (var organization in new string?[] { null, Hub.DemoOrganizationId })
        {
            foreach (var path in lists)
            {
                using var response = await Http.FetchAsync(path, organization);
                bodies.Add($"{(int)response.StatusCode} {path} {await response.Content.ReadAsStringAsync()}");
            }
        }
        return bodies;
    }
}
