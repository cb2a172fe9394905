using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The caller's pending invitations to organizations: a paged query, and accepting or declining one.</summary>
public sealed class UserInvitationsQuery : HubPagedQuery<UserInvitationsQuery, OrganizationInvitation>
{
    internal UserInvitationsQuery(QueryState state)
        : base(state, HubCatalog.UserInvitationsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsList))]
    public Task<Page<OrganizationInvitation>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>Reads every pending invitation, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsList))]
    public IAsyncEnumerable<OrganizationInvitation> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsList))]
    public IAsyncEnumerable<Page<OrganizationInvitation>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>A command that accepts a pending invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsAccept))]
    public HubCommand<OrganizationInvitation> Accept(string invitationId) =>
        Json(Call(HubCatalog.UserInvitationsAccept, invitationId), OrganizationsJsonContext.Default.OrganizationInvitation);

    /// <summary>Accepts a pending invitation: the caller becomes a member with the invited role, in <c>GET /my/accounts</c> at once.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsAccept))]
    public Task<OrganizationInvitation> AcceptAsync(string invitationId, CancellationToken cancellationToken = default) =>
        Accept(invitationId).SendAsync(cancellationToken);

    /// <summary>A command that declines a pending invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsDecline))]
    public HubCommand<OrganizationInvitation> Decline(string invitationId) =>
        Json(Call(HubCatalog.UserInvitationsDecline, invitationId), OrganizationsJsonContext.Default.OrganizationInvitation);

    /// <summary>Declines a pending invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserInvitationsDecline))]
    public Task<OrganizationInvitation> DeclineAsync(string invitationId, CancellationToken cancellationToken = default) =>
        Decline(invitationId).SendAsync(cancellationToken);

    private protected override UserInvitationsQuery With(QueryState state) => new(state);
}
