using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.ServiceShares;

/// <summary>The service_shares namespace's routes; paging and sorting come from the catalog entry.</summary>
internal static class ServiceSharesApi
{
    public static HubRouteTable Routes { get; } = new("service_shares")
    {
        [nameof(HubCatalog.ServiceSharesList)] = List,
        [nameof(HubCatalog.ServiceSharesCreate)] = Create,
        [nameof(HubCatalog.ServiceSharesUpdate)] = Update,
        [nameof(HubCatalog.ServiceSharesDelete)] = Delete,
    };

    private static Results<HubListResult<ServiceShare>, HubError> List(HubRequest request, string id) =>
        ServiceSharesDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<ServiceShare>, HubError> Create(HubRequest request, string id, JsonBody<CreateServiceShareRequest> body) =>
        ServiceSharesDomain.Create(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<JsonHttpResult<ServiceShare>, HubError> Update(HubRequest request, string id, string shareId, JsonBody<UpdateServiceShareRequest> body) =>
        ServiceSharesDomain.Update(request.Store, request.Caller, id, shareId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id, string shareId) =>
        ServiceSharesDomain.Delete(request.Store, request.Caller, id, shareId).OrNoContent();
}
