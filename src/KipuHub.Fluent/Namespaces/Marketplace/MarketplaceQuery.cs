using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>marketplace</c>: every publicly published service, whatever tenant it belongs to.</summary>
public sealed class MarketplaceQuery : HubCollectionQuery<MarketplaceQuery, ApiOverview>
{
    internal MarketplaceQuery(QueryState state)
        : base(state, HubCatalog.MarketplaceList, [])
    {
    }

    /// <summary>Sends the list request. The endpoint returns every listing at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.MarketplaceList))]
    public Task<IReadOnlyList<ApiOverview>> ListAsync(CancellationToken cancellationToken = default) =>
        State.Connection.SendJsonAsync(ListCall(), MarketplaceJsonContext.Default.IReadOnlyListApiOverview, cancellationToken);

    /// <summary>A command that gets one listing.</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    [HubOperation(nameof(HubCatalog.MarketplaceGet))]
    public HubCommand<Api> Get(string apiId) => Json(Call(HubCatalog.MarketplaceGet, apiId), MarketplaceJsonContext.Default.Api);

    /// <summary>Gets one listing.</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.MarketplaceGet))]
    public Task<Api> GetAsync(string apiId, CancellationToken cancellationToken = default) => Get(apiId).SendAsync(cancellationToken);

    private protected override MarketplaceQuery With(QueryState state) => new(state);
}
