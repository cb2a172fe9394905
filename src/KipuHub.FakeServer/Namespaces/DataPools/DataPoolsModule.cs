using Bogus;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.DataPools;

/// <summary>A data pool of a tenant, with its files.</summary>
internal sealed record DataPoolRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? ShortDescription { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<FileRecord> Files { get; init; } = [];
}

/// <summary>A file in a data pool. Its bytes never change after upload, so copies share them.</summary>
internal sealed record FileRecord
{
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string ContentType { get; init; } = string.Empty;

    public byte[] Bytes { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The data_pools namespace: named sets of files, listed as plain arrays.</summary>
internal sealed class DataPoolsModule : IHubModule
{
    /// <summary>Data pools per seeded tenant.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 3,
        [TenancySeed.DemoOrg] = 4,
        [TenancySeed.Alice] = 1,
        [TenancySeed.Lab] = 2,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 2,
    };

    public static TableDef<DataPoolRecord> DataPools { get; } = new TableDef<DataPoolRecord>("data_pools", p => p.Id)
        .OwnedByTenant(p => p.TenantId)
        .OrderedBy(p => p.CreatedAt)
        .NamedAs("Data pool", HubCatalog.DataPoolsList);

    public void Register(HubModuleBuilder module) => module
        .Table(DataPools)
        .Seed("data_pools", Seed)
        .Routes(DataPoolsApi.Routes);

    /// <summary>One to three small files per pool; file names are unique within a pool, as paths in a folder are.</summary>
    private static void Seed(SeedContext seed)
    {
        var poolFaker = new DataPoolFaker(seed.Seed, seed.ReferenceDate);
        var fileFaker = new DataPoolFileFaker(seed.Seed, seed.ReferenceDate);
        var choices = new Randomizer(StableSeed.For(seed.Seed, "DataPoolFileCount"));
        seed.AddPerTenant(DataPools, s_perTenant, poolFaker, (pool, tenant) =>
        {
            var files = new List<FileRecord>();
            foreach (var generated in fileFaker.Generate(choices.Int(1, 3)))
            {
                var file = generated;
                while (files.Any(f => f.Name == file.Name))
                {
                    file = file with { Name = "copy-of-" + file.Name };
                }
                files.Add(file);
            }
            return pool with { TenantId = tenant.Id, Files = files };
        });
    }
}
