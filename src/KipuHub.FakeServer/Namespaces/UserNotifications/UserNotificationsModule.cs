using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.UserNotifications;

/// <summary>
/// What a user did with one notification: read it, or deleted it. The notification itself is derived from the state
/// (see <see cref="NotificationSource"/>); only this is stored, so resets and snapshots bring it back with the state.
/// </summary>
internal sealed record NotificationStateRecord
{
    /// <summary>The notification's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The user it belongs to; the row belongs to the user's personal account.</summary>
    public string UserId { get; init; } = string.Empty;

    public bool Read { get; init; }

    public bool Deleted { get; init; }
}

/// <summary>
/// The user_notifications namespace: every module's notification sources, per user, with the read and deleted state
/// the user gave them.
/// </summary>
internal sealed class UserNotificationsModule : IHubModule
{
    public static TableDef<NotificationStateRecord> States { get; } = new TableDef<NotificationStateRecord>("notification_states", n => n.Id)
        .OwnedByTenant(n => n.UserId)
        .NamedAs("Notification", HubCatalog.UserNotificationsList);

    public void Register(HubModuleBuilder module) => module
        .Table(States)
        .SeedLast("user_notifications", Seed)
        .Routes(UserNotificationsApi.Routes);

    /// <summary>
    /// The demo user has read its two newest notifications and deleted the newest build notification after those, so a
    /// fresh fake shows read, unread and deleted ones (its pending invitation's notification stays unread). Events older
    /// than the seen window count as read without a row (see the domain).
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var demo = seed.Tenant(TenancySeed.Demo).Id;
        var newest = seed.Notifications().Where(n => n.UserId == demo)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        foreach (var read in newest.Take(2))
        {
            seed.Add(States, new NotificationStateRecord { Id = read.Id, UserId = demo, Read = true });
        }
        if (newest.Skip(2).FirstOrDefault(n => n.Kind == NotificationKind.BuildSucceeded || n.Kind == NotificationKind.BuildFailed) is { } deleted)
        {
            seed.Add(States, new NotificationStateRecord { Id = deleted.Id, UserId = demo, Read = false, Deleted = true });
        }
    }
}
