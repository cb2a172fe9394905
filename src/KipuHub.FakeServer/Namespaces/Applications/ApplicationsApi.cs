using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Applications;

/// <summary>The applications namespace: the consumer side that subscribes to services.</summary>
internal static class ApplicationsApi
{
    public static HubRouteTable Routes { get; } = new("applications")
    {
        [nameof(HubCatalog.ApplicationsList)] = List,
        [nameof(HubCatalog.ApplicationsCreate)] = Create,
        [nameof(HubCatalog.ApplicationsGet)] = Get,
        [nameof(HubCatalog.ApplicationsDelete)] = Delete,
        [nameof(HubCatalog.ApplicationsAccessToken)] = AccessToken,
        [nameof(HubCatalog.ApplicationsSubscriptions)] = Subscriptions,
    };

    private static HubListResult<Application> List(HubRequest request) =>
        request.List(static (store, caller) => ApplicationsDomain.List(store, caller));

    private static Results<JsonHttpResult<Application>, HubError> Create(HubRequest request, JsonBody<CreateApplicationRequest> body) =>
        ApplicationsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Application>, HubError> Get(HubRequest request, string id) =>
        ApplicationsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        ApplicationsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<JsonHttpResult<AccessToken>, HubError> AccessToken(HubRequest request, string id) =>
        ApplicationsDomain.IssueAccessToken(request.Store, request.Caller, id).ToJson(request);

    private static Results<HubListResult<Subscription>, HubError> Subscriptions(HubRequest request, string id) =>
        ApplicationsDomain.ListSubscriptions(request.Store, request.Caller, id).ToList(request);
}
