using Bogus;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.QuantumWorkloads;

/// <summary>The quantum_workloads namespace: quantum jobs of the tenants on IBM, IonQ and AQT simulators and QPUs.</summary>
internal sealed class QuantumWorkloadsModule : IHubModule
{
    /// <summary>Workloads per seeded tenant; the demo user's accounts together hold more than a page.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 6,
        [TenancySeed.DemoOrg] = 36,
        [TenancySeed.Alice] = 3,
        [TenancySeed.Lab] = 8,
        [TenancySeed.Bob] = 2,
        [TenancySeed.Garage] = 4,
    };

    public static TableDef<QuantumWorkloadRecord> Workloads { get; } = new TableDef<QuantumWorkloadRecord>("quantum_workloads", w => w.Id)
        .OwnedByTenant(w => w.TenantId)
        .OrderedBy(w => w.CreatedAt)
        .NamedAs("Quantum workload", HubCatalog.QuantumWorkloadsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Workloads)
        .Seed("quantum_workloads", Seed)
        .Routes(QuantumWorkloadsApi.Routes);

    /// <summary>
    /// Workloads from a stream of their own (so no other seeded value moves): created in the 180 days before the
    /// reference date, 100 to 10,000 shots; the last of each tenant still runs and ends 1 to 30 minutes after the
    /// reference date. Four in five end SUCCEEDED, the rest FAILED or CANCELLED.
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var random = new Randomizer(StableSeed.For(seed.Seed, "QuantumWorkload"));
        foreach (var tenant in seed.Tenants)
        {
            var count = s_perTenant.GetValueOrDefault(tenant.Key);
            for (var i = 0; i < count; i++)
            {
                var id = random.Uuid().ToString();
                var backend = QuantumBackends.All[random.Int(0, QuantumBackends.All.Count - 1)];
                var shots = random.Int(1, 100) * 100;
                var roll = random.Int(0, 99);
                var outcome = roll < 80 ? ExecutionStatus.Succeeded : roll < 92 ? ExecutionStatus.Failed : ExecutionStatus.Cancelled;
                var running = i == count - 1;
                var createdAt = running
                    ? seed.ReferenceDate.AddMinutes(-random.Int(1, 20))
                    : SeededFaker<QuantumWorkloadRecord>.WholeSeconds(seed.ReferenceDate.AddMinutes(-random.Int(60, 180 * 24 * 60)));
                var endsAt = running ? seed.ReferenceDate.AddMinutes(random.Int(1, 30)) : createdAt.AddSeconds(5 + shots / 50);
                seed.Add(Workloads, new QuantumWorkloadRecord
                {
                    Id = id,
                    TenantId = tenant.Id,
                    Backend = backend.Name,
                    Shots = shots,
                    CreatedAt = createdAt,
                    EndsAt = endsAt,
                    Outcome = outcome,
                });
            }
        }
    }
}
