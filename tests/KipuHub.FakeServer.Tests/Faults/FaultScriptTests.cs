namespace KipuHub.FakeServer.Tests.Faults;

public sealed class FaultScriptTests : FakeHubTest
{
    [Fact]
    public async Task After_and_Times_make_the_third_call_fail_and_the_rest_succeed()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Status = 500, After = 2, Times = 1 });

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await Http.FetchAsync("v2/applications");
            statuses.Add((int)response.StatusCode);
        }

        statuses.Should().Equal(200, 200, 500, 200, 200);
        var status = Hub.Faults.List().Single();
        status.Hits.Should().Be(5);
        status.Fired.Should().Be(1);
    }

    [Fact]
    public async Task A_fault_for_one_tenant_leaves_other_tenants_alone()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Tenant = Hub.DemoOrganizationId, Status = 503 });

        using var personal = await Http.FetchAsync("services?page=0&size=5");
        using var organization = await Http.FetchAsync("services?page=0&size=5", Hub.DemoOrganizationId);

        personal.StatusCode.Should().Be(HttpStatusCode.OK);
        organization.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        organization.Headers.RetryAfter.Should().BeNull("no Retry-After was asked for");
        var error = await organization.ReadErrorAsync(HttpStatusCode.ServiceUnavailable);
        error.ErrorMessage.Should().Contain("Injected fault fault-1").And.Contain("GET /services");
    }

    [Fact]
    public async Task An_injected_error_carries_the_Retry_After_header_and_a_custom_message()
    {
        Hub.Faults.Add(new FakeHubFault { Route = "GET /v2/applications", Status = 429, RetryAfterSeconds = 7, Message = "Slow down." });

        using var response = await Http.FetchAsync("v2/applications");

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        (await response.ReadErrorAsync(HttpStatusCode.TooManyRequests)).ErrorMessage.Should().Be("Slow down.");
    }

    [Fact]
    public async Task Probabilistic_faults_with_the_same_seed_fail_the_same_calls()
    {
        async Task<List<int>> RunAsync()
        {
            await using var hub = await FakeHubServer.StartAsync();
            using var http = HubHttp.CreateClient(hub);
            hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Status = 500, Probability = 0.5, Seed = 7 });
            var statuses = new List<int>();
            for (var i = 0; i < 30; i++)
            {
                using var response = await http.FetchAsync("v2/applications");
                statuses.Add((int)response.StatusCode);
            }
            hub.Journal.Entries.Where(e => e.Status == 500).Should().OnlyContain(e => e.Fault!.StartsWith("fault-1: 500", StringComparison.Ordinal));
            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        second.Should().Equal(first, "a failing run must be reproducible from the fault's seed");
        first.Should().Contain(500).And.Contain(200);
        first.Count(s => s == 500).Should().BeInRange(5, 25);
    }

    [Fact]
    public async Task Fixed_latency_is_waited_and_recorded()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { LatencyMs = 300, Times = 1 });

        using var slow = await Http.FetchAsync("v2/applications");
        using var fast = await Http.FetchAsync("v2/applications");

        slow.StatusCode.Should().Be(HttpStatusCode.OK, "latency alone answers normally");
        var entries = Hub.Journal.Entries;
        entries[0].DurationMs.Should().BeGreaterThanOrEqualTo(290);
        entries[0].Fault.Should().Contain("latency 300 ms");
        entries[1].Fault.Should().BeNull();
    }

    [Fact]
    public async Task Latency_within_a_range_stays_in_the_range()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { LatencyMs = 50, LatencyMaxMs = 120, Times = 3 });

        for (var i = 0; i < 3; i++)
        {
            using var _ = await Http.FetchAsync("v2/applications");
        }

        Hub.Journal.Entries.Should().HaveCount(3).And.OnlyContain(e => e.DurationMs >= 45 && e.Fault!.Contains("latency"));
        Hub.Journal.Entries.Select(e => int.Parse(e.Fault!.Split("latency ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Should().OnlyContain(ms => ms >= 50 && ms <= 120);
    }

    [Fact]
    public async Task Faults_are_listed_removed_and_cleared()
    {
        var first = Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Status = 500 });
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 500 });

        Hub.Faults.List().Select(f => f.Id).Should().Equal(first, "fault-2");
        Hub.Faults.Remove(first).Should().BeTrue();
        using (var response = await Http.FetchAsync("v2/applications"))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        Hub.Faults.Clear();
        Hub.Faults.List().Should().BeEmpty();
        Hub.Faults.Remove(first).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, null, false, "needs an effect")]
    [InlineData(200, null, false, "400 to 599")]
    [InlineData(503, null, true, "cannot both")]
    public void An_invalid_fault_is_refused_in_CSharp_too(int? status, int? latency, bool drop, string expected)
    {
        var act = () => Hub.Faults.Add(new FakeHubFault { Status = status, LatencyMs = latency, Drop = drop });

        act.Should().Throw<ArgumentException>().WithMessage($"*{expected}*");
        Hub.Faults.List().Should().BeEmpty();
    }

    [Fact]
    public async Task The_server_wide_latency_option_delays_every_call()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { Latency = TimeSpan.FromMilliseconds(200) });
        using var http = HubHttp.CreateClient(hub);

        using var response = await http.FetchAsync("my/accounts");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        hub.Journal.Entries.Single().DurationMs.Should().BeGreaterThanOrEqualTo(190);
    }
}
