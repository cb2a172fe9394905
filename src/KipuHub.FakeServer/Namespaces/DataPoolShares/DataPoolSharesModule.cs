using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.DataPools;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPoolShares;

/// <summary>A share of a data pool with a target tenant: a user's personal account (its id is the user's) or an organization.</summary>
internal sealed record DataPoolShareRecord : IShareRecord<DataPoolShareRecord>
{
    public string Id { get; init; } = string.Empty;

    public string DataPoolId { get; init; } = string.Empty;

    public SharePrincipalType PrincipalType { get; init; }

    /// <summary>The target tenant's id.</summary>
    public string PrincipalId { get; init; } = string.Empty;

    public PermissionRole Role { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    string IShareRecord<DataPoolShareRecord>.ResourceId => DataPoolId;

    public DataPoolShareRecord WithRole(PermissionRole role) => this with { Role = role };

    public static DataPoolShareRecord New(string id, string resourceId, SharePrincipalType type, string principalId, PermissionRole role,
        DateTimeOffset createdAt, string createdBy) =>
        new() { Id = id, DataPoolId = resourceId, PrincipalType = type, PrincipalId = principalId, Role = role, CreatedAt = createdAt, CreatedBy = createdBy };
}

/// <summary>
/// The data_pool_shares namespace. Its table makes data pools visible beyond their tenant: the data pools table is
/// declared <see cref="TableDef{T}.SharedThrough"/> it, so every read and write of a pool and its files counts the
/// shares with the effective role (VIEWER lists, reads and downloads; MAINTAINER uploads files and renames the pool;
/// OWNER deletes files and the pool). The seed adds three shares, each of its owner's newest seeded pool (the last
/// one its list shows): Kipu Demo Org's with
/// alice's personal account (VIEWER) and with Bob's Quantum Garage (MAINTAINER), and Bob's Quantum Garage's with Qubit
/// Research Lab (MAINTAINER, so the demo user, VIEWER there, sees it as VIEWER and alice, its OWNER, as MAINTAINER).
/// The demo user's personal account and Kipu Demo Org still list exactly the pools they own.
/// </summary>
internal sealed class DataPoolSharesModule : IHubModule
{
    /// <summary>Shares belong to the pool's tenant and go with the pool, and with the target tenant.</summary>
    public static TableDef<DataPoolShareRecord> Shares { get; } = new TableDef<DataPoolShareRecord>("data_pool_shares", s => s.Id)
        .OwnedThrough(DataPoolsModule.DataPools, s => s.DataPoolId)
        .References(Tenancy.Tenants, s => s.PrincipalId)
        .OrderedBy(s => s.CreatedAt);

    public void Register(HubModuleBuilder module)
    {
        // Declared here rather than beside the data pools table, so that neither static initializer waits for the other.
        DataPoolsModule.DataPools.SharedThrough(Shares, s => s.DataPoolId, s => s.PrincipalId, s => s.Role);
        module
            .Table(Shares)
            .Seed("data_pool_shares", Seed, "data_pools")
            .Routes(DataPoolSharesApi.Routes);
    }

    private static void Seed(SeedContext seed)
    {
        var pools = seed.Rows(DataPoolsModule.DataPools).ToList();
        ShareSeed.Add(seed, Shares, "DataPoolShare", owner => pools.Where(p => p.TenantId == owner.Id).MaxBy(p => p.CreatedAt)!.Id,
            (TenancySeed.DemoOrg, TenancySeed.Alice, PermissionRole.Viewer),
            (TenancySeed.DemoOrg, TenancySeed.Garage, PermissionRole.Maintainer),
            (TenancySeed.Garage, TenancySeed.Lab, PermissionRole.Maintainer));
    }
}
