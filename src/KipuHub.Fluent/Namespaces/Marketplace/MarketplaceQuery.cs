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

    /// <summary>A command that streams a listing's logo image into <paramref name="destination"/>.</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <exception cref="ArgumentException">The destination cannot be written.</exception>
    [HubOperation(nameof(HubCatalog.MarketplaceLogo))]
    public HubCommand DownloadLogo(string apiId, Stream destination) => Download(Call(HubCatalog.MarketplaceLogo, apiId), destination);

    /// <summary>Streams a listing's logo image into <paramref name="destination"/>.</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.MarketplaceLogo))]
    public Task DownloadLogoAsync(string apiId, Stream destination, CancellationToken cancellationToken = default) =>
        DownloadLogo(apiId, destination).SendAsync(cancellationToken);

    /// <summary>A command that gets the OpenAPI document of a listing's service, as text.</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    [HubOperation(nameof(HubCatalog.MarketplaceApiSpec))]
    public HubCommand<string> GetApiSpec(string apiId) => Text(Call(HubCatalog.MarketplaceApiSpec, apiId));

    /// <summary>Gets the OpenAPI document of a listing's service, as text (JSON or YAML, as its provider uploaded it).</summary>
    /// <param name="apiId">The listing's id (<see cref="ApiOverview.Id"/>, not the service id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.MarketplaceApiSpec))]
    public Task<string> GetApiSpecAsync(string apiId, CancellationToken cancellationToken = default) => GetApiSpec(apiId).SendAsync(cancellationToken);

    private protected override MarketplaceQuery With(QueryState state) => new(state);
}
