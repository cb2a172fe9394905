using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Applications;

/// <summary>An application of a tenant, with the access tokens issued for it.</summary>
internal sealed record ApplicationRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<AccessToken> IssuedTokens { get; init; } = [];
}

/// <summary>The applications namespace: the consumer side that subscribes to services.</summary>
internal sealed class ApplicationsModule : IHubModule
{
    /// <summary>Applications per seeded tenant.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 3,
        [TenancySeed.DemoOrg] = 6,
        [TenancySeed.Alice] = 1,
        [TenancySeed.Lab] = 2,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 2,
    };

    public static TableDef<ApplicationRecord> Applications { get; } = new TableDef<ApplicationRecord>("applications", a => a.Id)
        .OwnedByTenant(a => a.TenantId)
        .OrderedBy(a => a.CreatedAt)
        .NamedAs("Application", HubCatalog.ApplicationsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Applications)
        .Seed("applications", Seed)
        .Routes(ApplicationsApi.Routes);

    private static void Seed(SeedContext seed) =>
        seed.AddPerTenant(Applications, s_perTenant, new ApplicationFaker(seed.Seed, seed.ReferenceDate), (a, tenant) => a with { TenantId = tenant.Id });
}
