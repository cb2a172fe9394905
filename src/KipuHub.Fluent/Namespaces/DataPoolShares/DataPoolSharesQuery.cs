using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The shares of one data pool: a paged query sorted by <c>createdAt</c>, and the commands on them. Only the owning tenant's OWNERs may use the commands.</summary>
public sealed class DataPoolSharesQuery : HubPagedQuery<DataPoolSharesQuery, DataPoolShare>
{
    private readonly string _dataPoolId;

    internal DataPoolSharesQuery(QueryState state, string dataPoolId)
        : base(state, HubCatalog.DataPoolSharesList, [dataPoolId]) => _dataPoolId = dataPoolId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesList))]
    public Task<Page<DataPoolShare>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(DataPoolSharesJsonContext.Default.PageEnvelopeDataPoolShare, cancellationToken);

    /// <summary>Reads every share, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesList))]
    public IAsyncEnumerable<DataPoolShare> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(DataPoolSharesJsonContext.Default.PageEnvelopeDataPoolShare, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesList))]
    public IAsyncEnumerable<Page<DataPoolShare>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(DataPoolSharesJsonContext.Default.PageEnvelopeDataPoolShare, cancellationToken);

    /// <summary>A command that shares the data pool with a user or an organization.</summary>
    /// <param name="request">The target (type and id) and the role to grant.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesCreate))]
    public HubCommand<DataPoolShare> Create(CreateDataPoolShareRequest request) =>
        Json(Call(HubCatalog.DataPoolSharesCreate, _dataPoolId), request, DataPoolSharesJsonContext.Default.CreateDataPoolShareRequest,
            DataPoolSharesJsonContext.Default.DataPoolShare);

    /// <summary>Shares the data pool with a user or an organization: the target sees the pool and its files with the role.</summary>
    /// <param name="request">The target (type and id) and the role to grant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesCreate))]
    public Task<DataPoolShare> CreateAsync(CreateDataPoolShareRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that changes the role a share grants.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="request">The new role.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesUpdate))]
    public HubCommand<DataPoolShare> Update(string shareId, UpdateDataPoolShareRequest request) =>
        Json(Call(HubCatalog.DataPoolSharesUpdate, _dataPoolId, shareId), request, DataPoolSharesJsonContext.Default.UpdateDataPoolShareRequest,
            DataPoolSharesJsonContext.Default.DataPoolShare);

    /// <summary>Changes the role a share grants; it takes effect at once.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="request">The new role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesUpdate))]
    public Task<DataPoolShare> UpdateAsync(string shareId, UpdateDataPoolShareRequest request, CancellationToken cancellationToken = default) =>
        Update(shareId, request).SendAsync(cancellationToken);

    /// <summary>A command that revokes a share.</summary>
    /// <param name="shareId">The share's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesDelete))]
    public HubCommand Delete(string shareId) => Empty(Call(HubCatalog.DataPoolSharesDelete, _dataPoolId, shareId));

    /// <summary>Revokes a share: its target no longer sees the data pool, at once.</summary>
    /// <param name="shareId">The share's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolSharesDelete))]
    public Task DeleteAsync(string shareId, CancellationToken cancellationToken = default) => Delete(shareId).SendAsync(cancellationToken);

    private protected override DataPoolSharesQuery With(QueryState state) => new(state, _dataPoolId);
}
