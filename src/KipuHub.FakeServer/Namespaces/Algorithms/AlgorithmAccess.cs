using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// Who sees an algorithm, and with which role (docs/contract.md#algorithms-and-implementations): its tenant with the
/// caller's role there; a member's tenant with the lower of the caller's role and the member entry's role (the store's
/// share index, as for services); and, for a <c>PUBLIC</c> algorithm, every tenant as VIEWER. Implementations, sketches
/// and relations are reached through these rules, so they are visible and writable as their algorithm is. Callers hold
/// the store's lock.
/// </summary>
internal static class AlgorithmAccess
{
    /// <summary>
    /// The algorithm and the caller's role on it, if the caller may do there what the request does (<see cref="Caller.Needs"/>);
    /// else 404 for an algorithm the caller cannot see, 403 for one it sees with too low a role.
    /// </summary>
    public static Result<(AlgorithmRecord Algorithm, PermissionRole Role)> Find(FakeHubStore store, Caller caller, string algorithmId)
    {
        var table = store.Table(AlgorithmsModule.Algorithms);
        var found = table.Find(caller, algorithmId);
        if (found.Failure is not { } failure)
        {
            return (found.Value!, table.RoleOf(caller, found.Value!));
        }
        if (failure.Kind != FailureKind.NotFound || table.Find(algorithmId) is not { } row || row.Visibility != AlgorithmVisibility.Public)
        {
            return failure;
        }
        return caller.Needs == PermissionRole.Viewer
            ? (row, PermissionRole.Viewer)
            : Failure.Denied($"Algorithm '{row.Id}' is PUBLIC, so {caller.DescribeTenant()} reads it as VIEWER; this needs {caller.Needs} or higher, " +
                "which only the tenant that owns it, or a member entry it adds, grants.");
    }

    /// <summary>The algorithm as the caller reads it, whatever the request does: for the target of a relation.</summary>
    public static Result<(AlgorithmRecord Algorithm, PermissionRole Role)> FindToRead(FakeHubStore store, Caller caller, string algorithmId) =>
        Find(store, caller with { Needs = PermissionRole.Viewer }, algorithmId);

    /// <summary>Every algorithm the caller can see, with its role, in creation order (ties by id).</summary>
    public static List<(AlgorithmRecord Algorithm, PermissionRole Role)> Visible(FakeHubStore store, Caller caller)
    {
        var table = store.Table(AlgorithmsModule.Algorithms);
        List<(AlgorithmRecord Algorithm, PermissionRole Role)> visible = [.. table.VisibleTo(caller).Select(a => (a, table.RoleOf(caller, a)))];
        var seen = visible.Select(v => v.Algorithm.Id).ToHashSet(StringComparer.Ordinal);
        visible.AddRange(table.Rows.Where(a => a.Visibility == AlgorithmVisibility.Public && !seen.Contains(a.Id)).Select(a => (a, PermissionRole.Viewer)));
        visible.Sort((x, y) => x.Algorithm.CreatedAt.CompareTo(y.Algorithm.CreatedAt) is var order && order != 0
            ? order
            : string.CompareOrdinal(x.Algorithm.Id, y.Algorithm.Id));
        return visible;
    }

    /// <summary>Whether the caller's tenant owns the algorithm (a member entry or publication does not count).</summary>
    public static bool IsOwnedBy(Caller caller, AlgorithmRecord algorithm) => algorithm.TenantId == caller.TenantId;
}
