using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Applications;
using KipuHub.FakeServer.Namespaces.DataPools;
using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPoolGrants;

/// <summary>
/// A grant on a data pool. It keeps what validating its token needs (the id, which is the token's <c>jti</c>, and a
/// SHA-256 hash of the token), never the token itself.
/// </summary>
internal sealed record DataPoolGrantRecord
{
    public string Id { get; init; } = string.Empty;

    public string DataPoolId { get; init; } = string.Empty;

    public string ServiceExecutionId { get; init; } = string.Empty;

    /// <summary>The execution's row when the tenant ran it itself; the grant goes with it.</summary>
    public string? OwnExecutionId { get; init; }

    /// <summary>The subscription whose row holds the execution when it ran through one; the grant goes with it.</summary>
    public string? SubscriptionId { get; init; }

    public DataPoolPermission Permission { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token: a token of the same id from before a reset does not match.</summary>
    public string TokenHash { get; init; } = string.Empty;
}

/// <summary>
/// The data_pool_grants namespace (docs/contract.md#data-pool-grants): grants belong to their pool's tenant and go with
/// the pool, and with the execution they are bound to. Its credential resolver lets the pipeline accept a grant's
/// token as X-Auth-Token without knowing what a data pool is.
/// </summary>
internal sealed class DataPoolGrantsModule : IHubModule
{
    public static TableDef<DataPoolGrantRecord> Grants { get; } = new TableDef<DataPoolGrantRecord>("data_pool_grants", g => g.Id)
        .OwnedThrough(DataPoolsModule.DataPools, g => g.DataPoolId)
        .References(ServiceExecutionsModule.Executions, g => g.OwnExecutionId)
        .References(SubscriptionsModule.Subscriptions, g => g.SubscriptionId)
        .OrderedBy(g => g.CreatedAt);

    /// <summary>Seeded grants on the demo organization's first data pool: more than a page of 20.</summary>
    private const int SeededGrants = 26;

    private static readonly int[] s_seededTtls = [600, 3600, 86_400];

    public void Register(HubModuleBuilder module) => module
        .Table(Grants)
        .Seed("data_pool_grants", Seed, "data_pools", "service_executions", "applications", "subscriptions")
        .Routes(DataPoolGrantsApi.Routes)
        .Credentials(GrantCallers.ResolveAsync);

    /// <summary>
    /// Grants on the demo organization's first data pool, for its executions (its own, and some made through its
    /// subscriptions), READ and WRITE, some expired at the reference date. Their tokens were never issued (the hash is of random bytes), so no seeded grant's token works:
    /// it could not be shown anyway. Ids and times come from this module's own stream, so no other seeded value moves.
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var random = new Bogus.Randomizer(StableSeed.For(seed.Seed, "DataPoolGrant"));
        var tenant = seed.Tenant(TenancySeed.DemoOrg);
        var pool = seed.Rows(DataPoolsModule.DataPools).Where(p => p.TenantId == tenant.Id)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal).First();
        var own = seed.Rows(ServiceExecutionsModule.Executions).Where(e => e.TenantId == tenant.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => (e.Id, Own: (string?)e.Id, Subscription: (string?)null)).ToList();
        var applications = seed.Rows(ApplicationsModule.Applications).Where(a => a.TenantId == tenant.Id).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var subscribed = seed.Rows(SubscriptionsModule.Subscriptions).Where(s => applications.Contains(s.ApplicationId))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .SelectMany(s => s.Executions.Select(e => (e.Id, Own: (string?)null, Subscription: (string?)s.Id))).ToList();
        for (var i = 0; i < SeededGrants; i++)
        {
            // Every fifth grant is for an execution made through one of the organization's subscriptions.
            var execution = i % 5 == 4 && subscribed.Count > 0 ? subscribed[i / 5 % subscribed.Count] : own[i % own.Count];
            var createdAt = seed.ReferenceDate.AddDays(-random.Number(0, 6)).AddSeconds(-random.Number(60, 86_399));
            seed.Add(Grants, new DataPoolGrantRecord
            {
                Id = random.Uuid().ToString(),
                DataPoolId = pool.Id,
                ServiceExecutionId = execution.Id,
                OwnExecutionId = execution.Own,
                SubscriptionId = execution.Subscription,
                Permission = random.Bool() ? DataPoolPermission.Write : DataPoolPermission.Read,
                CreatedAt = createdAt,
                CreatedBy = tenant.OwnerUsername,
                ExpiresAt = createdAt.AddSeconds(random.ArrayElement(s_seededTtls)),
                TokenHash = Convert.ToHexStringLower(random.Bytes(32)),
            });
        }
    }
}
