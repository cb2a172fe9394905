using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.UseCases;

/// <summary>A use case of a tenant.</summary>
internal sealed record UseCaseRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>The use_cases namespace: application scenarios, owned by a tenant, paged and searchable by title.</summary>
internal sealed class UseCasesModule : IHubModule
{
    /// <summary>Use cases per seeded tenant; the demo organization has more than one page of the default size.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 3,
        [TenancySeed.DemoOrg] = 24,
        [TenancySeed.Alice] = 1,
        [TenancySeed.Lab] = 5,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 2,
    };

    public static TableDef<UseCaseRecord> UseCases { get; } = new TableDef<UseCaseRecord>("use_cases", u => u.Id)
        .OwnedByTenant(u => u.TenantId)
        .OrderedBy(u => u.CreatedAt)
        .NamedAs("Use case", HubCatalog.UseCasesList);

    public void Register(HubModuleBuilder module) => module
        .Table(UseCases)
        .Seed("use_cases", Seed)
        .Routes(UseCasesApi.Routes);

    /// <summary>
    /// Use cases drawn for the demo organization after every other tenant's, so that no earlier use case moves and its
    /// list holds 26: more than a page, whether of 20 or 25.
    /// </summary>
    private const int LaterDemoUseCases = 2;

    private static void Seed(SeedContext seed)
    {
        var faker = new UseCaseFaker(seed.Seed, seed.ReferenceDate);
        seed.AddPerTenant(UseCases, s_perTenant, faker, Complete);
        var demoOrganization = seed.Tenant(TenancySeed.DemoOrg);
        foreach (var useCase in faker.Generate(LaterDemoUseCases))
        {
            seed.Add(UseCases, Complete(useCase, demoOrganization));
        }
    }

    private static UseCaseRecord Complete(UseCaseRecord useCase, SeededTenant tenant) =>
        useCase with { TenantId = tenant.Id, CreatedBy = tenant.OwnerUsername };
}
