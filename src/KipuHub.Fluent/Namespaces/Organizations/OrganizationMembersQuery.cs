using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The members of one organization: a paged query, filterable by role and sortable by username, and the commands on them.</summary>
public sealed class OrganizationMembersQuery : HubPagedQuery<OrganizationMembersQuery, OrganizationMember>
{
    private readonly string _organizationId;

    internal OrganizationMembersQuery(QueryState state, string organizationId)
        : base(state, HubCatalog.OrganizationMembersList, [organizationId]) => _organizationId = organizationId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersList))]
    public Task<Page<OrganizationMember>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationMember, cancellationToken);

    /// <summary>Reads every matching member, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersList))]
    public IAsyncEnumerable<OrganizationMember> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationMember, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersList))]
    public IAsyncEnumerable<Page<OrganizationMember>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeOrganizationMember, cancellationToken);

    /// <summary>A command that changes a member's role.</summary>
    /// <param name="userId">The member's user id.</param>
    /// <param name="role">The new role.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersUpdate))]
    public HubCommand<OrganizationMember> SetRole(string userId, PermissionRole role) =>
        Json(Call(HubCatalog.OrganizationMembersUpdate, _organizationId, userId), new UpdateMemberRequest { Role = role },
            OrganizationsJsonContext.Default.UpdateMemberRequest, OrganizationsJsonContext.Default.OrganizationMember);

    /// <summary>Changes a member's role (OWNER only); the last OWNER cannot be demoted.</summary>
    /// <param name="userId">The member's user id.</param>
    /// <param name="role">The new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersUpdate))]
    public Task<OrganizationMember> SetRoleAsync(string userId, PermissionRole role, CancellationToken cancellationToken = default) =>
        SetRole(userId, role).SendAsync(cancellationToken);

    /// <summary>A command that removes a member, or, with the caller's own id, leaves the organization.</summary>
    /// <param name="userId">The member's user id.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersDelete))]
    public HubCommand Remove(string userId) => Empty(Call(HubCatalog.OrganizationMembersDelete, _organizationId, userId));

    /// <summary>Removes a member (OWNER only), or, with the caller's own id, leaves; the last OWNER can do neither.</summary>
    /// <param name="userId">The member's user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationMembersDelete))]
    public Task RemoveAsync(string userId, CancellationToken cancellationToken = default) => Remove(userId).SendAsync(cancellationToken);

    private protected override OrganizationMembersQuery With(QueryState state) => new(state, _organizationId);
}
