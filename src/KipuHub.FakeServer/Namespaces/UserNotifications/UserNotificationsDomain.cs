using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.UserNotifications;

/// <summary>
/// The notifications rules (docs/contract.md#notifications): a user sees the events every module's source derives for
/// them at the fake's now, newest first, less the ones they deleted. An event from before the seed's history window
/// (more than <see cref="SeenWindow"/> before the seed's reference date) counts as read until the user says otherwise;
/// marking read and deleting store only the user's state of that one notification. Another user's notification is 404.
/// </summary>
internal static class UserNotificationsDomain
{
    /// <summary>Seeded events older than this, before the reference date, count as read: the seed's history.</summary>
    public static readonly TimeSpan SeenWindow = TimeSpan.FromDays(30);

    public static IReadOnlyList<Notification> List(FakeHubStore store, Caller caller)
    {
        var states = store.Table(UserNotificationsModule.States);
        var list = new List<Notification>();
        foreach (var notification in EventsOf(store, caller.UserId))
        {
            var state = states.Find(notification.Id);
            if (state is { Deleted: true })
            {
                continue;
            }
            list.Add(Dto(store, notification, state));
        }
        list.Sort(static (a, b) => b.CreatedAt!.Value.CompareTo(a.CreatedAt!.Value) is var order and not 0 ? order : string.CompareOrdinal(a.Id, b.Id));
        return list;
    }

    public static Result<Notification> MarkRead(FakeHubStore store, Caller caller, string id)
    {
        using var write = store.Writing();
        var found = Find(store, caller, id);
        if (found.Failure is { } failure)
        {
            return write.Commit<Notification>(failure);
        }
        var state = Save(store, caller, found.Value!, read: true, deleted: false);
        return write.Commit<Notification>(Dto(store, found.Value!, state));
    }

    public static Failure? MarkAllRead(FakeHubStore store, Caller caller)
    {
        using var write = store.Writing();
        var states = store.Table(UserNotificationsModule.States);
        foreach (var notification in EventsOf(store, caller.UserId))
        {
            var state = states.Find(notification.Id);
            if (state is { Deleted: true } || Dto(store, notification, state).Read == true)
            {
                continue;
            }
            Save(store, caller, notification, read: true, deleted: false);
        }
        return write.Commit();
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string id)
    {
        using var write = store.Writing();
        var found = Find(store, caller, id);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var read = Dto(store, found.Value!, store.Table(UserNotificationsModule.States).Find(id)).Read == true;
        Save(store, caller, found.Value!, read, deleted: true);
        return write.Commit();
    }

    /// <summary>Every event of every source for one user, at the fake's now. Callers hold the lock.</summary>
    private static IEnumerable<NotificationEvent> EventsOf(FakeHubStore store, string userId)
    {
        var now = store.Now;
        foreach (var source in store.Schema.NotificationSources)
        {
            foreach (var notification in source(store, now))
            {
                if (notification.UserId == userId && notification.CreatedAt <= now)
                {
                    yield return notification;
                }
            }
        }
    }

    /// <summary>The caller's notification, unless deleted; another user's, or an unknown id, is the same 404.</summary>
    private static Result<NotificationEvent> Find(FakeHubStore store, Caller caller, string id)
    {
        if (store.Table(UserNotificationsModule.States).Find(id) is not { Deleted: true })
        {
            foreach (var notification in EventsOf(store, caller.UserId))
            {
                if (notification.Id == id)
                {
                    return notification;
                }
            }
        }
        return Failure.NotFound($"Notification '{Echo.Of(id)}' is not one of the notifications of user '{caller.Username}' (deleted ones are gone). " +
            "GET /notifications lists them.");
    }

    private static NotificationStateRecord Save(FakeHubStore store, Caller caller, NotificationEvent notification, bool read, bool deleted)
    {
        var states = store.Table(UserNotificationsModule.States);
        var state = new NotificationStateRecord { Id = notification.Id, UserId = caller.UserId, Read = read, Deleted = deleted };
        if (states.Find(notification.Id) is { } existing)
        {
            if (existing != state)
            {
                states.Replace(state);
            }
        }
        else
        {
            states.Add(state);
        }
        return state;
    }

    private static Notification Dto(FakeHubStore store, NotificationEvent notification, NotificationStateRecord? state) => new()
    {
        Id = notification.Id,
        Kind = notification.Kind,
        Title = notification.Title,
        Message = notification.Message,
        Link = notification.Link,
        CreatedAt = notification.CreatedAt,
        Read = state?.Read ?? notification.CreatedAt < store.ReferenceDate - SeenWindow,
    };
}
