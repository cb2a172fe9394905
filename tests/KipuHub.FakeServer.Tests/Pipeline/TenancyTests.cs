namespace KipuHub.FakeServer.Tests.Pipeline;

public sealed class TenancyTests : FakeHubTest
{
    private const string UnknownUuid = "3f2c8a9e-0000-4000-8000-000000000000";

    [Theory]
    [InlineData("services?size=2000")]
    [InlineData("v2/applications")]
    [InlineData("datapools")]
    public async Task Each_account_sees_only_its_own_resources(string list)
    {
        var personal = await IdsAsync(list, null);
        var organization = await IdsAsync(list, Hub.DemoOrganizationId);
        var viewer = await IdsAsync(list, Hub.ViewerOrganizationId);
        var bobsOwn = await IdsAsync(list, null, Tokens.Bob);

        personal.Should().NotBeEmpty();
        organization.Should().NotBeEmpty();
        viewer.Should().NotBeEmpty();
        personal.Intersect(organization).Should().BeEmpty();
        personal.Intersect(viewer).Should().BeEmpty();
        organization.Intersect(viewer).Should().BeEmpty();
        bobsOwn.Intersect(personal.Concat(organization).Concat(viewer)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_resource_of_another_account_is_404_by_id_not_403()
    {
        var orgService = (await Http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services", Hub.DemoOrganizationId)).Content![0];
        var orgPool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools", Hub.DemoOrganizationId))[0];
        var orgApp = (await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Hub.DemoOrganizationId))[0];

        // From the personal account of the same user, and from the organization's viewer view of another org.
        foreach (var organization in new[] { null, Hub.ViewerOrganizationId })
        {
            (await (await Http.FetchAsync($"services/{orgService.Id}", organization)).ReadErrorAsync(HttpStatusCode.NotFound))
                .ErrorMessage.Should().Contain(orgService.Id);
            await (await Http.FetchAsync($"services/{orgService.Id}/versions/{orgService.ServiceDefinitionId}", organization)).ReadErrorAsync(HttpStatusCode.NotFound);
            await (await Http.FetchAsync($"datapools/{orgPool.Id}", organization)).ReadErrorAsync(HttpStatusCode.NotFound);
            await (await Http.FetchAsync($"datapools/{orgPool.Id}/files", organization)).ReadErrorAsync(HttpStatusCode.NotFound);
            await (await Http.FetchAsync($"v2/applications/{orgApp.Id}", organization)).ReadErrorAsync(HttpStatusCode.NotFound);
        }
        (await Http.GetJsonAsync<Service>($"services/{orgService.Id}", Hub.DemoOrganizationId)).Id.Should().Be(orgService.Id);
    }

    [Fact]
    public async Task Writing_to_a_resource_of_another_account_is_404_and_changes_nothing()
    {
        var orgPool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools", Hub.DemoOrganizationId))[0];

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound,
            () => Http.SendAsync(HttpMethod.Put, $"datapools/{orgPool.Id}", content: HubHttp.Json("""{"name":"stolen"}""")));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.NotFound,
            () => Http.SendAsync(HttpMethod.Delete, $"datapools/{orgPool.Id}"));
    }

