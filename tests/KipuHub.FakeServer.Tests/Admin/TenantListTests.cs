namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>GET /_admin/tenants and FakeHubServer.ListTenants: the same list, with roles and never a token.</summary>
public sealed class TenantListTests : FakeHubTest
{
    [Fact]
    public void The_list_has_the_seeded_organizations_and_a_created_tenant_with_its_members_roles()
    {
        using var tenant = Hub.CreateTenant("Listed Org", PermissionRole.Owner, PermissionRole.Viewer);

        var tenants = Hub.ListTenants();

        var demoOrg = tenants.Single(t => t.Id == Hub.DemoOrganizationId);
        demoOrg.Should().Match<FakeHubAccount>(t => t.IsOrganization && t.Seeded && t.Name == "Kipu Demo Org");
        demoOrg.Members.Should().Contain(new FakeHubAccountMember(Hub.DemoUserId, "demo", PermissionRole.Owner));
        var listed = tenants.Single(t => t.Id == tenant.Id);
        listed.Should().Match<FakeHubAccount>(t => t.IsOrganization && !t.Seeded && t.Name == "Listed Org");
        listed.Members.Should().Equal(tenant.Members.Select(m => new FakeHubAccountMember(m.UserId, m.Username, m.Role)));
        tenants.Should().Contain(t => t.Id == Hub.DemoUserId && !t.IsOrganization && t.Seeded, "personal accounts are tenants too");
        tenants.TakeWhile(t => t.IsOrganization).Should().HaveCount(tenants.Count(t => t.IsOrganization), "organizations come first");
    }

    [Fact]
    public async Task Over_HTTP_it_is_the_same_list_and_holds_no_token()
    {
        using var tenant = Hub.CreateTenant(PermissionRole.Maintainer);
        using var response = await Hub.AdminAsync(HttpMethod.Get, "tenants");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = System.Text.Json.JsonSerializer.Deserialize<List<FakeHubAccount>>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        listed.Should().BeEquivalentTo(Hub.ListTenants(), o => o.WithStrictOrdering());
        body.Should().NotContain("token", "the list is for showing: tokens stay with FakeHubSeedInfo and FakeHubTenant")
            .And.NotContain(tenant.Members[0].Token).And.NotContain(FakeHubServer.DemoToken);
        body.Should().Contain($"\"id\":\"{tenant.Id}\"").And.Contain("\"role\":\"MAINTAINER\"");

        tenant.Dispose();
        (await (await Hub.AdminAsync(HttpMethod.Get, "tenants")).Content.ReadAsStringAsync()).Should().NotContain(tenant.Id, "a removed tenant is gone from the list");
    }
}
