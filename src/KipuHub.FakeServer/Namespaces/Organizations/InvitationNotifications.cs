using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// The notifications of invitations (docs/contract.md#notifications): an invitation to the email of a known user
/// notifies that user when it is made, whatever became of it since (accepted or declined, it stays in the history);
/// an invitation withdrawn is gone, and so is its notification. An email of no known user notifies no one.
/// </summary>
internal static class InvitationNotifications
{
    public static IEnumerable<NotificationEvent> Source(FakeHubStore store, DateTimeOffset now)
    {
        var users = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in store.Table(Tenancy.Users).Rows)
        {
            users.TryAdd(user.Email, user.Id);
        }
        var tenants = store.Table(Tenancy.Tenants);
        foreach (var invitation in store.Table(OrganizationsModule.Invitations).Rows)
        {
            if (invitation.CreatedAt > now || !users.TryGetValue(invitation.Email, out var userId))
            {
                continue;
            }
            var organization = tenants.Find(invitation.OrganizationId)?.DisplayName ?? invitation.OrganizationId;
            yield return new NotificationEvent(StableSeed.Uuid(store.Seed, $"invitation/{invitation.Id}/{userId}"), userId, NotificationKind.Invitation,
                $"Invitation to '{organization}'",
                $"{invitation.InvitedBy} invited you to '{organization}' as {invitation.Role.Value}. Accept or decline it in your invitations.",
                $"/users/me/invitations/{invitation.Id}", invitation.CreatedAt);
        }
    }
}
