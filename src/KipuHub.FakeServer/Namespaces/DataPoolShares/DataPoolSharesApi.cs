using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.DataPoolShares;

/// <summary>The data_pool_shares namespace's routes; paging and sorting come from the catalog entry.</summary>
internal static class DataPoolSharesApi
{
    public static HubRouteTable Routes { get; } = new("data_pool_shares")
    {
        [nameof(HubCatalog.DataPoolSharesList)] = List,
        [nameof(HubCatalog.DataPoolSharesCreate)] = Create,
        [nameof(HubCatalog.DataPoolSharesUpdate)] = Update,
        [nameof(HubCatalog.DataPoolSharesDelete)] = Delete,
    };

    private static Results<HubListResult<DataPoolShare>, HubError> List(HubRequest request, string id) =>
        DataPoolSharesDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<DataPoolShare>, HubError> Create(HubRequest request, string id, JsonBody<CreateDataPoolShareRequest> body) =>
        DataPoolSharesDomain.Create(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<JsonHttpResult<DataPoolShare>, HubError> Update(HubRequest request, string id, string shareId, JsonBody<UpdateDataPoolShareRequest> body) =>
        DataPoolSharesDomain.Update(request.Store, request.Caller, id, shareId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id, string shareId) =>
        DataPoolSharesDomain.Delete(request.Store, request.Caller, id, shareId).OrNoContent();
}
