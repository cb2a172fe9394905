using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// Invitations, from both ends (docs/contract.md#organizations): an organization's OWNERs invite an email with a role;
/// the user with that email sees the invitation and accepts (becoming a member at once) or declines it.
/// </summary>
internal static class InvitationsDomain
{
    /// <summary>The longest email address accepted (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    public static Result<IReadOnlyList<OrganizationInvitation>> OfOrganization(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var found = OrganizationsDomain.Current(store, caller);
        return found.Failure ?? (Result<IReadOnlyList<OrganizationInvitation>>)
            store.Table(OrganizationsModule.Invitations).VisibleTo(caller).Select(i => Dto(i, found.Value!)).ToArray();
    }

    /// <summary>Invites an email; a member's email, or one already invited and pending, is a conflict.</summary>
    public static Result<OrganizationInvitation> Create(FakeHubStore store, Caller caller, CreateInvitationRequest request)
    {
        if ((EmailProblem(request.Email) ?? OrganizationsDomain.RoleProblem(request.Role)) is { } problem)
        {
            return problem;
        }
        var email = request.Email!.Trim();
        using var write = store.Writing();
        var found = OrganizationsDomain.Current(store, caller);
        if (found.Failure is { } gone)
        {
            return write.Commit<OrganizationInvitation>(gone);
        }
        var organization = found.Value!;
        var invitations = store.Table(OrganizationsModule.Invitations);
        if (store.Table(Tenancy.Users).Rows.FirstOrDefault(u => SameEmail(u.Email, email)) is { } user && organization.RoleOf(user.Id) is { } role)
        {
            return write.Commit<OrganizationInvitation>(Failure.Conflict(
                $"'{Echo.Of(email)}' is the email of '{user.Username}', already {role} in organization '{organization.DisplayName}'; change a member's role with PUT .../members/{{userId}}."));
        }
        if (invitations.Rows.FirstOrDefault(i => i.OrganizationId == organization.Id && i.State == InvitationState.Pending && SameEmail(i.Email, email)) is { } pending)
        {
            return write.Commit<OrganizationInvitation>(Failure.Conflict(
                $"'{Echo.Of(email)}' already has a pending invitation to organization '{organization.DisplayName}' (id {pending.Id}); withdraw it first to invite again."));
        }
        var invitation = new InvitationRecord
        {
            Id = store.NextId(),
            OrganizationId = organization.Id,
            Email = email,
            Role = request.Role!.Value,
            CreatedAt = store.Tick(),
            InvitedBy = caller.Username,
        };
        invitations.Add(invitation);
        return write.Commit<OrganizationInvitation>(Dto(invitation, organization));
    }

    /// <summary>Withdraws an invitation of the organization, whatever its state.</summary>
    public static Failure? Withdraw(FakeHubStore store, Caller caller, string invitationId) =>
        store.DeleteOwned(OrganizationsModule.Invitations, caller, invitationId);

    /// <summary>The caller's pending invitations, matched by the caller's email, oldest first.</summary>
    public static IReadOnlyList<OrganizationInvitation> OfUser(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var tenants = store.Table(Tenancy.Tenants);
        return [.. PendingFor(store, caller.UserId).Select(i => Dto(i, tenants.Find(i.OrganizationId)))];
    }

    /// <summary>The pending invitations addressed to a user's email, in the order they were made. Callers hold the lock.</summary>
    public static IEnumerable<InvitationRecord> PendingFor(FakeHubStore store, string userId) =>
        store.Table(Tenancy.Users).Find(userId) is { } user
            ? store.Table(OrganizationsModule.Invitations).Rows.Where(i => i.State == InvitationState.Pending && SameEmail(i.Email, user.Email))
            : [];

    /// <summary>Accepts: the caller joins the organization with the invited role, at once.</summary>
    public static Result<OrganizationInvitation> Accept(FakeHubStore store, Caller caller, string invitationId) =>
        Answer(store, caller, invitationId, InvitationState.Accepted);

    public static Result<OrganizationInvitation> Decline(FakeHubStore store, Caller caller, string invitationId) =>
        Answer(store, caller, invitationId, InvitationState.Declined);

    private static Result<OrganizationInvitation> Answer(FakeHubStore store, Caller caller, string invitationId, InvitationState answer)
    {
        using var write = store.Writing();
        var invitations = store.Table(OrganizationsModule.Invitations);
        var tenants = store.Table(Tenancy.Tenants);
        var user = store.Table(Tenancy.Users).Find(caller.UserId);
        // Someone else's invitation is not found, as an unknown id: its existence is the inviter's business.
        if (invitations.Find(invitationId) is not { } invitation || user is null || !SameEmail(invitation.Email, user.Email)
            || tenants.Find(invitation.OrganizationId) is not { } organization)
        {
            return write.Commit<OrganizationInvitation>(Failure.NotFound(
                $"Invitation '{Echo.Of(invitationId)}' not found among the invitations of '{caller.Username}'; GET /users/me/invitations lists the pending ones."));
        }
        if (invitation.State != InvitationState.Pending)
        {
            return write.Commit<OrganizationInvitation>(Failure.Conflict(
                $"Invitation '{invitation.Id}' to organization '{organization.DisplayName}' is {invitation.State}, not PENDING; only a pending invitation can be accepted or declined."));
        }
        if (answer == InvitationState.Accepted && organization.RoleOf(caller.UserId) is { } role)
        {
            return write.Commit<OrganizationInvitation>(Failure.Conflict(
                $"'{caller.Username}' is already {role} in organization '{organization.DisplayName}'; decline the invitation instead."));
        }
        var answered = invitation with { State = answer };
        invitations.Replace(answered);
        if (answer == InvitationState.Accepted)
        {
            organization = organization with { Members = [.. organization.Members, new TenantMember(caller.UserId, invitation.Role)] };
            tenants.Replace(organization);
        }
        store.Tick();
        return write.Commit<OrganizationInvitation>(Dto(answered, organization));
    }

    private static Failure? EmailProblem(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Failure.Invalid($"The invitation needs an 'email'; it was {(email is null ? "missing" : "empty")}.");
        }
        var at = trimmed.IndexOf('@');
        return trimmed.Length > MaxEmailLength || at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1 || trimmed.Any(char.IsWhiteSpace)
            ? Failure.Invalid($"'{Echo.Of(email)}' is not an email address: one '@' between a name and a domain, no spaces, at most {MaxEmailLength} characters.")
            : null;
    }

    private static bool SameEmail(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static OrganizationInvitation Dto(InvitationRecord invitation, TenantRecord? organization) => new()
    {
        Id = invitation.Id,
        OrganizationId = invitation.OrganizationId,
        OrganizationName = organization?.DisplayName,
        Email = invitation.Email,
        Role = invitation.Role,
        State = invitation.State,
        CreatedAt = invitation.CreatedAt,
        InvitedBy = invitation.InvitedBy,
    };
}
