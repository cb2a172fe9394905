using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The invitations of one organization: a paged query, filterable by state, and the commands on them (OWNER only).</summary>
public sealed class OrganizationInvitationsQuery : HubPagedQuery<OrganizationInvitationsQuery, OrganizationInvitation>
{
    private readonly string _organizationId;

    internal OrganizationInvitationsQuery(QueryState state, string organizationId)
        : base(state, HubCatalog.OrganizationInvitationsList, [organizationId]) => _organizationId = organizationId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsList))]
    public Task<Page<OrganizationInvitation>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>Reads every matching invitation, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsList))]
    public IAsyncEnumerable<OrganizationInvitation> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsList))]
    public IAsyncEnumerable<Page<OrganizationInvitation>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationInvitation, cancellationToken);

    /// <summary>A command that invites an email address with a role.</summary>
    /// <param name="request">The email and the role.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsCreate))]
    public HubCommand<OrganizationInvitation> Create(CreateInvitationRequest request) =>
        Json(Call(HubCatalog.OrganizationInvitationsCreate, _organizationId), request,
            OrganizationsJsonContext.Default.CreateInvitationRequest, OrganizationsJsonContext.Default.OrganizationInvitation);

    /// <summary>Invites an email address with a role; a member's email or one with a pending invitation is refused (409).</summary>
    /// <param name="request">The email and the role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsCreate))]
    public Task<OrganizationInvitation> CreateAsync(CreateInvitationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that withdraws an invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsDelete))]
    public HubCommand Delete(string invitationId) => Empty(Call(HubCatalog.OrganizationInvitationsDelete, _organizationId, invitationId));

    /// <summary>Withdraws an invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsDelete))]
    public Task DeleteAsync(string invitationId, CancellationToken cancellationToken = default) => Delete(invitationId).SendAsync(cancellationToken);

    private protected override OrganizationInvitationsQuery With(QueryState state) => new(state, _organizationId);
}