    [Fact]
    public async Task An_organization_the_user_is_not_a_member_of_is_403()
    {
        var bobsOrganization = (await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Bob)).Single(a => a.IsOrganization).Id;

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden, () => Http.SendAsync(HttpMethod.Get, "services", organizationId: bobsOrganization));

        error.ErrorMessage.Should().Contain("not a member").And.Contain("/my/accounts");
    }

    [Theory]
    [InlineData(UnknownUuid)]
    [InlineData("not-a-uuid")]
    public async Task An_unknown_organization_is_403_like_a_foreign_one(string organizationId)
    {
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden, () => Http.SendAsync(HttpMethod.Get, "datapools", organizationId: organizationId));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden,
            () => Http.SendAsync(HttpMethod.Post, "datapools", organizationId: organizationId, content: HubHttp.Json("""{"name":"x"}""")));
    }

    [Fact]
    public async Task Another_users_personal_account_is_not_an_organization()
    {
        var alicesAccount = (await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Alice)).Single(a => !a.IsOrganization).Id;

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden, () => Http.SendAsync(HttpMethod.Get, "services", organizationId: alicesAccount));
    }

    [Fact]
    public async Task The_own_personal_account_id_as_organization_header_means_the_personal_account()
    {
        using var withHeader = await Http.FetchAsync("datapools", Hub.DemoUserId);
        using var withoutHeader = await Http.FetchAsync("datapools");

        withoutHeader.StatusCode.Should().Be(HttpStatusCode.OK);
        (await withHeader.Content.ReadAsStringAsync()).Should().Be(await withoutHeader.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_write_or_delete()
    {
        var lab = Hub.ViewerOrganizationId;
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools", lab))[0];
        var service = (await Http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services", lab)).Content![0];
        pool.CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        service.CurrentUserPermission.Should().Be(PermissionRole.Viewer);

        var write = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden,
            () => Http.SendAsync(HttpMethod.Post, "datapools", organizationId: lab, content: HubHttp.Json("""{"name":"mine"}""")));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden,
            () => Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", organizationId: lab, content: HubHttp.Json("""{"name":"mine"}""")));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden,
            () => Http.SendAsync(HttpMethod.Post, $"services/{service.Id}/versions/{service.ServiceDefinitionId}/publish", organizationId: lab));
        var delete = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden,
            () => Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}", organizationId: lab));

        write.ErrorMessage.Should().Contain("VIEWER").And.Contain("MAINTAINER");
        delete.ErrorMessage.Should().Contain("OWNER");
    }

    [Fact]
    public async Task A_maintainer_may_write_but_only_an_owner_may_delete()
    {
        var org = Hub.DemoOrganizationId;
        using var created = await Http.SendAsync(HttpMethod.Post, "datapools", Tokens.Alice, org, HubHttp.Json("""{"name":"Alice's pool"}"""));
        var pool = await created.ReadJsonAsync<DataPool>();
        pool.CurrentUserPermission.Should().Be(PermissionRole.Maintainer);

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Forbidden, () => Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}", Tokens.Alice, org));
        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"datapools/{pool.Id}", Tokens.Demo, org);
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_resource_created_in_an_organization_belongs_to_it_only()
    {
        using var created = await Http.SendAsync(HttpMethod.Post, "v2/applications", organizationId: Hub.DemoOrganizationId, content: HubHttp.Json("""{"name":"Org app"}"""));
        var application = await created.ReadJsonAsync<Application>();

        (await IdsAsync("v2/applications", Hub.DemoOrganizationId)).Should().Contain(application.Id);
        (await IdsAsync("v2/applications", null)).Should().NotContain(application.Id);
        (await IdsAsync("v2/applications", Hub.DemoOrganizationId, Tokens.Alice)).Should().Contain(application.Id, "alice is a member of the organization");
    }

    [Fact]
    public async Task Global_endpoints_ignore_the_organization_header()
    {
        using var withoutHeader = await Http.FetchAsync("v2/apis");
        var plain = await withoutHeader.Content.ReadAsStringAsync();
        using var withForeign = await Http.FetchAsync("v2/apis", UnknownUuid);
        using var authorize = await Http.SendAsync(HttpMethod.Post, "authorize", organizationId: UnknownUuid);

        withoutHeader.StatusCode.Should().Be(HttpStatusCode.OK);
        withForeign.StatusCode.Should().Be(HttpStatusCode.OK);
        (await withForeign.Content.ReadAsStringAsync()).Should().Be(plain);
        authorize.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<List<string>> IdsAsync(string list, string? organizationId, string token = Tokens.Demo)
    {
        using var response = await Http.FetchAsync(list, organizationId, token);
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var items = document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("content");
        return [.. items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
