namespace KipuHub.FakeServer.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets its own freshly seeded server on a free loopback port (xunit creates the
/// class once per test), so tests that write never see each other's changes.
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
        _hub = await FakeHubServer.StartAsync(Options);
        _http = HubHttp.CreateClient(_hub);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
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
