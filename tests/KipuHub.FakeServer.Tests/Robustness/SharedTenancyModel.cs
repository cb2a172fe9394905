using System.Text.Json;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// A resource collection whose rows can be shared, as the catalog shows it: the parent's list at a path without
/// parameters, its get at <c>{list}/{id}</c>, and the share list and create at <c>{list}/{id}/shares</c> with a change
/// and a revoke at <c>…/shares/{shareId}</c>. Found in the catalog, so every shared collection (services, data pools)
/// joins on the day it is declared. <see cref="Write"/> is the collection's upload into a row (a multipart POST at
/// <c>{list}/{id}/…</c>, data pool files), when it has one: the write a share's role must allow.
/// </summary>
internal sealed record SharedCollection(HubEndpoint ParentList, HubEndpoint ParentGet, HubEndpoint Create, HubEndpoint Update, HubEndpoint Revoke,
    HubEndpoint? Write)
{
    private static long s_writes;

    public static IReadOnlyList<SharedCollection> All { get; } = [.. Find()];

    public string Name => Create.Namespace;

    public override string ToString() => Name;

    private static IEnumerable<SharedCollection> Find()
    {
        foreach (var create in HubCatalog.All.Where(e => e.Method == HttpMethod.Post && e.PathTemplate.EndsWith("/{id}/shares", StringComparison.Ordinal)))
        {
            var parent = create.PathTemplate[..^"/{id}/shares".Length];
            var list = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Get && e.PathTemplate == parent);
            var get = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Get && e.PathTemplate == parent + "/{id}");
            var update = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Put && e.PathTemplate == create.PathTemplate + "/{shareId}");
            var revoke = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Delete && e.PathTemplate == create.PathTemplate + "/{shareId}");
            var write = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Post && e.Body == HubBodyKind.Multipart && e.PathParameters.Count == 1
                && e.PathTemplate.StartsWith(parent + "/{id}/", StringComparison.Ordinal));
            if (list is not null && get is not null && update is not null && revoke is not null)
            {
                yield return new SharedCollection(list, get, create, update, revoke, write);
            }
        }
    }

    public string ItemPath(string id) => ParentGet.PathTemplate.TrimStart('/').Replace("{id}", id, StringComparison.Ordinal);

    public string SharesPath(string id, string? shareId = null) =>
        Create.PathTemplate.TrimStart('/').Replace("{id}", id, StringComparison.Ordinal) + (shareId is null ? "" : "/" + shareId);

    /// <summary>The path of <see cref="Write"/> on a row, and a small file under a name no other write used.</summary>
    public (string Path, HttpContent Content) WriteRequest(string id) =>
        (Write!.PathTemplate.TrimStart('/').Replace("{id}", id, StringComparison.Ordinal),
            HubHttp.FileUpload([1, 2, 3], $"probe-{Interlocked.Increment(ref s_writes)}.bin", "application/octet-stream", Write.Parts[0].Name));

    public string ListPath => ParentList.PathTemplate.TrimStart('/') + (ParentList.Shape == HubResultShape.Page ? $"?page=0&size={ParentList.MaxPageSize}" : "");

    /// <summary>The (id, currentUserPermission) pairs of a parent list answer.</summary>
    public List<(string Id, string? Permission)> RowsOf(string listBody)
    {
        var root = JsonDocument.Parse(listBody).RootElement;
        var items = ParentList.Shape == HubResultShape.Page ? root.GetProperty("content") : root;
        return [.. items.EnumerateArray().Select(i => (i.GetProperty("id").GetString()!,
            i.TryGetProperty("currentUserPermission", out var p) ? p.GetString() : null))];
    }
}

/// <summary>What the owner does to a share, or what a principal of the cast observes.</summary>
internal enum ShareAction { Share, ChangeRole, Revoke, Observe, Write }

