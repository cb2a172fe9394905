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

    /// <summary>Downloads a listing's logo image.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis/{id}/logo", Shape = HubResultShape.Binary, Scope = HubScope.Global,
        Summary = "Downloads a listing's logo image.")]
    public static HubEndpoint MarketplaceLogo => Entry();

    /// <summary>Gets the OpenAPI document of a listing's service, as text.</summary>
    [HubEndpoint("marketplace", "GET", "/v2/apis/{id}/api-spec", Shape = HubResultShape.Text, Scope = HubScope.Global,
        Evidence = HubEvidence.Current, Summary = "Gets the OpenAPI document of a listing's service, as text.")]
    public static HubEndpoint MarketplaceApiSpec => Entry();
}
