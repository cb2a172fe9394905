using System.Net.Sockets;

namespace KipuHub.FakeServer.Tests.Hosting;

public sealed class FakeHubServerTests
{
    [Fact]
    public async Task A_server_listens_on_loopback_with_a_base_url_ending_in_qc_catalog()
    {
        await using var hub = await FakeHubServer.StartAsync();

        hub.BaseUrl.Host.Should().Be("127.0.0.1");
        hub.BaseUrl.Port.Should().BePositive();
        hub.BaseUrl.AbsolutePath.Should().Be("/qc-catalog");
        hub.ToString().Should().Contain(hub.BaseUrl.ToString());
    }

    [Fact]
    public async Task Parallel_servers_are_isolated_from_each_other()
    {
        var servers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => FakeHubServer.StartAsync()));
        try
        {
            servers.Select(s => s.BaseUrl.Port).Should().OnlyHaveUniqueItems();
            var clients = servers.Select(HubHttp.CreateClient).ToList();
            var before = await Task.WhenAll(clients.Select(c => c.FetchAsync("datapools").ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap()));
            before.Distinct().Should().ContainSingle("same seed, same data");

            await Task.WhenAll(clients.Select((c, i) => c.SendAsync(HttpMethod.Post, "datapools", content: HubHttp.Json($$"""{"name":"Only on server {{i}}"}"""))));

            for (var i = 0; i < servers.Length; i++)
            {
                var pools = await clients[i].GetJsonAsync<IReadOnlyList<DataPool>>("datapools");
                pools.Where(p => p.Name!.StartsWith("Only on server", StringComparison.Ordinal)).Select(p => p.Name).Should().Equal($"Only on server {i}");
            }
            clients.ForEach(c => c.Dispose());
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_demo_ids_match_what_the_api_reports()
    {
        await using var hub = await FakeHubServer.StartAsync();
        using var http = HubHttp.CreateClient(hub);

        var accounts = await http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: FakeHubServer.DemoToken);

        accounts.Select(a => a.Id).Should().Equal(hub.DemoUserId, hub.DemoOrganizationId, hub.ViewerOrganizationId);
    }

    [Fact]
    public async Task Options_are_copied_at_start()
    {
        var options = new FakeHubOptions { Seed = 9, UploadLimitBytes = 1234 };
        await using var hub = await FakeHubServer.StartAsync(options);

        options.Seed = 10;
        options.UploadLimitBytes = 1;

        hub.Options.Seed.Should().Be(9);
        hub.Options.UploadLimitBytes.Should().Be(1234);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task An_upload_limit_below_one_byte_is_refused_at_start(long limit)
    {
        var act = () => FakeHubServer.StartAsync(new FakeHubOptions { UploadLimitBytes = limit });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("UploadLimitBytes");
    }

    [Fact]
    public async Task Disposing_stops_the_server_even_when_no_client_was_created()
    {
        var hub = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 918_273 });
        var accounts = new Uri(hub.BaseUrl + "/my/accounts");
        var demoUserId = hub.DemoUserId;

        await hub.DisposeAsync();

        // Another test's server may get the freed port; it must at least not be this one (no other test uses this seed).
        using var http = new HttpClient();
        try
        {
            using var response = await http.SendAsync(HttpMethod.Get, accounts.ToString(), Tokens.Demo);
            (await response.Content.ReadAsStringAsync()).Should().NotContain(demoUserId);
        }
        catch (HttpRequestException ex)
        {
            ex.InnerException.Should().BeOfType<SocketException>();
        }
    }

    [Fact]
    public async Task Another_reference_date_moves_every_timestamp()
    {
        var reference = new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { ReferenceDate = reference });
        using var http = HubHttp.CreateClient(hub);

        var services = await http.ServicesAsync(null);
        using var created = await http.SendAsync(HttpMethod.Post, "datapools", content: HubHttp.Json("""{"name":"later"}"""));

        services.Should().OnlyContain(s => s.CreatedAt < reference && s.CreatedAt > reference.AddYears(-3));
        (await created.ReadJsonAsync<DataPool>()).CreatedAt.Should().Be(reference.AddSeconds(1));
    }
}