/// <summary>
/// One step: <see cref="Resource"/> indexes the run's shareable rows (owned by the demo organization), <see cref="Target"/>
/// the accounts of the cast (see <see cref="SharedTenancyModel.Targets"/>), <see cref="Role"/> the role granted; an
/// observation (a get) or a write (the collection's upload) is made by <see cref="Observer"/> in <see cref="ObserverAccount"/> (0 personal, 1 own organization).
/// </summary>
internal sealed record ShareStep(ShareAction Action, int Resource, int Target, int Role, int Observer, int ObserverAccount)
{
    public override string ToString() => Action is ShareAction.Observe or ShareAction.Write
        ? $"{Action} resource #{Resource} by {TenancyModel.PrincipalNames[Observer]} in {(ObserverAccount == 0 ? "personal" : "own organization")}"
        : $"{Action} resource #{Resource} with {SharedTenancyModel.Targets[Target]}" + (Action == ShareAction.Revoke ? "" : $" as {SharedTenancyModel.Roles[Role]}");
}

/// <summary>
/// The specification of shared rows (docs/contract.md#service-shares), written apart from the fake: a row shared with a
/// tenant is visible there, and only there, with the lower of the caller's role in the tenant and the share's role;
/// every other account of the cast never sees it; a second share to one target is 409; a revoked share hides it again;
/// a write needs that role to reach the write's least role (403 below it where the row is visible, 404 where it is not).
/// </summary>
internal sealed class SharedTenancyModel
{
    /// <summary>The share targets: the two organizations, and the personal accounts of A's owner and of B's viewer.</summary>
    public static readonly string[] Targets = ["organization A", "organization B", "A owner (user)", "B viewer (user)"];

    public static readonly PermissionRole[] Roles = [PermissionRole.Viewer, PermissionRole.Maintainer, PermissionRole.Owner];

    private readonly Dictionary<(int Resource, int Target), PermissionRole> _shares = [];

    public bool Has(int resource, int target) => _shares.ContainsKey((resource, target));

    /// <summary>The role a share grants, or null when there is none.</summary>
    public PermissionRole? Granted(int resource, int target) => _shares.TryGetValue((resource, target), out var role) ? role : null;

    public void Set(int resource, int target, PermissionRole role) => _shares[(resource, target)] = role;

    public void Remove(int resource, int target) => _shares.Remove((resource, target));

    /// <summary>The target index an observer's account is, or null when no share can name it.</summary>
    public static int? TargetOf(int observer, int account) => (observer, account) switch
    {
        (_, 1) => TenancyModel.OrganizationOf(observer),
        (0, 0) => 2,
        (4, 0) => 3,
        _ => null,
    };

    /// <summary>The role the observer has on the resource in the account, or null when it must be 404 there.</summary>
    public PermissionRole? Expect(int resource, int observer, int account)
    {
        if (TargetOf(observer, account) is not { } target || !_shares.TryGetValue((resource, target), out var granted))
        {
            return null;
        }
        var own = TenancyModel.RoleOf(observer, account)!.Value;
        return Rank(own) <= Rank(granted) ? own : granted;
    }

    /// <summary>
    /// The status of a write that needs <paramref name="needed"/>: 403 when the observer's own role in the account is
    /// below it (the tenant check comes first), else 404 when the row is not visible there, 403 when the effective role
    /// is below it, else 200.
    /// </summary>
    public int ExpectWrite(int resource, int observer, int account, PermissionRole needed)
    {
        if (Rank(TenancyModel.RoleOf(observer, account)!.Value) < Rank(needed))
        {
            return 403;
        }
        return Expect(resource, observer, account) is not { } effective ? 404 : Rank(effective) < Rank(needed) ? 403 : 200;
    }

    /// <summary>The resources visible in an account, with the role, in resource order.</summary>
    public IEnumerable<(int Resource, PermissionRole Role)> Visible(int resources, int observer, int account) =>
        Enumerable.Range(0, resources).Select(r => (r, Expect(r, observer, account))).Where(x => x.Item2 is not null).Select(x => (x.r, x.Item2!.Value));

    private static int Rank(PermissionRole role) => role == PermissionRole.Owner ? 3 : role == PermissionRole.Maintainer ? 2 : 1;
}
