using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>A row of a share table: one resource row opened to one target tenant with a role.</summary>
/// <typeparam name="TSelf">The share record type itself.</typeparam>
internal interface IShareRecord<TSelf> where TSelf : class, IShareRecord<TSelf>
{
    string Id { get; }

    /// <summary>The key of the shared row.</summary>
    string ResourceId { get; }

    SharePrincipalType PrincipalType { get; }

    /// <summary>The target tenant's id: a user's personal account (the user's id) or an organization.</summary>
    string PrincipalId { get; }

    PermissionRole Role { get; }

    DateTimeOffset CreatedAt { get; }

    string CreatedBy { get; }

    TSelf WithRole(PermissionRole role);

    static abstract TSelf New(string id, string resourceId, SharePrincipalType type, string principalId, PermissionRole role,
        DateTimeOffset createdAt, string createdBy);
}

/// <summary>
/// The rules of every share table (docs/contract.md#shares), for a resource table declared
/// <see cref="TableDef{T}.SharedThrough"/> it: members of the owning tenant list the shares (VIEWER reads); only its
/// OWNERs create, change and revoke them, so a target, whatever role the share grants, never re-shares (403); for any
/// other tenant the resource does not exist (404). A target is a user (their personal account) or an organization that
/// exists, never the owning tenant itself, and a resource has at most one share per target. Messages name the resource
/// by its table's noun and paths by its list endpoint.
/// </summary>
/// <typeparam name="TResource">The shared rows.</typeparam>
/// <typeparam name="TShare">The share rows.</typeparam>
internal sealed class ShareRules<TResource, TShare>(TableDef<TResource> resources, TableDef<TShare> shares)
    where TResource : class where TShare : class, IShareRecord<TShare>
{
    private static readonly string s_roles = $"{PermissionRole.Viewer}, {PermissionRole.Maintainer}, {PermissionRole.Owner}";
    private static readonly string s_types = $"{SharePrincipalType.User}, {SharePrincipalType.Organization}";

    private string Noun => resources.Noun;

    private string Path => resources.ListEndpoint?.PathTemplate ?? "/" + resources.Name;

    /// <summary>The shares of a resource in creation order, each projected with the target's display name.</summary>
    public Result<IReadOnlyList<TDto>> List<TDto>(FakeHubStore store, Caller caller, string resourceId, Func<TShare, string?, TDto> project)
    {
        using var read = store.Reading();
        var found = Owned(store, caller, resourceId, manage: false);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return SharesOf(store, resourceId).Select(s => project(s, NameOf(store, s))).ToList();
    }

    public Result<TDto> Create<TDto>(FakeHubStore store, Caller caller, string resourceId, SharePrincipalType? principalType, string? principalId,
        PermissionRole? role, Func<TShare, string?, TDto> project)
    {
        using var write = store.Writing();
        var found = Owned(store, caller, resourceId, manage: true);
        if (found.Failure is { } failure)
        {
            return write.Commit<TDto>(failure);
        }
        if (RequestProblem(principalType, principalId, role) is { } invalid)
        {
            return write.Commit<TDto>(invalid);
        }
        var type = principalType!.Value;
        var target = store.Table(Tenancy.Tenants).Find(principalId!);
        if (target is null || target.IsOrganization != (type == SharePrincipalType.Organization))
        {
            return write.Commit<TDto>(Failure.NotFound(type == SharePrincipalType.User
                ? $"User '{Echo.Of(principalId)}' was not found. principalId names a user's id (POST /authorize answers your own)."
                : $"Organization '{Echo.Of(principalId)}' was not found. principalId names an organization's id (GET /my/accounts lists yours)."));
        }
        if (target.Id == caller.TenantId)
        {
            return write.Commit<TDto>(Failure.Invalid($"{Noun} '{Echo.Of(resourceId)}' belongs to {caller.DescribeTenant()}; " +
                $"a {Noun.ToLowerInvariant()} cannot be shared with its own tenant."));
        }
        if (SharesOf(store, resourceId).FirstOrDefault(s => s.PrincipalId == target.Id) is { } existing)
        {
            return write.Commit<TDto>(Failure.Conflict($"{Noun} '{Echo.Of(resourceId)}' is already shared with {existing.PrincipalType} '{target.Id}' " +
                $"as {existing.Role} (share '{existing.Id}'). Change its role with PUT {Path}/{Echo.Of(resourceId)}/shares/{existing.Id}."));
        }
        var share = TShare.New(store.NextId(), resourceId, type, target.Id, role!.Value, store.Tick(), caller.Username);
        store.Table(shares).Add(share);
        return write.Commit<TDto>(project(share, target.DisplayName));
    }

    /// <summary>Changes the role a share grants; the same role answers the share and changes nothing.</summary>
    public Result<TDto> Update<TDto>(FakeHubStore store, Caller caller, string resourceId, string shareId, PermissionRole? role,
        Func<TShare, string?, TDto> project)
    {
        using var write = store.Writing();
        var found = FindShare(store, caller, resourceId, shareId);
        if (found.Failure is { } failure)
        {
            return write.Commit<TDto>(failure);
        }
        if (RoleProblem(role) is { } invalid)
        {
            return write.Commit<TDto>(invalid);
        }
        var share = found.Value!;
        if (share.Role != role!.Value)
        {
            share = share.WithRole(role.Value);
            store.Table(shares).Replace(share);
            store.Tick();
        }
        return write.Commit<TDto>(project(share, NameOf(store, share)));
    }

    public Failure? Delete(FakeHubStore store, Caller caller, string resourceId, string shareId)
    {
        using var write = store.Writing();
        var found = FindShare(store, caller, resourceId, shareId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(shares).Delete(shareId);
        // What stood on the share goes with it (the target's subscriptions to a shared service that is not PUBLISHED).
        store.Prune();
        store.Tick();
        return write.Commit();
    }

    /// <summary>The resource, if the caller's tenant owns it (a share does not count) and, to manage, the caller is OWNER there. Callers hold the lock.</summary>
    private Result<TResource> Owned(FakeHubStore store, Caller caller, string resourceId, bool manage)
    {
        var table = store.Table(resources);
        var found = table.Find(caller, resourceId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        if (!table.IsOwnedBy(caller, found.Value!))
        {
            return Failure.Denied($"{Noun} '{Echo.Of(resourceId)}' is shared with {caller.DescribeTenant()}; only the OWNERs of the tenant that owns it " +
                "see and manage its shares.");
        }
        if (manage && caller.Role != PermissionRole.Owner)
        {
            return Failure.Denied($"User '{caller.Username}' is {caller.Role} in {caller.DescribeTenant()}; only an OWNER shares a " +
                $"{Noun.ToLowerInvariant()} or changes its shares.");
        }
        return found;
    }

    private Result<TShare> FindShare(FakeHubStore store, Caller caller, string resourceId, string shareId)
    {
        var resource = Owned(store, caller, resourceId, manage: true);
        if (resource.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(shares).Find(shareId) is { } share && share.ResourceId == resourceId
            ? share
            : Failure.NotFound($"{Noun} '{Echo.Of(resourceId)}' has no share '{Echo.Of(shareId)}'. GET {Path}/{Echo.Of(resourceId)}/shares lists its shares.");
    }

    private IEnumerable<TShare> SharesOf(FakeHubStore store, string resourceId) =>
        store.Table(shares).Rows.Where(s => s.ResourceId == resourceId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal);

    private static string? NameOf(FakeHubStore store, TShare share) => store.Table(Tenancy.Tenants).Find(share.PrincipalId)?.DisplayName;

    private static Failure? RequestProblem(SharePrincipalType? principalType, string? principalId, PermissionRole? role)
    {
        if (principalType is not { } type || string.IsNullOrEmpty(type.Value))
        {
            return Failure.Invalid($"The share needs a 'principalType': one of {s_types}.");
        }
        if (type != SharePrincipalType.User && type != SharePrincipalType.Organization)
        {
            return Failure.Invalid($"Unknown principalType '{Echo.Of(type.Value)}'. Accepted: {s_types}.");
        }
        if (string.IsNullOrWhiteSpace(principalId))
        {
            return Failure.Invalid($"The share needs a 'principalId': the id of the {type} to share with; it was {(principalId is null ? "missing" : "empty")}.");
        }
        return RoleProblem(role);
    }

    private static Failure? RoleProblem(PermissionRole? role) => role is not { } value || string.IsNullOrEmpty(value.Value)
        ? Failure.Invalid($"The share needs a 'role': one of {s_roles}.")
        : value != PermissionRole.Viewer && value != PermissionRole.Maintainer && value != PermissionRole.Owner
            ? Failure.Invalid($"Unknown role '{Echo.Of(value.Value)}'. Accepted: {s_roles}.")
            : null;
}

/// <summary>Seeding of share tables.</summary>
internal static class ShareSeed
{
    /// <summary>
    /// Adds one share per step of <paramref name="plan"/>: of the row <paramref name="resourceOf"/> picks in the owner
    /// tenant, to the target tenant, created by the owner's owner some days before the reference date. Ids and times come
    /// from the <paramref name="stream"/> of the table's own, so no other seeded value moves.
    /// </summary>
    public static void Add<TShare>(SeedContext seed, TableDef<TShare> shares, string stream, Func<SeededTenant, string> resourceOf,
        params (string Owner, string Target, PermissionRole Role)[] plan) where TShare : class, IShareRecord<TShare>
    {
        var random = new Bogus.Randomizer(StableSeed.For(seed.Seed, stream));
        foreach (var (owner, target, role) in plan)
        {
            var from = seed.Tenant(owner);
            var to = seed.Tenant(target);
            var id = random.Uuid().ToString();
            var createdAt = seed.ReferenceDate.AddDays(-random.Number(1, 30)).AddSeconds(-random.Number(0, 86_399));
            seed.Add(shares, TShare.New(id, resourceOf(from), to.IsOrganization ? SharePrincipalType.Organization : SharePrincipalType.User,
                to.Id, role, createdAt, from.OwnerUsername));
        }
    }
}
