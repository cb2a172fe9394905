namespace KipuHub.FakeServer.Tests.Services;

public sealed class ServiceLifecycleTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    [Fact]
    public async Task Publish_internal_makes_a_built_service_accessible_but_not_listed()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);

        using var response = await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish-internal", organizationId: Org);
        var version = await response.ReadJsonAsync<ServiceDefinition>();

        version.Lifecycle.Should().Be(ServiceLifecycle.Accessible);
        version.ModifiedBy.Should().Be("demo");
        (await Http.GetJsonAsync<ServiceDefinition>(service.VersionPath(), Org)).Lifecycle.Should().Be(ServiceLifecycle.Accessible);
        (await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis")).Should().NotContain(a => a.ServiceId == service.Id);
    }

    [Fact]
    public async Task Publish_lists_the_service_in_the_marketplace_under_a_listing_id_of_its_own()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);

        using var response = await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish", organizationId: Org);
        (await response.ReadJsonAsync<ServiceDefinition>()).Lifecycle.Should().Be(ServiceLifecycle.Published);

        var listing = (await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis", token: Tokens.Bob)).Single(a => a.ServiceId == service.Id);
        listing.Id.Should().NotBe(service.Id);
        listing.Provider.Should().Be("Kipu Demo Org");
        listing.Lifecycle.Should().Be(ServiceLifecycle.Published);
        var api = await Http.GetJsonAsync<Api>($"v2/apis/{listing.Id}", token: Tokens.Bob);
        api.ServiceId.Should().Be(service.Id);
        api.Name.Should().Be(service.Name);
        await (await Http.FetchAsync($"v2/apis/{service.Id}")).ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Publishing_an_accessible_service_promotes_it_and_publishing_twice_changes_nothing()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Accessible, BuildStatus.Success);
        using var first = await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish", organizationId: Org);
        (await first.ReadJsonAsync<ServiceDefinition>()).Lifecycle.Should().Be(ServiceLifecycle.Published);
        var fingerprint = Hub.Store.Fingerprint();

        using var second = await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish", organizationId: Org);

        (await second.ReadJsonAsync<ServiceDefinition>()).Lifecycle.Should().Be(ServiceLifecycle.Published);
        Hub.Store.Fingerprint().Should().Be(fingerprint);
    }

    [Theory]
    [InlineData("FAILURE", "publish")]
    [InlineData("WORKING", "publish")]
    [InlineData("FAILURE", "publish-internal")]
    public async Task A_version_whose_build_did_not_succeed_cannot_be_published(string build, string action)
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, new BuildStatus(build));

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict,
            () => Http.SendAsync(HttpMethod.Post, $"{service.VersionPath()}/{action}", organizationId: Org));

        error.ErrorMessage.Should().Contain(build).And.Contain("SUCCESS");
    }

    [Fact]
    public async Task Publish_internal_of_a_published_service_is_409()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict,
            () => Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish-internal", organizationId: Org));

        error.ErrorMessage.Should().Contain("UNPUBLISH");
    }

    [Fact]
    public async Task Unpublish_with_active_subscriptions_is_409_and_changes_nothing()
    {
        var service = await PublishedWithSubscriptionAsync();

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict,
            () => Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/commands", organizationId: Org, content: HubHttp.Json("""{"type":"UNPUBLISH"}""")),
            service.VersionPath() + "/subscriptions");

        error.ErrorMessage.Should().Contain("UNPUBLISH_FORCE");
    }

    [Fact]
    public async Task Unpublish_without_subscriptions_returns_the_service_to_created_and_out_of_the_marketplace()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);
        (await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish", organizationId: Org)).Dispose();
        (await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis")).Should().Contain(a => a.ServiceId == service.Id);

        (await Http.PostCommandAsync(service, "UNPUBLISH", Org)).Should().Be(HttpStatusCode.NoContent);

        (await Http.GetJsonAsync<ServiceDefinition>(service.VersionPath(), Org)).Lifecycle.Should().Be(ServiceLifecycle.Created);
        (await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis")).Should().NotContain(a => a.ServiceId == service.Id);
    }

    [Fact]
    public async Task Unpublish_force_cancels_the_subscriptions_and_unpublishes()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("subscriber", Org);
        var subscription = await Http.SubscribeAsync(application.Id, service.Id, Org);
        (await Http.GetJsonAsync<Application>($"v2/applications/{application.Id}", Org)).SubscriptionCount.Should().Be(1);

        (await Http.PostCommandAsync(service, "UNPUBLISH_FORCE", Org)).Should().Be(HttpStatusCode.NoContent);

        (await Http.VersionSubscriptionsAsync(service, Org)).Should().BeEmpty();
        (await Http.GetJsonAsync<ServiceDefinition>(service.VersionPath(), Org)).Lifecycle.Should().Be(ServiceLifecycle.Created);
        await (await Http.FetchAsync($"subscriptions/{subscription.Id}", Org)).ReadErrorAsync(HttpStatusCode.NotFound);
        (await Http.GetJsonAsync<Application>($"v2/applications/{application.Id}", Org)).SubscriptionCount.Should().Be(0);
        (await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions", Org)).Should().BeEmpty();
    }

    [Fact]
    public async Task Unpublishing_a_created_service_is_a_no_op()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);
        var fingerprint = Hub.Store.Fingerprint();

        (await Http.PostCommandAsync(service, "UNPUBLISH", Org)).Should().Be(HttpStatusCode.NoContent);

        Hub.Store.Fingerprint().Should().Be(fingerprint);
    }

    [Theory]
    [InlineData("""{"type":"RETIRE"}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"type":"unpublish"}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"type":""}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"type":1}""", HttpStatusCode.BadRequest)]
    public async Task A_bad_command_is_refused_naming_the_accepted_types(string body, HttpStatusCode status)
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);

        var error = await ExpectErrorWithoutChangeAsync(status,
            () => Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/commands", organizationId: Org, content: HubHttp.Json(body)));

        if (body != """{"type":1}""")
        {
            error.ErrorMessage.Should().Contain("UNPUBLISH, UNPUBLISH_FORCE");
        }
    }

    [Theory]
    [InlineData("ACCESSIBLE")]
    [InlineData("PUBLISHED")]
    public async Task Deleting_a_published_or_accessible_service_is_409(string lifecycle)
    {
        var service = await Http.ServiceAsync(Org, new ServiceLifecycle(lifecycle), BuildStatus.Success);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict, () => Http.SendAsync(HttpMethod.Delete, $"services/{service.Id}", organizationId: Org));

        error.ErrorMessage.Should().Contain(lifecycle).And.Contain("CREATED");
    }

    [Fact]
    public async Task Deleting_a_created_service_removes_it()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Failure);

        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"services/{service.Id}", organizationId: Org);

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await Http.FetchAsync($"services/{service.Id}", Org)).ReadErrorAsync(HttpStatusCode.NotFound);
        (await Http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services", Org)).TotalElements.Should().Be(56);
    }

    /// <summary>A published service of the demo organization with at least one subscription, made so if the seed has none.</summary>
    private async Task<ServiceOverview> PublishedWithSubscriptionAsync()
    {
        foreach (var candidate in (await Http.ServicesAsync(Org)).Where(s => s.Lifecycle == ServiceLifecycle.Published))
        {
            if ((await Http.VersionSubscriptionsAsync(candidate, Org)).Count > 0)
            {
                return candidate;
            }
        }
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("subscriber", Org);
        await Http.SubscribeAsync(application.Id, service.Id, Org);
        return service;
    }
}
