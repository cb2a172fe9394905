using Bogus;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>A credit granted to a tenant: the only money that comes in; charges are the ledger's entries.</summary>
internal sealed record CreditRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public decimal Amount { get; init; }

    public string Description { get; init; } = string.Empty;

    public DateTimeOffset GrantedAt { get; init; }
}

/// <summary>A monthly budget of a tenant. It stores the limit only; what was spent comes from the ledger.</summary>
internal sealed record BudgetRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public decimal Amount { get; init; }

    public string? ServiceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>
/// The billing namespace: the credits and budgets tables, and the charges of deleted rows; every other figure is derived
/// by <see cref="Ledger"/>.
/// </summary>
internal sealed class BillingModule : IHubModule
{
    /// <summary>Credits granted per seeded tenant at its start (alice's personal account has none: no credit, no paid execution).</summary>
    private static readonly Dictionary<string, decimal> s_welcome = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 500m,
        [TenancySeed.DemoOrg] = 5000m,
        [TenancySeed.Lab] = 2000m,
        [TenancySeed.Bob] = 100m,
        [TenancySeed.Garage] = 1000m,
    };

    public static TableDef<CreditRecord> Credits { get; } = new TableDef<CreditRecord>("billing_credits", c => c.Id)
        .OwnedByTenant(c => c.TenantId)
        .OrderedBy(c => c.GrantedAt)
        .NamedAs("Credit", HubCatalog.BillingCredits);

    public static TableDef<BudgetRecord> Budgets { get; } = new TableDef<BudgetRecord>("billing_budgets", b => b.Id)
        .OwnedByTenant(b => b.TenantId)
        .OrderedBy(b => b.CreatedAt)
        .NamedAs("Budget", HubCatalog.BillingBudgetsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Credits)
        .Table(Budgets)
        .Table(SettledCharges.Table)
        .WatchDeletions(SettledCharges.Watcher)
        .Seed("billing", Seed)
        .Notifications(BudgetNotifications.Source)
        .Routes(BillingApi.Routes);

    /// <summary>
    /// A welcome credit per seeded tenant a year before the reference date, a top-up for the demo organization 60 days
    /// before it, two budgets of the demo organization and one of the lab, and the kept charge of a job whose service
    /// the demo organization deleted; from a stream of their own.
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "Billing"));
        foreach (var tenant in seed.Tenants)
        {
            if (s_welcome.TryGetValue(tenant.Key, out var amount))
            {
                seed.Add(Credits, new CreditRecord
                {
                    Id = random.Uuid().ToString(),
                    TenantId = tenant.Id,
                    Amount = amount,
                    Description = "Welcome credit",
                    GrantedAt = SeededFaker<CreditRecord>.WholeSeconds(seed.ReferenceDate.AddDays(-365)),
                });
            }
        }
        var demoOrganization = seed.Tenant(TenancySeed.DemoOrg);
        seed.Add(Credits, new CreditRecord
        {
            Id = random.Uuid().ToString(),
            TenantId = demoOrganization.Id,
            Amount = 1000m,
            Description = "Top-up",
            GrantedAt = SeededFaker<CreditRecord>.WholeSeconds(seed.ReferenceDate.AddDays(-60)),
        });
        (string Key, string Name, decimal Amount)[] budgets =
            [(TenancySeed.DemoOrg, "Monthly spending", 1500m), (TenancySeed.DemoOrg, "Quantum hardware", 50m), (TenancySeed.Lab, "Lab budget", 300m)];
        foreach (var (key, name, limit) in budgets)
        {
            var tenant = seed.Tenant(key);
            seed.Add(Budgets, new BudgetRecord
            {
                Id = random.Uuid().ToString(),
                TenantId = tenant.Id,
                Name = name,
                Amount = limit,
                CreatedAt = SeededFaker<BudgetRecord>.WholeSeconds(seed.ReferenceDate.AddDays(-random.Int(30, 200))),
                CreatedBy = tenant.OwnerUsername,
            });
        }
        // A job of a service the demo organization has since deleted: its charge stays in the history (SettledCharges).
        var retiredJob = random.Uuid().ToString();
        seed.Add(SettledCharges.Table, new LedgerEntry("job-" + retiredJob, demoOrganization.Id, null,
            SeededFaker<CreditRecord>.WholeSeconds(seed.ReferenceDate.AddDays(-45)), 12.34m, UsageSourceKind.ServiceJob, retiredJob,
            random.Uuid().ToString(), "Retired route optimizer", "Compute"));
    }
}
