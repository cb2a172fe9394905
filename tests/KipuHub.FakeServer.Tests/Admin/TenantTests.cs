using KipuHub.Errors;

namespace KipuHub.FakeServer.Tests.Admin;

public sealed class TenantTests : FakeHubTest
{
    [Fact]
    public async Task A_per_test_tenant_has_fresh_members_in_the_chosen_roles()
    {
        using var tenant = Hub.CreateTenant("Team A", PermissionRole.Owner, PermissionRole.Viewer);
        using var owner = tenant.CreateClient();
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);

        tenant.Name.Should().Be("Team A");
        tenant.Members.Select(m => m.Role).Should().Equal(PermissionRole.Owner, PermissionRole.Viewer);
        tenant.Members.Select(m => m.Token).Should().OnlyHaveUniqueItems().And.NotContain(FakeHubServer.DemoToken);
        (await owner.Applications.ListAsync()).Should().BeEmpty("a new tenant starts empty");
        (await owner.Services.Page(0, 20).ListAsync()).TotalElements.Should().Be(0);
        var created = await owner.Applications.CreateAsync(new CreateApplicationRequest { Name = "mine" });
        (await viewer.Applications.ListAsync()).Should().ContainSingle().Which.Id.Should().Be(created.Id);
        var viewerWrite = () => viewer.Applications.CreateAsync(new CreateApplicationRequest { Name = "not allowed" });
        await viewerWrite.Should().ThrowAsync<ForbiddenException>();
        var accounts = await owner.Users.GetAccountsAsync();
        accounts.Should().Contain(a => a.Id == tenant.Id && a.Role == PermissionRole.Owner);
    }

    [Fact]
    public async Task Tests_sharing_a_server_cannot_see_each_others_tenants()
    {
        using var first = Hub.CreateTenant(PermissionRole.Owner);
        using var second = Hub.CreateTenant(PermissionRole.Owner);
        using var firstClient = first.CreateClient();
        await firstClient.Applications.CreateAsync(new CreateApplicationRequest { Name = "first only" });

        using var intruder = Hub.CreateClient(second.Members[0].Token, first.Id);
        var act = () => intruder.Applications.ListAsync();

        await act.Should().ThrowAsync<ForbiddenException>();
        using var secondClient = second.CreateClient();
        (await secondClient.Applications.ListAsync()).Should().BeEmpty();
        using var demoInFirst = await Http.FetchAsync("v2/applications", first.Id);
        demoInFirst.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Disposing_a_tenant_removes_it_its_members_and_their_data()
    {
        var before = Hub.Store.Fingerprint();
        var tenant = Hub.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer);
        using (var client = tenant.CreateClient())
        {
            await client.Applications.CreateAsync(new CreateApplicationRequest { Name = "gone soon" });
        }

        tenant.Dispose();
        tenant.Dispose();

        using var owner = await Http.FetchAsync("v2/applications", token: tenant.Members[0].Token);
        owner.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var inOrg = await Http.FetchAsync("v2/applications", tenant.Id);
        inOrg.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        Hub.Store.Fingerprint().Should().NotBe(before, "the id sequence moved on, so later ids stay unique");
    }

    [Fact]
    public async Task Tenants_over_HTTP_are_created_with_members_and_removed()
    {
        var created = await Hub.AdminJsonAsync(HttpMethod.Post, "tenants",
            """{"name":"Http Org","members":[{"username":"ops","role":"MAINTAINER"},{"role":"OWNER"}]}""", HttpStatusCode.Created);

        var id = created.GetProperty("id").GetString()!;
        created.GetProperty("name").GetString().Should().Be("Http Org");
        var members = created.GetProperty("members");
        members[0].GetProperty("role").GetString().Should().Be("MAINTAINER");
        members[0].GetProperty("username").GetString().Should().StartWith("ops-");
        var token = members[0].GetProperty("token").GetString()!;
        using (var response = await Http.FetchAsync("v2/applications", id, token))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await Hub.AdminJsonAsync(HttpMethod.Delete, $"tenants/{id}");

        using var after = await Http.FetchAsync("v2/applications", id, token);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_full_reset_removes_created_tenants()
    {
        var tenant = Hub.CreateTenant();

        Hub.Reset();

        using var response = await Http.FetchAsync("v2/applications", token: tenant.Members[0].Token);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        tenant.Dispose();
    }
}
