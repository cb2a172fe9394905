using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// How rows of a table are shared (docs/contract.md#shares): each row of <see cref="Shares"/> opens one resource row to
/// one target tenant (a user's personal account, whose id is the user's, or an organization) with a role. The
/// effective role of a caller acting in the target tenant is the lower of their role there and the share's role.
/// </summary>
internal sealed class SharingDef(TableDef shares, Func<object, string> resource, Func<object, string> tenant, Func<object, PermissionRole> role)
{
    public TableDef Shares { get; } = shares;

    /// <summary>Whether a row of the share table opens the resource <paramref name="key"/> to <paramref name="tenantId"/>.</summary>
    internal bool Opens(object share, string key, string tenantId) => resource(share) == key && tenant(share) == tenantId;

    /// <summary>The grants by target tenant, then by resource key; built from the share table's rows.</summary>
    internal Dictionary<string, Dictionary<string, PermissionRole>> Index(IEnumerable<object> rows)
    {
        var index = new Dictionary<string, Dictionary<string, PermissionRole>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var target = tenant(row);
            if (!index.TryGetValue(target, out var grants))
            {
                index[target] = grants = new Dictionary<string, PermissionRole>(StringComparer.Ordinal);
            }
            var key = resource(row);
            var granted = role(row);
            // Two shares of one resource to one tenant cannot be created; if a restore brings them, the higher counts.
            grants[key] = grants.TryGetValue(key, out var other) ? Roles.Higher(other, granted) : granted;
        }
        return index;
    }
}

/// <summary>
/// The share index of one resource table, kept until the share table changes: a lookup per request instead of a
/// scan of every share row.
/// </summary>
internal sealed class ShareIndex(HubTable source, long changes, Dictionary<string, Dictionary<string, PermissionRole>> byTenant)
{
    public bool IsCurrentFor(HubTable shares) => ReferenceEquals(source, shares) && changes == shares.Changes;

    /// <summary>The resources shared with the tenant and the role of each, or null when none is.</summary>
    public Dictionary<string, PermissionRole>? For(string tenantId) => byTenant.GetValueOrDefault(tenantId);
}

/// <summary>The order of roles: VIEWER below MAINTAINER below OWNER.</summary>
internal static class Roles
{
    public static int Rank(PermissionRole role) =>
        role == PermissionRole.Owner ? 3 : role == PermissionRole.Maintainer ? 2 : role == PermissionRole.Viewer ? 1 : 0;

    public static PermissionRole Lower(PermissionRole a, PermissionRole b) => Rank(a) <= Rank(b) ? a : b;

    public static PermissionRole Higher(PermissionRole a, PermissionRole b) => Rank(a) >= Rank(b) ? a : b;

    public static bool Allows(PermissionRole role, PermissionRole needed) => Rank(role) >= Rank(needed);
}
