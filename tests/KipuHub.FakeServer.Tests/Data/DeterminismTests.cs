using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.Data;

public sealed class DeterminismTests : IAsyncLifetime
{
    private FakeHubServer _first = null!;
    private FakeHubServer _second = null!;
    private FakeHubServer _otherSeed = null!;

    public async Task InitializeAsync()
    {
        var started = await Task.WhenAll(FakeHubServer.StartAsync(), FakeHubServer.StartAsync(), FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 }));
        (_first, _second, _otherSeed) = (started[0], started[1], started[2]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _otherSeed.DisposeAsync();
    }

    private static async Task<List<string>> ReadAllAsync(FakeHubServer hub)
    {
        using var http = HubHttp.CreateClient(hub);
        var service = (await http.ServicesAsync(hub.DemoOrganizationId))[3];
        var pool = (await http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var file = (await http.GetJsonAsync<IReadOnlyList<DataPoolFile>>($"datapools/{pool.Id}/files"))[0];
        var application = (await http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", hub.DemoOrganizationId))[0];
        var bodies = new List<string>();
        foreach (var (path, org) in new (string, string?)[]
        {
            ("services", null),
            ("services?page=1", hub.DemoOrganizationId),
            ("services?size=100&sort=name,desc", hub.DemoOrganizationId),
            ("services", hub.ViewerOrganizationId),
            ("my/accounts", null),
            ("v2/apis", null),
            ("datapools", null),
            ("v2/applications", hub.DemoOrganizationId),
            ($"v2/applications/{application.Id}/subscriptions", hub.DemoOrganizationId),
            ($"services/{service.Id}", hub.DemoOrganizationId),
            (service.VersionPath() + "/build-status", hub.DemoOrganizationId),
            (service.VersionPath() + "/build-logs", hub.DemoOrganizationId),
            ($"datapools/{pool.Id}/files/{file.Id}", null),
        })
        {
            using var response = await http.FetchAsync(path, org);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            bodies.Add(Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync()));
        }
        using var authorize = await http.SendAsync(HttpMethod.Post, "authorize");
        bodies.Add(await authorize.Content.ReadAsStringAsync());
        return bodies;
    }

    [Fact]
    public async Task Two_servers_with_the_same_seed_answer_byte_for_byte_the_same()
    {
        var first = await ReadAllAsync(_first);
        var second = await ReadAllAsync(_second);

        second.Should().Equal(first);
        _second.DemoOrganizationId.Should().Be(_first.DemoOrganizationId);
        _second.Store.Fingerprint().Should().Be(_first.Store.Fingerprint());
    }

    [Fact]
    public async Task Another_seed_gives_another_data_set_of_the_same_shape()
    {
        using var first = HubHttp.CreateClient(_first);
        using var other = HubHttp.CreateClient(_otherSeed);

        var firstServices = await first.ServicesAsync(_first.DemoOrganizationId);
        var otherServices = await other.ServicesAsync(_otherSeed.DemoOrganizationId);

        otherServices.Should().HaveCount(firstServices.Count);
        otherServices.Select(s => s.Id).Should().NotIntersectWith(firstServices.Select(s => s.Id));
        otherServices.Select(s => s.Name).Should().NotEqual(firstServices.Select(s => s.Name));
        _otherSeed.DemoOrganizationId.Should().NotBe(_first.DemoOrganizationId);
        (await other.GetJsonAsync<IReadOnlyList<Account>>("my/accounts")).Select(a => a.DisplayName).Skip(1)
            .Should().Equal("Kipu Demo Org", "Qubit Research Lab");
    }

    [Fact]
    public async Task The_same_scripted_writes_give_the_same_ids_and_times()
    {
        async Task<List<string>> ScriptAsync(FakeHubServer hub)
        {
            using var http = HubHttp.CreateClient(hub);
            var results = new List<string>();
            using var pool = await http.SendAsync(HttpMethod.Post, "datapools", content: HubHttp.Json("""{"name":"Scripted"}"""));
            var poolId = (await pool.ReadJsonAsync<DataPool>()).Id;
            results.Add(poolId);
            using var file = await http.SendAsync(HttpMethod.Post, $"datapools/{poolId}/files", content: HubHttp.FileUpload([1, 2], "a.bin"));
            results.Add(await file.Content.ReadAsStringAsync());
            using var application = await http.SendAsync(HttpMethod.Post, "v2/applications", content: HubHttp.Json("""{"name":"Scripted app"}"""));
            results.Add(await application.Content.ReadAsStringAsync());
            return results;
        }

        var first = await ScriptAsync(_first);
        var second = await ScriptAsync(_second);

        second.Should().Equal(first);
        first[2].Should().Contain("\"createdAt\":\"2026-01-01T00:00:03+00:00\"", "the third write is stamped reference date + 3 s");
    }

    [Fact]
    public void Entity_seeds_come_from_a_stable_hash_not_from_string_hash_codes()
    {
        // Pinned: a change here means every data set changes; string.GetHashCode would differ per process.
        StableSeed.For(42, "Service").Should().Be(-1497828251, "FNV-1a over \"42/Service\"");
        StableSeed.For(42, "Application").Should().NotBe(StableSeed.For(42, "Service"));
        StableSeed.For(7, "Service").Should().NotBe(StableSeed.For(42, "Service"));
    }

    [Fact]
    public async Task Each_entity_type_draws_from_its_own_stream()
    {
        // The first services the service faker makes on its own are the first account's services in the store:
        // no other entity type's records consumed any of its random values.
        var alone = new ServiceFaker(FakeHubOptions.DefaultSeed, FakeHubOptions.DefaultReferenceDate).Generate(8).Select(s => s.Id);
        using var http = HubHttp.CreateClient(_first);

        (await http.ServicesAsync(null)).Select(s => s.Id).Should().BeEquivalentTo(alone);
    }
}
