using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Marketplace;

/// <summary>The marketplace: PUBLISHED services of all tenants, under listing ids of their own.</summary>
internal static class MarketplaceApi
{
    public static HubRouteTable Routes { get; } = new("marketplace")
    {
        [nameof(HubCatalog.MarketplaceList)] = List,
        [nameof(HubCatalog.MarketplaceGet)] = Get,
        [nameof(HubCatalog.MarketplaceLogo)] = Logo,
        [nameof(HubCatalog.MarketplaceApiSpec)] = ApiSpec,
    };

    private static HubListResult<ApiOverview> List(HubRequest request) => request.List(static (store, _) => MarketplaceDomain.List(store));

    private static Results<JsonHttpResult<Api>, HubError> Get(HubRequest request, string id) => MarketplaceDomain.Get(request.Store, id).ToJson(request);

    private static Results<FileContentHttpResult, HubError> Logo(HubRequest request, string id) => MarketplaceDomain.Logo(request.Store, id).ToBytes();

    private static Results<ContentHttpResult, HubError> ApiSpec(HubRequest request, string id) => MarketplaceDomain.ApiSpec(request.Store, id).ToText();
}
