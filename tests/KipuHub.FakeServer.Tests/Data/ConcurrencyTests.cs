namespace KipuHub.FakeServer.Tests.Data;

public sealed class ConcurrencyTests : FakeHubTest
{
    [Fact]
    public async Task Concurrent_writes_to_one_server_all_land_with_distinct_ids_and_times()
    {
        const int Writers = 40;
        var before = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications")).Count;

        var created = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Http.CreateApplicationAsync($"parallel {i}")));

        created.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        created.Select(a => a.CreatedAt).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(Enumerable.Range(1, Writers).Select(s => (DateTimeOffset?)Hub.Options.ReferenceDate.AddSeconds(s)));
        (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications")).Should().HaveCount(before + Writers);
    }

    [Fact]
    public async Task Concurrent_subscriptions_of_one_application_to_one_service_succeed_exactly_once()
    {
        var service = await Http.ServiceAsync(Hub.DemoOrganizationId, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("racer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Http.SendAsync(HttpMethod.Post, "subscriptions",
            content: HubHttp.Json($$"""{"serviceId":"{{service.Id}}","applicationId":"{{application.Id}}"}"""))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(9);
        (await Http.GetJsonAsync<Application>($"v2/applications/{application.Id}")).SubscriptionCount.Should().Be(1);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
