using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>organizations</c> namespace: a paged query over the organizations the caller is a member of, searchable by
/// name, the commands on them, and their members, invitations and provider tokens. Its calls ignore X-OrganizationId:
/// the organization is named in the path.
/// </summary>
public sealed class OrganizationsQuery : HubPagedQuery<OrganizationsQuery, Organization>
{
    internal OrganizationsQuery(QueryState state)
        : base(state, HubCatalog.OrganizationsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsList))]
    public Task<Page<Organization>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganization, cancellationToken);

    /// <summary>Reads every matching organization, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsList))]
    public IAsyncEnumerable<Organization> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganization, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsList))]
    public IAsyncEnumerable<Page<Organization>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganization, cancellationToken);

    /// <summary>A command that gets an organization the caller is a member of.</summary>
    /// <param name="organizationId">The organization's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsGet))]
    public HubCommand<Organization> Get(string organizationId) =>
        Json(Call(HubCatalog.OrganizationsGet, organizationId), OrganizationsJsonContext.Default.Organization);

    /// <summary>Gets an organization the caller is a member of.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsGet))]
    public Task<Organization> GetAsync(string organizationId, CancellationToken cancellationToken = default) =>
        Get(organizationId).SendAsync(cancellationToken);

    /// <summary>A command that creates an organization with the caller as its OWNER.</summary>
    /// <param name="request">The name and billing address.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsCreate))]
    public HubCommand<Organization> Create(CreateOrganizationRequest request) =>
        Json(Call(HubCatalog.OrganizationsCreate), request, OrganizationsJsonContext.Default.CreateOrganizationRequest, OrganizationsJsonContext.Default.Organization);

    /// <summary>Creates an organization with the caller as its OWNER; it is in <c>GET /my/accounts</c> at once.</summary>
    /// <param name="request">The name and billing address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsCreate))]
    public Task<Organization> CreateAsync(CreateOrganizationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that renames an organization or changes its billing address; fields left null keep their value.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsUpdate))]
    public HubCommand<Organization> Update(string organizationId, UpdateOrganizationRequest request) =>
        Json(Call(HubCatalog.OrganizationsUpdate, organizationId), request, OrganizationsJsonContext.Default.UpdateOrganizationRequest, OrganizationsJsonContext.Default.Organization);

    /// <summary>Renames an organization or changes its billing address (MAINTAINER or OWNER); fields left null keep their value.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsUpdate))]
    public Task<Organization> UpdateAsync(string organizationId, UpdateOrganizationRequest request, CancellationToken cancellationToken = default) =>
        Update(organizationId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes an organization and everything it owns.</summary>
    /// <param name="organizationId">The organization's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsDelete))]
    public HubCommand Delete(string organizationId) => Empty(Call(HubCatalog.OrganizationsDelete, organizationId));

    /// <summary>Deletes an organization and everything it owns (OWNER only).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationsDelete))]
    public Task DeleteAsync(string organizationId, CancellationToken cancellationToken = default) => Delete(organizationId).SendAsync(cancellationToken);

    /// <summary>The members of an organization: a paged query, filterable by role, and the commands on them.</summary>
    /// <param name="organizationId">The organization's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersList))]
    public OrganizationMembersQuery Members(string organizationId) => new(State.ScopeOnly(), organizationId);

    /// <summary>The invitations of an organization: a paged query, filterable by state, and the commands on them.</summary>
    /// <param name="organizationId">The organization's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationInvitationsList))]
    public OrganizationInvitationsQuery Invitations(string organizationId) => new(State.ScopeOnly(), organizationId);

    /// <summary>The provider tokens of an organization: which providers have one (never the token), and setting or removing them.</summary>
    /// <param name="organizationId">The organization's id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensList))]
    public OrganizationProviderTokensQuery ProviderTokens(string organizationId) => new(State.ScopeOnly(), organizationId);

    private protected override OrganizationsQuery With(QueryState state) => new(state);
}
