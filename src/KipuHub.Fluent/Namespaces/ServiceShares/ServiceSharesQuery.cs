using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The shares of one service: a paged query sorted by <c>createdAt</c>, and the commands on them. Only the owning tenant's OWNERs may use them.</summary>
public sealed class ServiceSharesQuery : HubPagedQuery<ServiceSharesQuery, ServiceShare>
{
    private readonly string _serviceId;

    internal ServiceSharesQuery(QueryState state, string serviceId)
        : base(state, HubCatalog.ServiceSharesList, [serviceId]) => _serviceId = serviceId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesList))]
    public Task<Page<ServiceShare>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ServiceSharesJsonContext.Default.PageEnvelopeServiceShare, cancellationToken);

    /// <summary>Reads every share, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesList))]
    public IAsyncEnumerable<ServiceShare> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ServiceSharesJsonContext.Default.PageEnvelopeServiceShare, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesList))]
    public IAsyncEnumerable<Page<ServiceShare>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ServiceSharesJsonContext.Default.PageEnvelopeServiceShare, cancellationToken);

    /// <summary>A command that shares the service with a user or an organization.</summary>
    /// <param name="request">The target (type and id) and the role to grant.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesCreate))]
    public HubCommand<ServiceShare> Create(CreateServiceShareRequest request) =>
        Json(Call(HubCatalog.ServiceSharesCreate, _serviceId), request, ServiceSharesJsonContext.Default.CreateServiceShareRequest,
            ServiceSharesJsonContext.Default.ServiceShare);

    /// <summary>Shares the service with a user or an organization.</summary>
    /// <param name="request">The target (type and id) and the role to grant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesCreate))]
    public Task<ServiceShare> CreateAsync(CreateServiceShareRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that changes the role a share grants.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="request">The new role.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesUpdate))]
    public HubCommand<ServiceShare> Update(string shareId, UpdateServiceShareRequest request) =>
        Json(Call(HubCatalog.ServiceSharesUpdate, _serviceId, shareId), request, ServiceSharesJsonContext.Default.UpdateServiceShareRequest,
            ServiceSharesJsonContext.Default.ServiceShare);

    /// <summary>Changes the role a share grants; it takes effect at once.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="request">The new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesUpdate))]
    public Task<ServiceShare> UpdateAsync(string shareId, UpdateServiceShareRequest request, CancellationToken cancellationToken = default) =>
        Update(shareId, request).SendAsync(cancellationToken);

    /// <summary>A command that revokes a share.</summary>
    /// <param name="shareId">The share's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesDelete))]
    public HubCommand Delete(string shareId) => Empty(Call(HubCatalog.ServiceSharesDelete, _serviceId, shareId));

    /// <summary>Revokes a share: its target no longer sees the service, at once.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServiceSharesDelete))]
    public Task DeleteAsync(string shareId, CancellationToken cancellationToken = default) => Delete(shareId).SendAsync(cancellationToken);

    private protected override ServiceSharesQuery With(QueryState state) => new(state, _serviceId);
}
