using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Invitations from both ends, client against fake over loopback: an OWNER invites an email, the user with that email
/// sees it and accepts (a member at once, in its accounts and the members list) or declines; an invitation is visible
/// only to its organization's OWNERs and its invitee.
/// </summary>
public sealed class OrganizationInvitationsTests : FakeHubTest
{
    private const string BobToken = "bob-token";

    [Fact]
    public async Task Accept_MakesTheInviteeAMember_WithTheInvitedRole_VisibleAtOnce()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var invitee = tenant.CreateClient();
        var email = tenant.Members[0].Email;

        var invitation = await Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = email, Role = PermissionRole.Maintainer });
        var pending = await invitee.Users.Invitations().AllAsync().ToListAsync();
        var accepted = await invitee.Users.Invitations().AcceptAsync(invitation.Id);

        (invitation.State, invitation.InvitedBy, invitation.OrganizationName).Should().Be((InvitationState.Pending, "demo", "Kipu Demo Org"));
        pending.Should().ContainSingle(i => i.Id == invitation.Id);
        accepted.State.Should().Be(InvitationState.Accepted);
        (await invitee.Users.GetAccountsAsync()).Should().Contain(a => a.Id == Org && a.Role == PermissionRole.Maintainer);
        (await Hub.Organizations.Members(Org).AllAsync().ToListAsync()).Should().Contain(m => m.Id == tenant.Members[0].UserId && m.Role == PermissionRole.Maintainer);
        (await invitee.UseCases.InOrg(Org).Page(0, 1).ListAsync()).TotalElements.Should().Be(26, "the new member acts in the organization at once");
        (await invitee.Users.Invitations().AllAsync().ToListAsync()).Should().BeEmpty("only pending invitations are listed");
        var again = await ExpectNothingChangedAsync<ConflictException>(() => invitee.Users.Invitations().AcceptAsync(invitation.Id));
        again.ErrorMessage.Should().Contain("ACCEPTED").And.Contain("PENDING");
    }

    [Fact]
    public async Task Decline_KeepsTheInviteeOut_AndTheOwnerSeesTheAnswer()
    {
        using var bob = Fake.CreateClient(BobToken);
        var invitation = (await bob.Users.Invitations().AllAsync().ToListAsync()).Should().ContainSingle("the seed invites bob to the lab").Subject;

        var declined = await bob.Users.Invitations().DeclineAsync(invitation.Id);

        declined.State.Should().Be(InvitationState.Declined);
        (await bob.Users.GetAccountsAsync()).Should().NotContain(a => a.Id == invitation.OrganizationId);
        using var alice = Fake.CreateClient("alice-token");
        (await alice.Organizations.Invitations(invitation.OrganizationId!).AllAsync().ToListAsync())
            .Should().ContainSingle(i => i.Id == invitation.Id).Which.State.Should().Be(InvitationState.Declined);
        await ExpectNothingChangedAsync<ConflictException>(() => bob.Users.Invitations().AcceptAsync(invitation.Id));
    }

    [Fact]
    public async Task List_OfTheDemoOrganization_PagesItsInvitations_FilterableByState()
    {
        var first = await Hub.Organizations.Invitations(Org).Page(0, 20).ListAsync();
        var accepted = await Hub.Organizations.Invitations(Org).Where(i => i.State == InvitationState.Accepted).Page(0, 100).AllAsync().ToListAsync();

        (first.TotalElements, first.TotalPages).Should().Be((26L, 2));
        first.Content.Select(i => i.CreatedAt).Should().BeInAscendingOrder();
        accepted.Should().HaveCount(3).And.OnlyContain(i => i.OrganizationId == Org);
        var members = await Hub.Organizations.Members(Org).AllAsync().ToListAsync();
        accepted.Should().OnlyContain(i => members.Any(m => m.Role == i.Role), "the seeded accepted invitations are of members who joined through them");
    }

    [Fact]
    public async Task Create_ForAMembersEmail_OrAPendingOne_IsAConflict()
    {
        var aliceEmail = Fake.SeedInfo.Organizations[0].Members[1].Email;
        var member = await ExpectNothingChangedAsync<ConflictException>(() =>
            Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = aliceEmail.ToUpperInvariant(), Role = PermissionRole.Viewer }));
        await Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = "newcomer@example.net", Role = PermissionRole.Viewer });
        var pending = await ExpectNothingChangedAsync<ConflictException>(() =>
            Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = "Newcomer@Example.NET", Role = PermissionRole.Owner }));

        member.ErrorMessage.Should().Contain("alice").And.Contain("already MAINTAINER");
        pending.ErrorMessage.Should().Contain("pending invitation").And.Contain("withdraw");
    }

    [Fact]
    public async Task Withdraw_TakesTheInvitationAway_FromTheInviteeToo()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var invitee = tenant.CreateClient();
        var invitation = await Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = tenant.Members[0].Email, Role = PermissionRole.Viewer });

        await Hub.Organizations.Invitations(Org).DeleteAsync(invitation.Id);

        (await invitee.Users.Invitations().AllAsync().ToListAsync()).Should().BeEmpty();
        await ExpectNothingChangedAsync<NotFoundException>(() => invitee.Users.Invitations().AcceptAsync(invitation.Id));
        var gone = await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Organizations.Invitations(Org).DeleteAsync(invitation.Id));

        // The organization's invitations are addressed by the path, not by the X-OrganizationId header.
        gone.ErrorMessage.Should().Contain("/organizations/{id}/invitations lists what the account can see")
            .And.Contain("{id} in the path selects the organization").And.NotContain("X-OrganizationId");
    }

    [Fact]
    public async Task Roles_OnlyAnOwnerSeesOrSendsInvitations()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        var invite = new CreateInvitationRequest { Email = "someone@example.net", Role = PermissionRole.Viewer };

        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.Invitations(tenant.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.Invitations(tenant.Id).CreateAsync(invite));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.Invitations(tenant.Id).CreateAsync(invite));
        var made = await owner.Organizations.Invitations(tenant.Id).CreateAsync(invite);
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.Invitations(tenant.Id).DeleteAsync(made.Id));

        denied.ErrorMessage.Should().Contain("OWNER");
        (await owner.Organizations.Invitations(tenant.Id).AllAsync().ToListAsync()).Should().ContainSingle(i => i.Id == made.Id);
    }

    [Fact]
    public async Task Tenancy_SomeoneElsesInvitation_IsNotFound_AndAStrangerSeesNoneOfTheOrganizations()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        using var bob = Fake.CreateClient(BobToken);
        var bobs = (await bob.Users.Invitations().AllAsync().ToListAsync()).Single();

        var notMine = await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Users.Invitations().AcceptAsync(bobs.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Users.Invitations().DeclineAsync(bobs.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.Invitations(Org).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() =>
            stranger.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = "x@example.net", Role = PermissionRole.Viewer }));

        notMine.ErrorMessage.Should().Contain("GET /users/me/invitations");
        (await stranger.Users.Invitations().AllAsync().ToListAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "VIEWER", "'email'")]
    [InlineData("", "VIEWER", "'email'")]
    [InlineData("no-at-sign", "VIEWER", "not an email address")]
    [InlineData("two@@example.net", "VIEWER", "not an email address")]
    [InlineData("trailing@", "VIEWER", "not an email address")]
    [InlineData("with space@example.net", "VIEWER", "not an email address")]
    [InlineData("fine@example.net", "ADMIN", "OWNER, MAINTAINER, VIEWER")]
    public async Task Create_WithBadInput_Is422_NamingWhatIsAccepted(string? email, string role, string expected)
    {
        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() =>
            Hub.Organizations.Invitations(Org).CreateAsync(new CreateInvitationRequest { Email = email, Role = PermissionRole.FromValue(role) }));

        error.ErrorMessage.Should().Contain(expected);
    }
}
