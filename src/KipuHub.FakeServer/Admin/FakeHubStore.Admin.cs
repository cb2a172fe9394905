using System.Text.RegularExpressions;
using KipuHub.FakeServer.Pipeline;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

/// <summary>A deep copy of the whole state, the id and clock sequence included.</summary>
internal sealed record StoreSnapshot(
    string Name,
    DateTimeOffset TakenAt,
    (long Writes, long Draws) Sequence,
    UserRecord[] Users,
    TenantRecord[] Tenants,
    IndustryRecord[] Industries,
    ServiceRecord[] Services,
    ApplicationRecord[] Applications,
    SubscriptionRecord[] Subscriptions,
    DataPoolRecord[] DataPools);

/// <summary>A member asked for when creating a tenant.</summary>
internal sealed record MemberRequest(string? Username, PermissionRole Role);

// Reset, snapshots, seed info and per-test tenants. Each is one operation under the store's lock, so a request sees the
// state before or after it, never a mix.
internal sealed partial class FakeHubStore
{
    public const int MaxSnapshotNameLength = 64;

    private static readonly Regex s_snapshotName = new("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, StoreSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>Admits catalog requests, and keeps resets and restores out of the middle of one.</summary>
    public RequestGate Gate { get; } = new();

    /// <summary>Back to a fresh start with the same seed: the seeded data, ids and id sequence; created tenants are gone.</summary>
    public void ResetAll() => Gate.RunExclusive(() =>
    {
        ResetAllCore();
        return true;
    });

    private void ResetAllCore()
    {
        var data = HubSeeder.Build(Seed, ReferenceDate);
        lock (_gate)
        {
            Load(data);
            _sequence.MoveTo((0, 0));
        }
    }

    /// <summary>
    /// Gives one tenant back its seeded services, applications (with their subscriptions) and data pools; a created
    /// tenant is emptied. Other tenants and the id sequence are left alone, so ids created elsewhere stay unique.
    /// </summary>
    public HubError? ResetTenant(string tenantId) => Gate.RunExclusive(() => ResetTenantCore(tenantId));

    private HubError? ResetTenantCore(string tenantId)
    {
        var data = HubSeeder.Build(Seed, ReferenceDate);
        lock (_gate)
        {
            if (!_tenants.ContainsKey(tenantId))
            {
                return UnknownTenant(tenantId);
            }
            Changed();
            RemoveContentOf(tenantId, prune: false);
            foreach (var service in data.Services.Where(s => s.TenantId == tenantId))
            {
                _services[service.Id] = service;
            }
            var applications = data.Applications.Where(a => a.TenantId == tenantId).ToList();
            foreach (var application in applications)
            {
                _applications[application.Id] = application;
            }
            var applicationIds = applications.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var subscription in data.Subscriptions.Where(s => applicationIds.Contains(s.ApplicationId) && _services.ContainsKey(s.ServiceId)))
            {
                _subscriptions[subscription.Id] = subscription;
            }
            foreach (var pool in data.DataPools.Where(p => p.TenantId == tenantId))
            {
                _dataPools[pool.Id] = pool;
            }
            // Subscriptions other tenants hold on the seeded services survive; those on services the reset removed go.
            PruneSubscriptions();
            // Seeded entities back in seed order, so an untouched tenant's reset leaves the store exactly as it was.
            _services = InSeedOrder(_services, data.Services.Select(x => x.Id));
            _applications = InSeedOrder(_applications, data.Applications.Select(x => x.Id));
            _subscriptions = InSeedOrder(_subscriptions, data.Subscriptions.Select(x => x.Id));
            _dataPools = InSeedOrder(_dataPools, data.DataPools.Select(x => x.Id));
            return null;
        }
    }

