using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The grants of one data pool: a paged query sorted by <c>createdAt</c> or <c>expiresAt</c>, and the commands on them.
/// A listed grant never carries its token; only <see cref="CreateAsync"/> answers with it.
/// </summary>
public sealed class DataPoolGrantsQuery : HubPagedQuery<DataPoolGrantsQuery, DataPoolGrant>
{
    private readonly string _dataPoolId;

    internal DataPoolGrantsQuery(QueryState state, string dataPoolId)
        : base(state, HubCatalog.DataPoolGrantsList, [dataPoolId]) => _dataPoolId = dataPoolId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsList))]
    public Task<Page<DataPoolGrant>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(DataPoolGrantsJsonContext.Default.PageEnvelopeDataPoolGrant, cancellationToken);

    /// <summary>Reads every grant, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsList))]
    public IAsyncEnumerable<DataPoolGrant> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(DataPoolGrantsJsonContext.Default.PageEnvelopeDataPoolGrant, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsList))]
    public IAsyncEnumerable<Page<DataPoolGrant>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(DataPoolGrantsJsonContext.Default.PageEnvelopeDataPoolGrant, cancellationToken);

    /// <summary>A command that issues a grant for one service execution.</summary>
    /// <param name="request">The service execution, the permission and the token's lifetime.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsCreate))]
    public HubCommand<DataPoolGrant> Create(CreateDataPoolGrantRequest request) =>
        Json(Call(HubCatalog.DataPoolGrantsCreate, _dataPoolId), request, DataPoolGrantsJsonContext.Default.CreateDataPoolGrantRequest,
            DataPoolGrantsJsonContext.Default.DataPoolGrant);

    /// <summary>Issues a grant for one service execution; the answer carries the token, this once.</summary>
    /// <param name="request">The service execution, the permission and the token's lifetime.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsCreate))]
    public Task<DataPoolGrant> CreateAsync(CreateDataPoolGrantRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that revokes a grant.</summary>
    /// <param name="grantId">The grant's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsDelete))]
    public HubCommand Delete(string grantId) => Empty(Call(HubCatalog.DataPoolGrantsDelete, _dataPoolId, grantId));

    /// <summary>Revokes a grant: its token stops working at once.</summary>
    /// <param name="grantId">The grant's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsDelete))]
    public Task DeleteAsync(string grantId, CancellationToken cancellationToken = default) => Delete(grantId).SendAsync(cancellationToken);

    private protected override DataPoolGrantsQuery With(QueryState state) => new(state, _dataPoolId);
}
