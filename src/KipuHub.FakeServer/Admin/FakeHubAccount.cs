using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer;

/// <summary>
/// A tenant of a running server as it is now (seeded or created by a test): an organization or a personal account,
/// with its members and their roles. It carries no token, so it can be shown anywhere (the dashboard lists these).
/// </summary>
/// <param name="Id">The tenant id: an organization id (sent as <c>X-OrganizationId</c>) or a user id for a personal account.</param>
/// <param name="Name">The display name.</param>
/// <param name="IsOrganization">Whether it is an organization; otherwise a user's personal account.</param>
/// <param name="Seeded">Whether the seed made it; a tenant a test created is not, and is the only kind that can be removed.</param>
/// <param name="Members">The members with their roles, in the order they joined.</param>
public sealed record FakeHubAccount(string Id, string Name, bool IsOrganization, bool Seeded, IReadOnlyList<FakeHubAccountMember> Members)
{
    /// <summary>Every tenant of the store now, organizations first, each group in store order.</summary>
    internal static IReadOnlyList<FakeHubAccount> ListOf(FakeHubStore store)
    {
        var seeded = store.SeedState.Rows(Tenancy.Tenants).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        using var read = store.Reading();
        var users = store.Table(Tenancy.Users);
        return [.. store.Table(Tenancy.Tenants).Rows
            .OrderBy(t => t.IsOrganization ? 0 : 1)
            .Select(t => new FakeHubAccount(t.Id, t.DisplayName, t.IsOrganization, seeded.Contains(t.Id),
                [.. t.Members.Select(m => new FakeHubAccountMember(m.UserId, users.Find(m.UserId)?.Username ?? "", m.Role))]))];
    }
}

/// <summary>A member of a <see cref="FakeHubAccount"/>, without its token.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The login name.</param>
/// <param name="Role">The role in the tenant (OWNER of a personal account).</param>
public sealed record FakeHubAccountMember(string UserId, string Username, PermissionRole Role);
