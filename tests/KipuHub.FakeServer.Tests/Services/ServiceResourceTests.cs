namespace KipuHub.FakeServer.Tests.Services;

public sealed class ServiceResourceTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    [Fact]
    public async Task A_service_has_exactly_one_version_consistent_with_its_overview()
    {
        var overview = (await Http.ServicesAsync(null))[0];

        var service = await Http.GetJsonAsync<Service>($"services/{overview.Id}");
        var versions = await Http.GetJsonAsync<IReadOnlyList<ServiceDefinition>>($"services/{overview.Id}/versions");
        var version = await Http.GetJsonAsync<ServiceDefinition>(overview.VersionPath());

        service.Name.Should().Be(overview.Name);
        service.CurrentUserPermission.Should().Be(PermissionRole.Owner);
        service.ServiceDefinitions.Should().ContainSingle().Which.Should().BeEquivalentTo(version);
        versions.Should().ContainSingle().Which.Should().BeEquivalentTo(version);
        version.Id.Should().Be(overview.ServiceDefinitionId);
        version.Lifecycle.Should().Be(overview.Lifecycle);
        version.Version.Should().NotBeNullOrEmpty();
        version.PricingPlans.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_version_of_a_known_service_is_404()
    {
        var overview = (await Http.ServicesAsync(null))[0];

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound,
            () => Http.FetchAsync($"services/{overview.Id}/versions/{overview.Id}"));

        error.ErrorMessage.Should().Contain("/versions");
    }

    [Fact]
    public async Task Updating_a_version_changes_the_named_fields_and_keeps_the_rest()
    {
        var overview = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);
        var before = await Http.GetJsonAsync<ServiceDefinition>(overview.VersionPath(), Org);
        var industries = await IndustriesAsync();

        using var response = await Http.SendAsync(HttpMethod.Put, overview.VersionPath(), organizationId: Org, content: HubHttp.Json(
            $$"""{"description":"Solves it faster.","industryUuids":["{{industries[0].Uuid}}","{{industries[1].Uuid}}"]}"""));
        var updated = await response.ReadJsonAsync<ServiceDefinition>();

        updated.Description.Should().Be("Solves it faster.");
        updated.Industries!.Select(i => i.Uuid).Should().Equal(industries[0].Uuid, industries[1].Uuid);
        updated.Source.Should().Be(before.Source);
        updated.Lifecycle.Should().Be(before.Lifecycle);
        updated.ModifiedAt.Should().Be(Hub.Options.ReferenceDate.AddSeconds(1), "the first write of a run is stamped reference date + 1 s");
        (await Http.GetJsonAsync<ServiceDefinition>(overview.VersionPath(), Org)).Should().BeEquivalentTo(updated);
    }

    [Fact]
    public async Task Updating_the_source_to_a_registry_image_is_kept()
    {
        var overview = (await Http.ServicesAsync(null))[0];

        using var response = await Http.SendAsync(HttpMethod.Put, overview.VersionPath(), content: HubHttp.Json(
            """{"source":{"type":"RegistrySource","image":"ghcr.io/kipu/solver","tag":"2.1"}}"""));

        (await response.ReadJsonAsync<ServiceDefinition>()).Source.Should().BeEquivalentTo(new ServiceSource { Type = "RegistrySource", Image = "ghcr.io/kipu/solver", Tag = "2.1" });
    }

    [Theory]
    [InlineData("""{"industryUuids":["00000000-0000-0000-0000-000000000000"]}""", "Unknown industry")]
    [InlineData("""{"source":{"type":"GitSource"}}""", "FileSource, RegistrySource")]
    [InlineData("""{"source":{"type":"RegistrySource"}}""", "image")]
    public async Task An_invalid_version_update_is_422_and_changes_nothing(string body, string expected)
    {
        var overview = (await Http.ServicesAsync(null))[0];

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
            () => Http.SendAsync(HttpMethod.Put, overview.VersionPath(), content: HubHttp.Json(body)), overview.VersionPath());

        error.ErrorMessage.Should().Contain(expected);
    }

    [Fact]
    public async Task Build_status_and_logs_describe_the_latest_build()
    {
        var failed = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Failure);
        var built = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);

        var failedBuild = await Http.GetJsonAsync<BuildJob>(failed.VersionPath() + "/build-status", Org);
        var builtBuild = await Http.GetJsonAsync<BuildJob>(built.VersionPath() + "/build-status", Org);
        using var logs = await Http.FetchAsync(failed.VersionPath() + "/build-logs", Org);
        var text = await logs.Content.ReadAsStringAsync();

        failedBuild.Status.Should().Be(BuildStatus.Failure);
        failedBuild.ValidationResult!.State.Should().Be(ValidationState.Error);
        failedBuild.FinishedAt.Should().BeAfter(failedBuild.CreatedAt!.Value);
        builtBuild.Status.Should().Be(BuildStatus.Success);
        logs.StatusCode.Should().Be(HttpStatusCode.OK);
        logs.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCountGreaterThan(2);
        text.Should().Contain("Build failed");
    }

    [Fact]
    public async Task A_working_build_has_not_finished()
    {
        var working = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Working);

        var build = await Http.GetJsonAsync<BuildJob>(working.VersionPath() + "/build-status", Org);

        build.Status.Should().Be(BuildStatus.Working);
        build.FinishedAt.Should().BeNull();
    }

    [Fact]
    public async Task The_provider_sees_subscriptions_from_other_accounts_but_not_their_permissions()
    {
        var bobsOrganization = (await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Bob)).Single(a => a.IsOrganization).Id;
        var bobsService = (await Http.ServicesAsync(bobsOrganization, Tokens.Bob)).First(s => s.Lifecycle == ServiceLifecycle.Published);
        var application = await Http.CreateApplicationAsync("Uses Bob's service", Org);
        var subscription = await Http.SubscribeAsync(application.Id, bobsService.Id, Org);

        var seenByBob = await Http.VersionSubscriptionsAsync(bobsService, bobsOrganization, Tokens.Bob);

        var entry = seenByBob.Single(s => s.Id == subscription.Id);
        entry.Application!.Id.Should().Be(application.Id);
        entry.Application.CurrentUserPermission.Should().BeNull("bob has no role on the demo organization's application");
        entry.Api!.ServiceId.Should().Be(bobsService.Id);
        await (await Http.FetchAsync($"subscriptions/{subscription.Id}", bobsOrganization, Tokens.Bob)).ReadErrorAsync(HttpStatusCode.NotFound);
    }

    private async Task<IReadOnlyList<TaxonomyElement>> IndustriesAsync()
    {
        // The taxonomy is not served by the catalog; any listed industry shows its uuids.
        var apis = await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis");
        var known = apis.SelectMany(a => a.Industries ?? []).DistinctBy(i => i.Uuid).OrderBy(i => i.Uuid, StringComparer.Ordinal).ToList();
        known.Should().HaveCountGreaterThan(1);
        return known;
    }
}
