using Bogus;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// The service_executions namespace. Its table holds the executions a tenant ran itself; the ones made through
/// subscriptions stay inside the subscriptions' rows and are listed here too. An execution goes with its service.
/// </summary>
internal sealed class ServiceExecutionsModule : IHubModule
{
    /// <summary>Own executions per seeded tenant; with the subscriptions' ones the demo organization has more than one page.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 4,
        [TenancySeed.DemoOrg] = 27,
        [TenancySeed.Alice] = 2,
        [TenancySeed.Lab] = 5,
        [TenancySeed.Bob] = 2,
        [TenancySeed.Garage] = 3,
    };

    public static TableDef<TenantExecutionRecord> Executions { get; } = new TableDef<TenantExecutionRecord>("service_executions", e => e.Id)
        .OwnedByTenant(e => e.TenantId)
        .References(ServicesModule.Services, e => e.ServiceId)
        .OrderedBy(e => e.Run.CreatedAt)
        .NamedAs("Service execution", HubCatalog.ServiceExecutionsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Executions)
        .Seed("service_executions", Seed, "services")
        .Routes(ServiceExecutionsApi.Routes)
        .Notifications(ExecutionNotifications.Source);

    /// <summary>
    /// Each tenant runs services it can see: its own whose build succeeded, or PUBLISHED ones of any tenant. The
    /// choice and the schedules draw from streams of their own, so no other module's seeded value moves.
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var faker = new TenantExecutionFaker(seed.Seed, seed.ReferenceDate);
        var choices = new Randomizer(StableSeed.For(seed.Seed, "ServiceExecutionChoice"));
        var services = seed.Rows(ServicesModule.Services).ToList();
        foreach (var tenant in seed.Tenants)
        {
            var candidates = services.Where(s => (s.TenantId == tenant.Id && s.Build.Status == BuildStatus.Success)
                || s.Version.Lifecycle == ServiceLifecycle.Published).ToList();
            foreach (var run in faker.Generate(s_perTenant[tenant.Key]))
            {
                if (candidates.Count == 0)
                {
                    continue;
                }
                var service = choices.ListItem(candidates);
                seed.Add(Executions, new TenantExecutionRecord
                {
                    Id = run.Id,
                    TenantId = tenant.Id,
                    ServiceId = service.Id,
                    Run = ExecutionSchedule.Plan(AfterCreation(run, service.CreatedAt), seed.Seed, seed.ReferenceDate),
                });
            }
        }
    }

    /// <summary>A finished run drawn before its service existed moves to just after the service's creation.</summary>
    private static ExecutionRecord AfterCreation(ExecutionRecord run, DateTimeOffset serviceCreatedAt)
    {
        if (run.CreatedAt >= serviceCreatedAt || !run.HasEnded)
        {
            return run;
        }
        var shift = serviceCreatedAt - run.CreatedAt + TimeSpan.FromMinutes(5);
        return run with { CreatedAt = run.CreatedAt + shift, StartedAt = run.StartedAt + shift, EndedAt = run.EndedAt + shift };
    }
}
