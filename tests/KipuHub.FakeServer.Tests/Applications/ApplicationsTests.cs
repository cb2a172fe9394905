namespace KipuHub.FakeServer.Tests.Applications;

public sealed class ApplicationsTests : FakeHubTest
{
    [Fact]
    public async Task Create_returns_200_with_the_application_which_is_then_listed_and_readable()
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "v2/applications", content: HubHttp.Json("""{"name":"Portfolio app"}"""));
        var created = await response.ReadJsonAsync<Application>();

        created.Id.Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        created.Name.Should().Be("Portfolio app");
        created.SubscriptionCount.Should().Be(0);
        created.CreatedAt.Should().Be(Hub.Options.ReferenceDate.AddSeconds(1));
        created.CurrentUserPermission.Should().Be(PermissionRole.Owner);
        (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications")).Should().ContainEquivalentOf(created);
        (await Http.GetJsonAsync<Application>($"v2/applications/{created.Id}")).Should().BeEquivalentTo(created);
    }

    [Fact]
    public async Task Each_write_is_one_second_after_the_previous_one()
    {
        var first = await Http.CreateApplicationAsync("one");
        var second = await Http.CreateApplicationAsync("two");

        (second.CreatedAt - first.CreatedAt).Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Delete_removes_the_application_and_its_subscriptions()
    {
        var service = await Http.ServiceAsync(Hub.DemoOrganizationId, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("short-lived");
        var subscription = await Http.SubscribeAsync(application.Id, service.Id);

        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"v2/applications/{application.Id}");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await Http.FetchAsync($"v2/applications/{application.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
        await (await Http.FetchAsync($"subscriptions/{subscription.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
        (await Http.VersionSubscriptionsAsync(service, Hub.DemoOrganizationId)).Should().NotContain(s => s.Id == subscription.Id);
    }

    [Fact]
    public async Task Subscription_count_follows_subscribing_and_cancelling()
    {
        var services = (await Http.ServicesAsync(Hub.DemoOrganizationId)).Where(s => s.Lifecycle == ServiceLifecycle.Published).Take(2).ToList();
        var application = await Http.CreateApplicationAsync("counter");
        var first = await Http.SubscribeAsync(application.Id, services[0].Id);
        await Http.SubscribeAsync(application.Id, services[1].Id);
        (await Http.GetJsonAsync<Application>($"v2/applications/{application.Id}")).SubscriptionCount.Should().Be(2);

        (await Http.SendAsync(HttpMethod.Delete, $"subscriptions/{first.Id}")).Dispose();

        (await Http.GetJsonAsync<Application>($"v2/applications/{application.Id}")).SubscriptionCount.Should().Be(1);
        (await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions"))
            .Should().ContainSingle().Which.Api!.ServiceId.Should().Be(services[1].Id);
    }

    [Fact]
    public async Task Seeded_subscription_counts_match_the_listed_subscriptions()
    {
        var total = 0;
        foreach (var organization in new[] { null, Hub.DemoOrganizationId })
        {
            foreach (var application in await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", organization))
            {
                var subscriptions = await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions", organization);
                subscriptions.Should().HaveCount(application.SubscriptionCount!.Value);
                subscriptions.Where(s => s.Application!.Id != application.Id).Should().BeEmpty();
                total += subscriptions.Count;
            }
        }
        total.Should().BePositive("the seed gives some applications subscriptions");
    }

    [Fact]
    public async Task An_access_token_has_the_api_scope_and_a_secret_and_expires_later()
    {
        var application = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications"))[0];

        using var response = await Http.SendAsync(HttpMethod.Post, $"v2/applications/{application.Id}/access-token");
        var token = await response.ReadJsonAsync<AccessToken>();

        token.Id.Should().NotBeNullOrEmpty();
        token.Scopes.Should().Equal(AccessTokenScope.Api);
        token.Value.Should().NotBeNullOrEmpty().And.Be(token.Token);
        token.CreatedAt.Should().Be(Hub.Options.ReferenceDate.AddSeconds(1));
        token.ExpiresAt.Should().BeAfter(token.CreatedAt!.Value);
    }

    [Fact]
    public async Task Access_tokens_differ_between_servers_of_one_seed_while_everything_else_is_the_same()
    {
        await using var other = await FakeHubServer.StartAsync();
        using var otherHttp = HubHttp.CreateClient(other);
        var application = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications"))[0];

        using var here = await Http.SendAsync(HttpMethod.Post, $"v2/applications/{application.Id}/access-token");
        using var there = await otherHttp.SendAsync(HttpMethod.Post, $"v2/applications/{application.Id}/access-token");
        var (mine, theirs) = (await here.ReadJsonAsync<AccessToken>(), await there.ReadJsonAsync<AccessToken>());

        mine.Value.Should().MatchRegex("^kqh_[0-9a-f]{64}$").And.NotBe(theirs.Value, "a secret comes from a cryptographic generator, not from the seed");
        mine.Should().BeEquivalentTo(theirs, o => o.Excluding(t => t.Value).Excluding(t => t.Token), "ids, names and times stay deterministic");
    }

    [Fact]
    public async Task With_deterministic_secrets_access_tokens_are_the_same_in_the_same_scripted_run()
    {
        await using var first = await FakeHubServer.StartAsync(new FakeHubOptions { DeterministicSecrets = true });
        await using var second = await FakeHubServer.StartAsync(new FakeHubOptions { DeterministicSecrets = true });
        var application = (await first.Client.Applications.ListAsync())[0];

        var one = await first.Client.Applications.CreateAccessTokenAsync(application.Id);
        var two = await second.Client.Applications.CreateAccessTokenAsync(application.Id);

        one.Should().BeEquivalentTo(two);
        one.Value.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_access_token_for_an_application_of_another_account_is_404()
    {
        var orgApplication = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Hub.DemoOrganizationId))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(HttpMethod.Post, $"v2/applications/{orgApplication.Id}/access-token"));
    }
}