    public HubError? SaveSnapshot(string name, DateTimeOffset now)
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            _snapshots[name] = new StoreSnapshot(
                name,
                now,
                _sequence.Position,
                [.. _users.Values.Select(u => u.Copy())],
                [.. _tenants.Values.Select(t => t.Copy())],
                [.. _industries.Values.Select(i => i.Copy())],
                [.. _services.Values.Select(s => s.Copy())],
                [.. _applications.Values.Select(a => a.Copy())],
                [.. _subscriptions.Values.Select(s => s.Copy())],
                [.. _dataPools.Values.Select(p => p.Copy())]);
            return null;
        }
    }

    /// <summary>Swaps the whole state for a copy of the snapshot in one step; the snapshot stays for further restores.</summary>
    public HubError? RestoreSnapshot(string name) => Gate.RunExclusive(() => RestoreSnapshotCore(name));

    private HubError? RestoreSnapshotCore(string name)
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(name, out var snapshot))
            {
                return UnknownSnapshot(name);
            }
            Changed();
            _users = snapshot.Users.Select(u => u.Copy()).ToDictionary(u => u.Id, StringComparer.Ordinal);
            _tenants = snapshot.Tenants.Select(t => t.Copy()).ToDictionary(t => t.Id, StringComparer.Ordinal);
            _industries = snapshot.Industries.Select(i => i.Copy()).ToDictionary(i => i.Uuid, StringComparer.Ordinal);
            _services = snapshot.Services.Select(s => s.Copy()).ToDictionary(s => s.Id, StringComparer.Ordinal);
            _applications = snapshot.Applications.Select(a => a.Copy()).ToDictionary(a => a.Id, StringComparer.Ordinal);
            _subscriptions = snapshot.Subscriptions.Select(s => s.Copy()).ToDictionary(s => s.Id, StringComparer.Ordinal);
            _dataPools = snapshot.DataPools.Select(p => p.Copy()).ToDictionary(p => p.Id, StringComparer.Ordinal);
            _sequence.MoveTo(snapshot.Sequence);
            return null;
        }
    }

    public HubError? DeleteSnapshot(string name)
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            return _snapshots.Remove(name) ? null : UnknownSnapshot(name);
        }
    }

    public IReadOnlyList<(string Name, DateTimeOffset TakenAt)> Snapshots()
    {
        lock (_gate)
        {
            return [.. _snapshots.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Name, s.TakenAt))];
        }
    }

    /// <summary>The seed's principals and organizations (not the created ones), as they were seeded.</summary>
    public FakeHubSeedInfo SeedInfo()
    {
        var data = HubSeeder.Build(Seed, ReferenceDate);
        var users = data.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var principals = data.Users.Select(u => new FakeHubPrincipal(u.Id, u.Username, u.Token)).ToList();
        var organizations = data.Tenants.Where(t => t.IsOrganization)
            .Select(t => new FakeHubOrganization(t.Id, t.DisplayName,
                [.. t.Members.Select(m => new FakeHubMember(m.Key, users[m.Key].Username, users[m.Key].Token, m.Value))]))
            .ToList();
        return new FakeHubSeedInfo(Seed, ReferenceDate, principals.Single(p => p.UserId == data.DemoUserId), principals, organizations);
    }

    /// <summary>A new organization with new users in the given roles, each with a personal account and a token.</summary>
    public Outcome<FakeHubOrganization> CreateTenant(string? name, IReadOnlyList<MemberRequest> members)
    {
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength))
        {
            return HubError.BadRequest($"The tenant 'name' must be 1 to {MaxNameLength} characters, or left out for a generated one; got '{name}'.");
        }
        if (members.Count == 0)
        {
            return HubError.BadRequest("A tenant needs at least one member; give 'members' as [{\"role\": \"OWNER\"}, ...].");
        }
        foreach (var member in members)
        {
            if (member.Role != PermissionRole.Owner && member.Role != PermissionRole.Maintainer && member.Role != PermissionRole.Viewer)
            {
                return HubError.BadRequest($"Member role '{member.Role}' is not one of OWNER, MAINTAINER, VIEWER.");
            }
            if (member.Username is { } username && (username.Length is 0 or > 40 || !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                return HubError.BadRequest($"Member username '{username}' must be 1 to 40 letters, digits, '-', '_' or '.'.");
            }
        }
        lock (_gate)
        {
            Changed();
            var organization = new TenantRecord
            {
                Id = _sequence.NextId(),
                IsOrganization = true,
                AccountTypeName = "ORGANIZATION",
                AccountFeature = "TEAM",
            };
            var suffix = organization.Id[..8];
            organization.DisplayName = name ?? $"Test Org {suffix}";
            var created = new List<FakeHubMember>();
            foreach (var member in members)
            {
                var user = new UserRecord
                {
                    Id = _sequence.NextId(),
                    Username = $"{member.Username ?? member.Role.Value.ToLowerInvariant()}-{suffix}-{created.Count + 1}",
                    Token = _sequence.NextSecret(),
                    FirstName = member.Role.Value[..1] + member.Role.Value[1..].ToLowerInvariant(),
                    LastName = suffix,
                };
                user.Email = $"{user.Username}@example.com";
                _users.Add(user.Id, user);
                var personal = new TenantRecord
                {
                    Id = user.Id,
                    DisplayName = $"{user.FirstName} {user.LastName}",
                    AccountTypeName = "PERSONAL",
                    AccountFeature = "FREE",
                };
                personal.Members[user.Id] = PermissionRole.Owner;
                _tenants.Add(personal.Id, personal);
                organization.Members[user.Id] = member.Role;
                created.Add(new FakeHubMember(user.Id, user.Username, user.Token, member.Role));
            }
            _tenants.Add(organization.Id, organization);
            return new FakeHubOrganization(organization.Id, organization.DisplayName, created);
        }
    }

    /// <summary>Removes a created organization, the users created with it, and everything they own.</summary>
    public HubError? RemoveTenant(string tenantId)
    {
        lock (_gate)
        {
            if (!_tenants.TryGetValue(tenantId, out var tenant))
            {
                return UnknownTenant(tenantId);
            }
            if (SeededTenantIds.Contains(tenantId))
            {
                return HubError.BadRequest($"Tenant '{tenantId}' ({tenant.DisplayName}) is part of the seed and cannot be removed; " +
                    "reset it instead (POST /_admin/reset?tenant=...).");
            }
            if (!tenant.IsOrganization)
            {
                return HubError.BadRequest($"Tenant '{tenantId}' is a personal account; remove the organization it was created with.");
            }
            Changed();
            RemoveContentOf(tenantId);
            foreach (var userId in tenant.Members.Keys.Where(id => !SeededTenantIds.Contains(id)))
            {
                RemoveContentOf(userId);
                _tenants.Remove(userId);
                _users.Remove(userId);
            }
            _tenants.Remove(tenantId);
            return null;
        }
    }

    /// <summary>Drops a tenant's services, applications and data pools, and every subscription left dangling. Under the lock.</summary>
    private void RemoveContentOf(string tenantId, bool prune = true)
    {
        foreach (var id in _services.Values.Where(s => s.TenantId == tenantId).Select(s => s.Id).ToList())
        {
            _services.Remove(id);
        }
        foreach (var id in _applications.Values.Where(a => a.TenantId == tenantId).Select(a => a.Id).ToList())
        {
            _applications.Remove(id);
        }
        foreach (var id in _dataPools.Values.Where(p => p.TenantId == tenantId).Select(p => p.Id).ToList())
        {
            _dataPools.Remove(id);
        }
        if (prune)
        {
            PruneSubscriptions();
        }
    }

    private void PruneSubscriptions()
    {
        foreach (var id in _subscriptions.Values
            .Where(s => !_applications.ContainsKey(s.ApplicationId) || !_services.ContainsKey(s.ServiceId)).Select(s => s.Id).ToList())
        {
            _subscriptions.Remove(id);
        }
    }

    /// <summary>Seeded entries first in seed order, then the others in their current order.</summary>
    private static Dictionary<string, T> InSeedOrder<T>(Dictionary<string, T> entries, IEnumerable<string> seedOrder)
    {
        var rank = seedOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        return entries.OrderBy(e => rank.TryGetValue(e.Key, out var i) ? i : int.MaxValue)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    private static HubError? SnapshotNameProblem(string? name) =>
        string.IsNullOrEmpty(name) || name.Length > MaxSnapshotNameLength || !s_snapshotName.IsMatch(name)
            ? HubError.BadRequest($"Snapshot name '{name}' must be 1 to {MaxSnapshotNameLength} letters, digits, '.', '_' or '-'.")
            : null;

    private HubError UnknownSnapshot(string name) =>
        HubError.NotFound($"There is no snapshot named '{name}'. Saved snapshots: {(_snapshots.Count == 0 ? "none" : string.Join(", ", _snapshots.Keys.Order(StringComparer.Ordinal)))}.");

    private static HubError UnknownTenant(string tenantId) =>
        HubError.NotFound($"There is no tenant '{tenantId}'. GET /_admin/seed lists the seeded ones; a tenant id is an organization id or a user id.");
}
