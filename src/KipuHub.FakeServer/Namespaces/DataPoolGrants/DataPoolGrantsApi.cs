using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.DataPoolGrants;

/// <summary>The data_pool_grants namespace's routes; paging and sorting come from the catalog entry.</summary>
internal static class DataPoolGrantsApi
{
    public static HubRouteTable Routes { get; } = new("data_pool_grants")
    {
        [nameof(HubCatalog.DataPoolGrantsList)] = List,
        [nameof(HubCatalog.DataPoolGrantsCreate)] = Create,
        [nameof(HubCatalog.DataPoolGrantsDelete)] = Delete,
    };

    private static Results<HubListResult<DataPoolGrant>, HubError> List(HubRequest request, string id) =>
        DataPoolGrantsDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<DataPoolGrant>, HubError> Create(HubRequest request, string id, JsonBody<CreateDataPoolGrantRequest> body) =>
        DataPoolGrantsDomain.Create(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id, string grantId) =>
        DataPoolGrantsDomain.Delete(request.Store, request.Caller, id, grantId).OrNoContent();
}
