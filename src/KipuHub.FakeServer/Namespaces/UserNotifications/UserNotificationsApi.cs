using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.UserNotifications;

/// <summary>The user_notifications namespace's routes; paging, the read filter and sorting come from the catalog entry.</summary>
internal static class UserNotificationsApi
{
    public static HubRouteTable Routes { get; } = new("user_notifications")
    {
        [nameof(HubCatalog.UserNotificationsList)] = List,
        [nameof(HubCatalog.UserNotificationsMarkRead)] = MarkRead,
        [nameof(HubCatalog.UserNotificationsMarkAllRead)] = MarkAllRead,
        [nameof(HubCatalog.UserNotificationsDelete)] = Delete,
    };

    private static Results<HubListResult<Notification>, HubError> List(HubRequest request)
    {
        foreach (var filter in request.Query.Filters)
        {
            foreach (var value in filter.Filter.QueryName == "read" ? filter.Values : [])
            {
                if (value is not ("true" or "false"))
                {
                    return HubError.From(Failure.Malformed($"Query parameter 'read' must be true or false; got '{Echo.Of(value)}'."));
                }
            }
        }
        return request.List(static (store, caller) => UserNotificationsDomain.List(store, caller));
    }

    private static Results<JsonHttpResult<Notification>, HubError> MarkRead(HubRequest request, string id) =>
        UserNotificationsDomain.MarkRead(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> MarkAllRead(HubRequest request) =>
        UserNotificationsDomain.MarkAllRead(request.Store, request.Caller).OrNoContent();

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        UserNotificationsDomain.Delete(request.Store, request.Caller, id).OrNoContent();
}
