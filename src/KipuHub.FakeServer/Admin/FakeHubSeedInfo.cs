using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer;

/// <summary>What a server was seeded with: enough to find every seeded principal and organization without guessing.</summary>
/// <param name="Seed">The seed of the data set.</param>
/// <param name="ReferenceDate">"Now" for the data set: seeded timestamps lie before it.</param>
/// <param name="Demo">The demo principal (token <c>demo-token</c>).</param>
/// <param name="Principals">Every seeded user that has a token, demo first.</param>
/// <param name="Organizations">Every seeded organization with its members and their roles.</param>
/// <param name="Collections">Every collection of the store (services, applications, ...) with how many rows the seed puts in it.</param>
public sealed record FakeHubSeedInfo(
    int Seed,
    DateTimeOffset ReferenceDate,
    FakeHubPrincipal Demo,
    IReadOnlyList<FakeHubPrincipal> Principals,
    IReadOnlyList<FakeHubOrganization> Organizations,
    IReadOnlyList<FakeHubCollection> Collections)
{
    /// <summary>The seed info of a store, read from its seed state: every seeded principal, organization and collection.</summary>
    internal static FakeHubSeedInfo Of(FakeHubStore store)
    {
        var seed = store.SeedState;
        var users = seed.Rows(Tenancy.Users).ToDictionary(u => u.Id, StringComparer.Ordinal);
        // The demo organization's further members have no token: nobody signs in as them, so they are no principals.
        var principals = users.Values.Where(u => u.Token.Length > 0).Select(u => new FakeHubPrincipal(u.Id, u.Username, u.Token)).ToList();
        var organizations = seed.Rows(Tenancy.Tenants).Where(t => t.IsOrganization)
            .Select(t => new FakeHubOrganization(t.Id, t.DisplayName,
                [.. t.Members.Select(m => new FakeHubMember(m.UserId, users[m.UserId].Username, users[m.UserId].Token, m.Role, users[m.UserId].Email))]))
            .ToList();
        var collections = store.Schema.Tables.Select(table =>
        {
            var rows = seed.Tables[table.Index].UntypedRows.ToList();
            var byTenant = table.IsTenantOwned
                ? rows.GroupBy(r => table.TenantOf(r, seed) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)
                : [];
            return new FakeHubCollection(table.Name, rows.Count, byTenant);
        }).ToList();
        var demo = principals.Single(p => p.UserId == Tenancy.SeededTenantId(store, TenancySeed.Demo));
        return new FakeHubSeedInfo(store.Seed, store.ReferenceDate, demo, principals, organizations, collections);
    }
}

/// <summary>One collection of the fake's store and what the seed puts in it.</summary>
/// <param name="Name">The collection's name, for example <c>services</c>.</param>
/// <param name="Count">How many rows the seed puts in it.</param>
/// <param name="ByTenant">For a collection whose rows belong to tenants, the seeded rows per tenant id; empty otherwise.</param>
public sealed record FakeHubCollection(string Name, int Count, IReadOnlyDictionary<string, int> ByTenant);

/// <summary>A user of the fake and its personal access token.</summary>
/// <param name="UserId">The user's id, which is also the id of its personal account.</param>
/// <param name="Username">The login name.</param>
/// <param name="Token">The personal access token to send as <c>X-Auth-Token</c>.</param>
public sealed record FakeHubPrincipal(string UserId, string Username, string Token);

/// <summary>An organization and its members.</summary>
/// <param name="Id">The organization id, sent as <c>X-OrganizationId</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Members">The members with their roles, in the order they joined.</param>
public sealed record FakeHubOrganization(string Id, string Name, IReadOnlyList<FakeHubMember> Members)
{
    internal static FakeHubOrganization Of(CreatedTenant created) =>
        new(created.Id, created.Name, [.. created.Members.Select(m => new FakeHubMember(m.User.Id, m.User.Username, m.User.Token, m.Role, m.User.Email))]);
}

/// <summary>A member of an organization.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The login name.</param>
/// <param name="Token">The user's personal access token; empty for a seeded member nobody signs in as.</param>
/// <param name="Role">The role in the organization.</param>
/// <param name="Email">The user's email address, which invitations are matched by.</param>
public sealed record FakeHubMember(string UserId, string Username, string Token, PermissionRole Role, string Email);
