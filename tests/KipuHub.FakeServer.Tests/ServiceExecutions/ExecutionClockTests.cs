namespace KipuHub.FakeServer.Tests.ServiceExecutions;

/// <summary>Seeded executions move on the fake's clock, the same way for the same seed, and not within the first minute.</summary>
public sealed class ExecutionClockTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    [Fact]
    public async Task Within_the_first_minute_no_execution_moves_in_either_list()
    {
        var list = await Raw("service-executions?page=0&size=2000");
        var subscriptionLists = await SubscriptionListsAsync();

        Hub.Clock.Advance(TimeSpan.FromSeconds(59));

        (await Raw("service-executions?page=0&size=2000")).Should().Be(list);
        (await SubscriptionListsAsync()).Should().Equal(subscriptionLists);
    }

    [Fact]
    public async Task Two_servers_with_the_same_seed_move_their_executions_the_same_way()
    {
        await using var twin = await FakeHubServer.StartAsync();
        using var twinHttp = HubHttp.CreateClient(twin);

        Hub.Clock.Advance(TimeSpan.FromMinutes(7));
        twin.Clock.Advance(TimeSpan.FromMinutes(7));

        var mine = await Raw("service-executions?page=0&size=2000");
        (await (await twinHttp.FetchAsync("service-executions?page=0&size=2000", twin.DemoOrganizationId)).Content.ReadAsStringAsync()).Should().Be(mine);
        var running = System.Text.Json.JsonDocument.Parse(mine).RootElement.GetProperty("content").EnumerateArray()
            .First(e => e.GetProperty("status").GetString() == "RUNNING").GetProperty("id").GetString();
        (await (await twinHttp.FetchAsync($"service-executions/{running}/logs", twin.DemoOrganizationId)).Content.ReadAsStringAsync())
            .Should().Be(await Raw($"service-executions/{running}/logs"));
    }

    private async Task<string> Raw(string path) => await (await Http.FetchAsync(path, Org)).Content.ReadAsStringAsync();

    private async Task<List<string>> SubscriptionListsAsync()
    {
        var lists = new List<string>();
        foreach (var application in await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Org))
        {
            foreach (var subscription in await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions", Org))
            {
                lists.Add(await Raw($"subscriptions/{subscription.Id}/service-executions"));
            }
        }
        return lists;
    }
}
