using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.GitIntegrations;

/// <summary>
/// A git integration of a tenant. A GitLab token is kept only as its SHA-256 hash, so no answer, snapshot or
/// fingerprint can hold it. Its repositories are not rows: they follow from the id and the count
/// (<see cref="GitRepositories"/>), so they go with the integration.
/// </summary>
internal sealed record GitIntegrationRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public GitProvider Provider { get; init; }

    public long? InstallationId { get; init; }

    public string? TokenHash { get; init; }

    public int RepositoryCount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>The git_integrations namespace: GitHub and GitLab connections of a tenant, and their repositories.</summary>
internal sealed class GitIntegrationsModule : IHubModule
{
    /// <summary>Integrations per seeded tenant; the demo organization has more than one page of the default size.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 2,
        [TenancySeed.DemoOrg] = 26,
        [TenancySeed.Alice] = 1,
        [TenancySeed.Lab] = 3,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 2,
    };

    /// <summary>The first integration of the demo organization has this many repositories, so its list pages.</summary>
    public const int DemoRepositoryCount = 32;

    public static TableDef<GitIntegrationRecord> Integrations { get; } = new TableDef<GitIntegrationRecord>("git_integrations", g => g.Id)
        .OwnedByTenant(g => g.TenantId)
        .OrderedBy(g => g.CreatedAt)
        .NamedAs("Git integration", HubCatalog.GitIntegrationsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Integrations)
        .Seed("git_integrations", Seed)
        .Routes(GitIntegrationsApi.Routes);

    /// <summary>Names are unique in a tenant ignoring case, as the create rule demands; a repeated one gets a number.</summary>
    private static void Seed(SeedContext seed)
    {
        var faker = new GitIntegrationFaker(seed.Seed, seed.ReferenceDate);
        var first = true;
        seed.AddPerTenant(Integrations, s_perTenant, faker, (integration, tenant) =>
        {
            var taken = seed.Rows(Integrations).Where(g => g.TenantId == tenant.Id).Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var name = integration.Name;
            for (var n = 2; taken.Contains(name); n++)
            {
                name = $"{integration.Name} {n}";
            }
            var count = tenant.Key == TenancySeed.DemoOrg && first ? DemoRepositoryCount : integration.RepositoryCount;
            first &= tenant.Key != TenancySeed.DemoOrg;
            return integration with { TenantId = tenant.Id, Name = name, RepositoryCount = count, CreatedBy = tenant.OwnerUsername };
        });
    }
}
