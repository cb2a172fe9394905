using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// An organization's members, client against fake over loopback: any member lists them, only an OWNER changes roles
/// or removes others, any member may leave, and the last OWNER can neither leave, be removed nor be demoted.
/// </summary>
public sealed class OrganizationMembersTests : FakeHubTest
{
    [Fact]
    public async Task List_PagesTheMembers_InTheOrderTheyJoined_FilterableByRole()
    {
        var first = await Hub.Organizations.Members(Org).Page(0, 20).ListAsync();
        var maintainers = await Hub.Organizations.Members(Org).Where(m => m.Role == PermissionRole.Maintainer).Page(0, 100).AllAsync().ToListAsync();

        (first.TotalElements, first.TotalPages).Should().Be((26L, 2));
        first.Content.Take(2).Select(m => (m.Username, m.Role)).Should().Equal(("demo", PermissionRole.Owner), ("alice", PermissionRole.Maintainer));
        first.Content.Should().OnlyContain(m => m.DisplayName!.Length > 0);
        maintainers.Should().Contain(m => m.Username == "alice").And.OnlyContain(m => m.Role == PermissionRole.Maintainer);
        Fake.Journal.ShouldHaveCalled(HubCatalog.OrganizationMembersList).WithQuery("role", "MAINTAINER").Once();
    }

    [Fact]
    public async Task SetRole_ByAnOwner_ChangesTheRoleEverywhereAtOnce()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var viewerId = tenant.Member(PermissionRole.Viewer).UserId;

        var promoted = await owner.Organizations.Members(tenant.Id).SetRoleAsync(viewerId, PermissionRole.Maintainer);

        promoted.Role.Should().Be(PermissionRole.Maintainer);
        (await viewer.Users.GetAccountsAsync()).Single(a => a.Id == tenant.Id).Role.Should().Be(PermissionRole.Maintainer);
        (await viewer.Organizations.UpdateAsync(tenant.Id, new UpdateOrganizationRequest { Name = "Now I may" })).Name.Should().Be("Now I may");
    }

    [Fact]
    public async Task Roles_OnlyAnOwnerChangesRolesOrRemovesOthers_AnyMemberLeaves()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var (ownerId, viewerId) = (tenant.Member(PermissionRole.Owner).UserId, tenant.Member(PermissionRole.Viewer).UserId);

        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.Members(tenant.Id).SetRoleAsync(viewerId, PermissionRole.Owner));
        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.Members(tenant.Id).RemoveAsync(viewerId));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.Members(tenant.Id).RemoveAsync(ownerId));
        await viewer.Organizations.Members(tenant.Id).RemoveAsync(viewerId);

        denied.ErrorMessage.Should().Contain("may remove only itself");
        (await maintainer.Organizations.Members(tenant.Id).AllAsync().ToListAsync()).Select(m => m.Id).Should().NotContain(viewerId);
        await FluentActions.Awaiting(() => viewer.Organizations.GetAsync(tenant.Id)).Should().ThrowAsync<NotFoundException>("who left is a non-member");
    }

    [Fact]
    public async Task TheLastOwner_CannotLeave_BeRemoved_OrBeDemoted()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        var (ownerId, maintainerId) = (tenant.Member(PermissionRole.Owner).UserId, tenant.Member(PermissionRole.Maintainer).UserId);

        var leave = await ExpectNothingChangedAsync<ConflictException>(() => owner.Organizations.Members(tenant.Id).RemoveAsync(ownerId));
        var demote = await ExpectNothingChangedAsync<ConflictException>(() => owner.Organizations.Members(tenant.Id).SetRoleAsync(ownerId, PermissionRole.Viewer));
        await owner.Organizations.Members(tenant.Id).SetRoleAsync(maintainerId, PermissionRole.Owner);
        await owner.Organizations.Members(tenant.Id).SetRoleAsync(ownerId, PermissionRole.Viewer);

        leave.ErrorMessage.Should().Contain("last OWNER").And.Contain("cannot leave");
        demote.ErrorMessage.Should().Contain("make another member OWNER first");
        (await owner.Organizations.GetAsync(tenant.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer, "with a second OWNER the first may step down");
    }

    [Fact]
    public async Task BadInput_UnknownMember_Is404_AndAnUnknownRole422_AndNothingChanges()
    {
        var unknown = await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Organizations.Members(Org).SetRoleAsync("no-such-user", PermissionRole.Viewer));
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Organizations.Members(Org).RemoveAsync("no-such-user"));
        var role = await ExpectNothingChangedAsync<UnprocessableEntityException>(() =>
            Hub.Organizations.Members(Org).SetRoleAsync(Fake.DemoUserId, PermissionRole.FromValue("ADMIN")));

        unknown.ErrorMessage.Should().Contain("not a member").And.Contain("/members");
        role.ErrorMessage.Should().Contain("'ADMIN'").And.Contain("OWNER, MAINTAINER, VIEWER");
    }
}
