using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>A member asked for when creating a tenant.</summary>
internal sealed record MemberRequest(string? Username, PermissionRole Role);

/// <summary>A created tenant and its members with their tokens.</summary>
internal sealed record CreatedTenant(string Id, string Name, IReadOnlyList<(UserRecord User, PermissionRole Role)> Members);

/// <summary>
/// Who may act where: the users and tenants tables, resolving a request's caller, and the per-test tenants of the
/// admin API. Every other table's tenancy builds on these.
/// </summary>
internal static class Tenancy
{
    /// <summary>The longest display name of a created tenant.</summary>
    public const int MaxNameLength = 255;

    private const string SeededTokens = "GET /_admin/seed lists the fake's seeded principals.";

    public static TableDef<UserRecord> Users { get; } = new("users", u => u.Id);

    public static TableDef<TenantRecord> Tenants { get; } = new("tenants", t => t.Id);

    /// <summary>Finds the user of a token and the tenant the request acts in.</summary>
    /// <param name="store">The store.</param>
    /// <param name="token">The X-Auth-Token header.</param>
    /// <param name="organizationId">The X-OrganizationId header; empty or the caller's own account id means the personal account.</param>
    /// <param name="scope">Global endpoints ignore the organization header.</param>
    public static Result<Caller> ResolveCaller(FakeHubStore store, string? token, string? organizationId, HubScope scope)
    {
        using var read = store.Reading();
        if (UserOf(store, token) is not { } user)
        {
            return NoUser(token);
        }
        var tenants = store.Table(Tenants);
        var personal = tenants.Find(user.Id)!;
        if (scope == HubScope.Global || string.IsNullOrWhiteSpace(organizationId) || organizationId == user.Id)
        {
            return new Caller(user.Id, user.Username, personal.Id, personal.DisplayName, PermissionRole.Owner);
        }
        // An unknown organization gets the same answer as a foreign one, so ids cannot be probed.
        if (tenants.Find(organizationId) is { IsOrganization: true } organization && organization.RoleOf(user.Id) is { } role)
        {
            return new Caller(user.Id, user.Username, organization.Id, organization.DisplayName, role);
        }
        return Failure.Denied($"User '{user.Username}' is not a member of organization '{Echo.Of(organizationId)}' (X-OrganizationId). " +
            "GET /my/accounts lists the organizations this token can act in; omit X-OrganizationId to act in the personal account.");
    }

    /// <summary>
    /// The caller acting in the organization a global endpoint names in its path (<see cref="HubEndpoint.OrganizationParameter"/>).
    /// A non-member gets 404, as for an unknown id: the path is a resource, and its existence is not revealed.
    /// </summary>
    public static Result<Caller> ResolveMember(FakeHubStore store, string? token, string? organizationId)
    {
        using var read = store.Reading();
        if (UserOf(store, token) is not { } user)
        {
            return NoUser(token);
        }
        if (store.Table(Tenants).Find(organizationId ?? string.Empty) is { IsOrganization: true } organization && organization.RoleOf(user.Id) is { } role)
        {
            return new Caller(user.Id, user.Username, organization.Id, organization.DisplayName, role);
        }
        return NotAMember(organizationId, user.Username);
    }

    /// <summary>The one answer for an organization in a path that is unknown, foreign or no organization: ids cannot be probed.</summary>
    public static Failure NotAMember(string? organizationId, string username) =>
        Failure.NotFound($"Organization '{Echo.Of(organizationId)}' not found among the organizations of '{username}'. " +
            "GET /organizations lists the organizations this token is a member of.");

