using KipuHub.Models;

namespace KipuHub.Contract;

// The user_notifications namespace: the caller's own notifications of events elsewhere in the hub (a build that
// finished, an execution that failed), whatever organization the request names (docs/contract.md#notifications). Modelled.
public static partial class HubCatalog
{
    /// <summary>Lists the caller's notifications, newest first, a page at a time; filter by read state.</summary>
    [HubEndpoint("user_notifications", "GET", "/notifications", Shape = HubResultShape.Page, Result = typeof(Notification), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Lists the caller's notifications, newest first, a page at a time; filter by read state.")]
    [HubFilter(nameof(Notification.Read), "read")]
    [HubSort(nameof(Notification.CreatedAt), "createdAt")]
    public static HubEndpoint UserNotificationsList => Entry();

    /// <summary>Marks one of the caller's notifications read.</summary>
    [HubEndpoint("user_notifications", "PUT", "/notifications/{id}/read", Result = typeof(Notification), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Viewer, Summary = "Marks one of the caller's notifications read.")]
    public static HubEndpoint UserNotificationsMarkRead => Entry();

    /// <summary>Marks every notification of the caller read.</summary>
    [HubEndpoint("user_notifications", "PUT", "/notifications/read-all", Shape = HubResultShape.Empty, Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Viewer, Summary = "Marks every notification of the caller read.")]
    public static HubEndpoint UserNotificationsMarkAllRead => Entry();

    /// <summary>Deletes one of the caller's notifications; it does not come back.</summary>
    [HubEndpoint("user_notifications", "DELETE", "/notifications/{id}", Shape = HubResultShape.Empty, Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Viewer, Summary = "Deletes one of the caller's notifications; it does not come back.")]
    public static HubEndpoint UserNotificationsDelete => Entry();
}
