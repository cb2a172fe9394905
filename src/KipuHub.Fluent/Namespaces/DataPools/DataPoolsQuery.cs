using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>data_pools</c> namespace: the tenant's data pools (a plain list, searchable by name) and their files.</summary>
public sealed class DataPoolsQuery : HubCollectionQuery<DataPoolsQuery, DataPool>
{
    internal DataPoolsQuery(QueryState state)
        : base(state, HubCatalog.DataPoolsList, [])
    {
    }

    /// <summary>Sends the list request; <c>Where(d =&gt; d.Name.Contains(text))</c> searches on the server.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsList))]
    public Task<IReadOnlyList<DataPool>> ListAsync(CancellationToken cancellationToken = default) =>
        State.Connection.SendJsonAsync(ListCall(), DataPoolsJsonContext.Default.IReadOnlyListDataPool, cancellationToken);

    /// <summary>A command that creates a data pool.</summary>
    /// <param name="request">The data pool's name.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsCreate))]
    public HubCommand<DataPool> Create(CreateDataPoolRequest request) =>
        Json(Call(HubCatalog.DataPoolsCreate), request, DataPoolsJsonContext.Default.CreateDataPoolRequest, DataPoolsJsonContext.Default.DataPool);

    /// <summary>Creates a data pool.</summary>
    /// <param name="request">The data pool's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsCreate))]
    public Task<DataPool> CreateAsync(CreateDataPoolRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that gets a data pool.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsGet))]
    public HubCommand<DataPool> Get(string dataPoolId) => Json(Call(HubCatalog.DataPoolsGet, dataPoolId), DataPoolsJsonContext.Default.DataPool);

    /// <summary>Gets a data pool.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsGet))]
    public Task<DataPool> GetAsync(string dataPoolId, CancellationToken cancellationToken = default) => Get(dataPoolId).SendAsync(cancellationToken);

    /// <summary>A command that updates a data pool; fields left null keep their value.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsUpdate))]
    public HubCommand<DataPool> Update(string dataPoolId, UpdateDataPoolRequest request) =>
        Json(Call(HubCatalog.DataPoolsUpdate, dataPoolId), request, DataPoolsJsonContext.Default.UpdateDataPoolRequest, DataPoolsJsonContext.Default.DataPool);

    /// <summary>Updates a data pool; fields left null keep their value.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsUpdate))]
    public Task<DataPool> UpdateAsync(string dataPoolId, UpdateDataPoolRequest request, CancellationToken cancellationToken = default) =>
        Update(dataPoolId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes a data pool and its files.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsDelete))]
    public HubCommand Delete(string dataPoolId) => Empty(Call(HubCatalog.DataPoolsDelete, dataPoolId));

    /// <summary>Deletes a data pool and its files.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolsDelete))]
    public Task DeleteAsync(string dataPoolId, CancellationToken cancellationToken = default) => Delete(dataPoolId).SendAsync(cancellationToken);

    /// <summary>The files of a data pool: list, upload, download, delete.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesList))]
    public DataPoolFilesQuery Files(string dataPoolId) => new(State.ScopeOnly(), dataPoolId);

    private protected override DataPoolsQuery With(QueryState state) => new(state);
}
