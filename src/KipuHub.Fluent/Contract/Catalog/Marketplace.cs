using KipuHub.Models;

namespace KipuHub.Contract;

// The marketplace namespace: every publicly published service, whatever tenant it belongs to.
public static partial class HubCatalog
{
    /// <summary>Lists every publicly published service.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis", Shape = HubResultShape.Array, Result = typeof(ApiOverview),
        Scope = HubScope.Global, Summary = "Lists every publicly published service.")]
    public static HubEndpoint MarketplaceList => Entry();

    /// <summary>Gets one marketplace listing.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis/{id}", Result = typeof(Api), Scope = HubScope.Global,
        Summary = "Gets one marketplace listing.")]
    public static HubEndpoint MarketplaceGet => Entry();
}
