using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Subscriptions;

/// <summary>The subscriptions namespace: an application's access to a published service, and its executions.</summary>
internal static class SubscriptionsApi
{
    public static HubRouteTable Routes { get; } = new("subscriptions")
    {
        [nameof(HubCatalog.SubscriptionsCreate)] = Create,
        [nameof(HubCatalog.SubscriptionsGet)] = Get,
        [nameof(HubCatalog.SubscriptionsDelete)] = Delete,
        [nameof(HubCatalog.SubscriptionsServiceExecutions)] = ServiceExecutions,
    };

    private static Results<JsonHttpResult<Subscription>, HubError> Create(HubRequest request, JsonBody<CreateSubscriptionRequest> body) =>
        SubscriptionsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Subscription>, HubError> Get(HubRequest request, string id) =>
        SubscriptionsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        SubscriptionsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<ServiceExecution>, HubError> ServiceExecutions(HubRequest request, string id) =>
        SubscriptionsDomain.ListExecutions(request.Store, request.Caller, id).ToList(request);
}
