namespace KipuHub.FakeServer.Store;

/// <summary>A tenant of the seed, as every module's seeder sees it.</summary>
/// <param name="Key">The tenant's fixed role in the seed (<c>demo</c>, <c>demo-org</c>, <c>alice</c>, <c>lab</c>, <c>bob</c>, <c>garage</c>): modules key their counts on it.</param>
/// <param name="Id">The tenant id (an organization id, or the user id of a personal account).</param>
/// <param name="OwnerUsername">The user who owns it, used as createdBy.</param>
/// <param name="IsOrganization">Whether it is an organization.</param>
internal sealed record SeededTenant(string Key, string Id, string OwnerUsername, bool IsOrganization);

/// <summary>What a seeder reads and writes: the seed, the seeded tenants, and the rows seeded so far.</summary>
internal sealed class SeedContext
{
    private readonly FakeHubStore _store;

    internal SeedContext(FakeHubStore store, int seed, DateTimeOffset referenceDate)
    {
        _store = store;
        Seed = seed;
        ReferenceDate = referenceDate;
    }

    public int Seed { get; }

    /// <summary>"Now" for the data set: seeded timestamps lie before it.</summary>
    public DateTimeOffset ReferenceDate { get; }

    /// <summary>The seeded tenants in seed order; set by the tenancy seeder, which runs first.</summary>
    public IReadOnlyList<SeededTenant> Tenants { get; set; } = [];

    /// <summary>The tenant with a seed role.</summary>
    public SeededTenant Tenant(string key) => Tenants.Single(t => t.Key == key);

    /// <summary>The rows seeded so far in a table.</summary>
    public IEnumerable<T> Rows<T>(TableDef<T> table) where T : class => _store.Table(table).Rows;

    /// <summary>The notifications every module's source derives from the rows seeded so far, as of the reference date.</summary>
    public IEnumerable<NotificationEvent> Notifications() =>
        _store.Schema.NotificationSources.SelectMany(source => source(_store, ReferenceDate));

    public void Add<T>(TableDef<T> table, T row) where T : class => _store.Table(table).AddUntyped(row);

    /// <summary>
    /// For each seeded tenant in seed order, generates as many rows as <paramref name="perTenant"/> gives its seed role,
    /// completes each for the tenant, and adds it.
    /// </summary>
    public void AddPerTenant<T>(TableDef<T> table, IReadOnlyDictionary<string, int> perTenant, Bogus.Faker<T> faker, Func<T, SeededTenant, T> complete)
        where T : class
    {
        foreach (var tenant in Tenants)
        {
            foreach (var row in faker.Generate(perTenant[tenant.Key]))
            {
                Add(table, complete(row, tenant));
            }
        }
    }
}
