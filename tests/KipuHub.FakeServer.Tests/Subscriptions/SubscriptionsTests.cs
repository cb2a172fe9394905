namespace KipuHub.FakeServer.Tests.Subscriptions;

public sealed class SubscriptionsTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    private async Task<string> BobsOrganizationAsync() =>
        (await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Bob)).Single(a => a.IsOrganization).Id;

    [Fact]
    public async Task Subscribing_to_a_published_service_of_another_account_works()
    {
        var bobsService = (await Http.ServicesAsync(await BobsOrganizationAsync(), Tokens.Bob)).First(s => s.Lifecycle == ServiceLifecycle.Published);
        var application = await Http.CreateApplicationAsync("consumer", Org);

        var subscription = await Http.SubscribeAsync(application.Id, bobsService.Id, Org);

        subscription.Application!.Id.Should().Be(application.Id);
        subscription.Api!.ServiceId.Should().Be(bobsService.Id);
        subscription.Api.Id.Should().NotBe(bobsService.Id);
        subscription.Api.Provider.Should().Be("Bob's Quantum Garage");
        subscription.PricingPlan.Should().NotBeNull();
        (await Http.GetJsonAsync<Subscription>($"subscriptions/{subscription.Id}", Org)).Should().BeEquivalentTo(subscription);
    }

    [Fact]
    public async Task Subscribing_to_an_accessible_service_of_the_same_account_works()
    {
        var accessible = await Http.ServiceAsync(Org, ServiceLifecycle.Accessible, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("internal consumer", Org);

        var subscription = await Http.SubscribeAsync(application.Id, accessible.Id, Org);

        subscription.Api!.Lifecycle.Should().Be(ServiceLifecycle.Accessible);
    }

    [Theory]
    [InlineData("""{"applicationId":"APP"}""", "serviceId")]
    [InlineData("""{"serviceId":"SVC"}""", "applicationId")]
    [InlineData("""{"serviceId":"","applicationId":"APP"}""", "serviceId")]
    [InlineData("""{}""", "serviceId, applicationId")]
    public async Task Both_ids_are_required(string template, string missing)
    {
        var application = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Org))[0];
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var body = template.Replace("APP", application.Id, StringComparison.Ordinal).Replace("SVC", service.Id, StringComparison.Ordinal);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
            () => Http.SendAsync(HttpMethod.Post, "subscriptions", organizationId: Org, content: HubHttp.Json(body)));

        error.ErrorMessage.Should().Contain(missing);
    }

    [Fact]
    public async Task The_application_must_belong_to_the_callers_account()
    {
        var personalApplication = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications"))[0];
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(HttpMethod.Post, "subscriptions", organizationId: Org,
            content: HubHttp.Json($$"""{"serviceId":"{{service.Id}}","applicationId":"{{personalApplication.Id}}"}""")));
    }

    [Theory]
    [InlineData("CREATED")]
    [InlineData("ACCESSIBLE")]
    public async Task An_unpublished_service_of_another_account_is_404(string lifecycle)
    {
        var bobsService = (await Http.ServicesAsync(await BobsOrganizationAsync(), Tokens.Bob)).First(s => s.Lifecycle == new ServiceLifecycle(lifecycle));
        var application = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Org))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(HttpMethod.Post, "subscriptions", organizationId: Org,
            content: HubHttp.Json($$"""{"serviceId":"{{bobsService.Id}}","applicationId":"{{application.Id}}"}""")));
    }

    [Fact]
    public async Task A_created_service_of_the_same_account_is_409()
    {
        var created = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);
        var application = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Org))[0];

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict, () => Http.SendAsync(HttpMethod.Post, "subscriptions", organizationId: Org,
            content: HubHttp.Json($$"""{"serviceId":"{{created.Id}}","applicationId":"{{application.Id}}"}""")));

        error.ErrorMessage.Should().Contain("publish");
    }

    [Fact]
    public async Task Subscribing_the_same_application_to_the_same_service_twice_is_409()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("twice", Org);
        var first = await Http.SubscribeAsync(application.Id, service.Id, Org);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict, () => Http.SendAsync(HttpMethod.Post, "subscriptions", organizationId: Org,
            content: HubHttp.Json($$"""{"serviceId":"{{service.Id}}","applicationId":"{{application.Id}}"}""")));

        error.ErrorMessage.Should().Contain(first.Id);
    }

    [Fact]
    public async Task Deleting_a_subscription_cancels_it()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("cancel me", Org);
        var subscription = await Http.SubscribeAsync(application.Id, service.Id, Org);

        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"subscriptions/{subscription.Id}", organizationId: Org);

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await Http.FetchAsync($"subscriptions/{subscription.Id}", Org)).ReadErrorAsync(HttpStatusCode.NotFound);
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound, () => Http.SendAsync(HttpMethod.Delete, $"subscriptions/{subscription.Id}", organizationId: Org));
    }

    [Fact]
    public async Task Seeded_subscriptions_have_executions_with_api_statuses()
    {
        var known = new[] { ExecutionStatus.Unknown, ExecutionStatus.Pending, ExecutionStatus.Running, ExecutionStatus.Succeeded, ExecutionStatus.Failed, ExecutionStatus.Cancelled };
        var executions = new List<ServiceExecution>();
        foreach (var organization in new[] { null, Org })
        {
            foreach (var application in await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", organization))
            {
                foreach (var subscription in await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions", organization))
                {
                    executions.AddRange(await Http.GetJsonAsync<IReadOnlyList<ServiceExecution>>($"subscriptions/{subscription.Id}/service-executions", organization));
                }
            }
        }

        executions.Should().NotBeEmpty();
        executions.Should().OnlyContain(e => known.Contains(e.Status!.Value));
        executions.Where(e => e.Status == ExecutionStatus.Succeeded && !(e.EndedAt >= e.StartedAt && e.StartedAt >= e.CreatedAt)).Should().BeEmpty();
        executions.Where(e => e.Status == ExecutionStatus.Pending && e.StartedAt != null).Should().BeEmpty();
    }

    [Fact]
    public async Task A_new_subscription_has_no_executions()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var application = await Http.CreateApplicationAsync("fresh", Org);
        var subscription = await Http.SubscribeAsync(application.Id, service.Id, Org);

        (await Http.GetJsonAsync<IReadOnlyList<ServiceExecution>>($"subscriptions/{subscription.Id}/service-executions", Org)).Should().BeEmpty();
    }
}
