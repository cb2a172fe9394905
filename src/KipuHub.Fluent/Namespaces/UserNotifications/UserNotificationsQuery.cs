using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>user_notifications</c> namespace: a paged query over the caller's own notifications, filterable by read
/// state and sortable by creation time, and the commands that mark them read or delete them. They belong to the user,
/// not to an organization.
/// </summary>
public sealed class UserNotificationsQuery : HubPagedQuery<UserNotificationsQuery, Notification>
{
    internal UserNotificationsQuery(QueryState state)
        : base(state, HubCatalog.UserNotificationsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsList))]
    public Task<Page<Notification>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(UserNotificationsJsonContext.Default.PageEnvelopeNotification, cancellationToken);

    /// <summary>Reads every matching notification, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsList))]
    public IAsyncEnumerable<Notification> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(UserNotificationsJsonContext.Default.PageEnvelopeNotification, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsList))]
    public IAsyncEnumerable<Page<Notification>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(UserNotificationsJsonContext.Default.PageEnvelopeNotification, cancellationToken);

    /// <summary>A command that marks one of the caller's notifications read.</summary>
    /// <param name="notificationId">The notification's id.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsMarkRead))]
    public HubCommand<Notification> MarkRead(string notificationId) =>
        Json(Call(HubCatalog.UserNotificationsMarkRead, notificationId), UserNotificationsJsonContext.Default.Notification);

    /// <summary>Marks one of the caller's notifications read.</summary>
    /// <param name="notificationId">The notification's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsMarkRead))]
    public Task<Notification> MarkReadAsync(string notificationId, CancellationToken cancellationToken = default) =>
        MarkRead(notificationId).SendAsync(cancellationToken);

    /// <summary>A command that marks every notification of the caller read.</summary>
    [HubOperation(nameof(HubCatalog.UserNotificationsMarkAllRead))]
    public HubCommand MarkAllRead() => Empty(Call(HubCatalog.UserNotificationsMarkAllRead));

    /// <summary>Marks every notification of the caller read.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsMarkAllRead))]
    public Task MarkAllReadAsync(CancellationToken cancellationToken = default) => MarkAllRead().SendAsync(cancellationToken);

    /// <summary>A command that deletes one of the caller's notifications.</summary>
    /// <param name="notificationId">The notification's id.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsDelete))]
    public HubCommand Delete(string notificationId) => Empty(Call(HubCatalog.UserNotificationsDelete, notificationId));

    /// <summary>Deletes one of the caller's notifications.</summary>
    /// <param name="notificationId">The notification's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserNotificationsDelete))]
    public Task DeleteAsync(string notificationId, CancellationToken cancellationToken = default) => Delete(notificationId).SendAsync(cancellationToken);

    private protected override UserNotificationsQuery With(QueryState state) => new(state);
}