    private static UserRecord? UserOf(FakeHubStore store, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        // A loop, not FirstOrDefault with a lambda: this runs on every request, and the lambda would capture the token.
        foreach (var candidate in store.Table(Users).Rows)
        {
            if (string.Equals(candidate.Token, token, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
        return null;
    }

    private static Failure NoUser(string? token) => string.IsNullOrEmpty(token)
        ? Failure.Unauthenticated($"The request has no X-Auth-Token header. Send a personal access token in it. {SeededTokens}")
        : Failure.Unauthenticated($"The X-Auth-Token is not a valid personal access token. {SeededTokens}");

    /// <summary>A user's personal account: the user is its only member, as OWNER.</summary>
    public static TenantRecord PersonalAccount(UserRecord user) => new()
    {
        Id = user.Id,
        DisplayName = $"{user.FirstName} {user.LastName}",
        IsOrganization = false,
        AccountTypeName = "PERSONAL",
        AccountFeature = "FREE",
        Plan = "BASIC",
        Members = [new TenantMember(user.Id, PermissionRole.Owner)],
    };

    /// <summary>Whether a tenant exists. Callers hold the lock.</summary>
    public static bool Exists(FakeHubStore store, string tenantId) => store.Table(Tenants).Find(tenantId) is not null;

    /// <summary>The tenants of the seed, by their seed role.</summary>
    public static string SeededTenantId(FakeHubStore store, string key) => store.SeedState.Tenants.Single(t => t.Key == key).Id;

    /// <summary>
    /// A new organization with new users in the given roles, each with a personal account and a token. Like a reset, it
    /// waits for the requests in flight and holds new ones back, so no request sees part of a tenant.
    /// </summary>
    public static Result<CreatedTenant> CreateTenant(FakeHubStore store, string? name, IReadOnlyList<MemberRequest> members) =>
        store.Gate.RunExclusive(() => CreateTenantCore(store, name, members));

    private static Result<CreatedTenant> CreateTenantCore(FakeHubStore store, string? name, IReadOnlyList<MemberRequest> members)
    {
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength))
        {
            return Failure.Malformed($"The tenant 'name' must be 1 to {MaxNameLength} characters, or left out for a generated one; got '{Echo.Of(name)}'.");
        }
        if (members.Count == 0)
        {
            return Failure.Malformed("A tenant needs at least one member; give 'members' as [{\"role\": \"OWNER\"}, ...].");
        }
        foreach (var member in members)
        {
            if (member.Role != PermissionRole.Owner && member.Role != PermissionRole.Maintainer && member.Role != PermissionRole.Viewer)
            {
                return Failure.Malformed($"Member role '{member.Role}' is not one of OWNER, MAINTAINER, VIEWER.");
            }
            if (member.Username is { } username && (username.Length is 0 or > 40 || !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                return Failure.Malformed($"Member username '{Echo.Of(username)}' must be 1 to 40 letters, digits, '-', '_' or '.'.");
            }
        }
        using var write = store.Writing();
        var id = store.NextId();
        var suffix = id[..8];
        var created = new List<(UserRecord, PermissionRole)>();
        foreach (var member in members)
        {
            var username = $"{member.Username ?? member.Role.Value.ToLowerInvariant()}-{suffix}-{created.Count + 1}";
            var user = new UserRecord
            {
                Id = store.NextId(),
                Username = username,
                Token = store.NextSecret(),
                FirstName = member.Role.Value[..1] + member.Role.Value[1..].ToLowerInvariant(),
                LastName = suffix,
                Email = $"{username}@example.com",
            };
            store.Table(Users).Add(user);
            store.Table(Tenants).Add(PersonalAccount(user));
            created.Add((user, member.Role));
        }
        var organization = new TenantRecord
        {
            Id = id,
            DisplayName = name ?? $"Test Org {suffix}",
            IsOrganization = true,
            AccountTypeName = "ORGANIZATION",
            AccountFeature = "TEAM",
            CreatedAt = store.Now,
            Members = [.. created.Select(c => new TenantMember(c.Item1.Id, c.Item2))],
        };
        store.Table(Tenants).Add(organization);
        return write.Commit<CreatedTenant>(new CreatedTenant(organization.Id, organization.DisplayName, created));
    }

    /// <summary>
    /// Removes a created organization, the users created with it, and everything they own, in one step between
    /// requests: a request sees the tenant whole or not at all.
    /// </summary>
    public static Failure? RemoveTenant(FakeHubStore store, string tenantId) => store.Gate.RunExclusive(() => RemoveTenantCore(store, tenantId));

    private static Failure? RemoveTenantCore(FakeHubStore store, string tenantId)
    {
        using var write = store.Writing();
        var tenants = store.Table(Tenants);
        if (tenants.Find(tenantId) is not { } tenant)
        {
            return write.Commit(FakeHubStore.UnknownTenant(tenantId));
        }
        if (store.SeedState.Tenants.Any(t => t.Id == tenantId))
        {
            return write.Commit(Failure.Malformed($"Tenant '{Echo.Of(tenantId)}' ({tenant.DisplayName}) is part of the seed and cannot be removed; " +
                "reset it instead (POST /_admin/reset?tenant=...)."));
        }
        if (!tenant.IsOrganization)
        {
            return write.Commit(Failure.Malformed($"Tenant '{Echo.Of(tenantId)}' is a personal account; remove the organization it was created with."));
        }
        store.RemoveContentOf(tenantId, prune: false);
        var removed = tenant.Members.Select(m => m.UserId).Where(id => !store.SeedState.Tenants.Any(t => t.Id == id)).ToHashSet(StringComparer.Ordinal);
        foreach (var userId in removed)
        {
            store.RemoveContentOf(userId, prune: false);
            tenants.Delete(userId);
            store.Table(Users).Delete(userId);
        }
        // A removed user may have joined other organizations (an accepted invitation): it leaves them too.
        foreach (var joined in tenants.Rows.Where(t => t.Id != tenantId && t.Members.Any(m => removed.Contains(m.UserId))).ToList())
        {
            tenants.Replace(joined with { Members = [.. joined.Members.Where(m => !removed.Contains(m.UserId))] });
        }
        tenants.Delete(tenantId);
        store.RemoveContentOf(tenantId);
        return write.Commit();
    }
}
