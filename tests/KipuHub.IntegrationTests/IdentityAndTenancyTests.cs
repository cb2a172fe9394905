using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

public sealed class IdentityAndTenancyTests : FakeHubTest
{
    [Fact]
    public async Task Authorize_ReturnsTheDemoUsersTokenPrincipal_WithEveryMembership()
    {
        var principal = await Hub.Authentication.AuthorizeAsync();

        principal.Id.Should().Be(Fake.DemoUserId);
        principal.AccessToken!.Name.Should().Be("demo token");
        principal.AccountType.Should().Be(AccountPlan.Basic);
        principal.OrganizationMemberships.Should().BeEquivalentTo(
        [
            new OrganizationMembership { Id = Fake.DemoOrganizationId, AccountType = AccountPlan.Business, Role = PermissionRole.Owner },
            new OrganizationMembership { Id = Fake.ViewerOrganizationId, AccountType = AccountPlan.Pro, Role = PermissionRole.Viewer },
        ]);
        principal.ToString().Should().NotContain(FakeHubServer.DemoToken);
    }

    [Fact]
    public async Task Accounts_ListThePersonalAccountAndBothOrganizationsWithRoles()
    {
        var accounts = await Hub.Users.GetAccountsAsync();

        accounts.Should().ContainSingle(a => !a.IsOrganization);
        accounts.Should().ContainSingle(a => a.Id == Fake.DemoOrganizationId && a.DisplayName == "Kipu Demo Org" && a.Role == PermissionRole.Owner);
        accounts.Should().ContainSingle(a => a.Id == Fake.ViewerOrganizationId && a.DisplayName == "Qubit Research Lab" && a.Role == PermissionRole.Viewer);
    }

    [Fact]
    public async Task UnknownToken_IsUnauthorized_AndTheTokenIsNotInTheMessage()
    {
        using var stranger = Fake.CreateClient("not-a-real-token-4711");

        var error = (await FluentActions.Awaiting(() => stranger.Services.ListAsync()).Should().ThrowAsync<UnauthorizedException>()).Which;

        error.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        error.ToString().Should().NotContain("not-a-real-token-4711");
    }

    [Fact]
    public async Task OrganizationData_IsNeverVisibleFromThePersonalAccountOrAnotherOrganization()
    {
        var orgServices = await Hub.Services.InOrg(Org).AllAsync().Select(s => s.Id).ToListAsync();
        var personal = await Hub.Services.InPersonalAccount().AllAsync().Select(s => s.Id).ToListAsync();
        var viewerOrg = await Hub.Services.InOrg(Fake.ViewerOrganizationId).AllAsync().Select(s => s.Id).ToListAsync();

        personal.Should().NotBeEmpty().And.NotIntersectWith(orgServices);
        viewerOrg.Should().NotBeEmpty().And.NotIntersectWith(orgServices);
        await FluentActions.Awaiting(() => Hub.Services.InPersonalAccount().GetAsync(orgServices[0])).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.Services.InOrg(Fake.ViewerOrganizationId).GetAsync(orgServices[0])).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task CreatedResources_StayInTheirTenant()
    {
        var app = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Org only" });
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Org only" });

        (await Hub.Applications.InPersonalAccount().ListAsync()).Should().NotContain(a => a.Id == app.Id);
        (await Hub.DataPools.InPersonalAccount().ListAsync()).Should().NotContain(d => d.Id == pool.Id);
        await FluentActions.Awaiting(() => Hub.Applications.InPersonalAccount().GetAsync(app.Id)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.DataPools.InPersonalAccount().DeleteAsync(pool.Id)).Should().ThrowAsync<NotFoundException>();
        (await Hub.DataPools.InOrg(Org).GetAsync(pool.Id)).Id.Should().Be(pool.Id);
    }

    [Fact]
    public async Task ANonMemberOrganization_IsForbidden()
    {
        using var bob = Fake.CreateClient("bob-token");
        var bobsOrg = (await bob.Users.GetAccountsAsync()).Single(a => a.IsOrganization).Id;

        await FluentActions.Awaiting(() => Hub.Services.InOrg(bobsOrg).ListAsync()).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => Hub.Services.InOrg("00000000-0000-0000-0000-000000000000").ListAsync()).Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task AViewer_CanReadButNotWrite()
    {
        var viewerOrg = Fake.ViewerOrganizationId;
        var before = await Hub.Applications.InOrg(viewerOrg).ListAsync();

        await FluentActions.Awaiting(() => Hub.Applications.InOrg(viewerOrg).CreateAsync(new CreateApplicationRequest { Name = "Nope" }))
            .Should().ThrowAsync<ForbiddenException>();

        (await Hub.Applications.InOrg(viewerOrg).ListAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task ClientDefaultOrganization_IsUsedUntilAQuerySaysOtherwise()
    {
        using var scoped = Fake.CreateClient(FakeHubServer.DemoToken, Org);

        (await scoped.Services.ListAsync()).TotalElements.Should().Be(57);
        (await scoped.Services.InPersonalAccount().ListAsync()).TotalElements.Should().NotBe(57);
    }
}
