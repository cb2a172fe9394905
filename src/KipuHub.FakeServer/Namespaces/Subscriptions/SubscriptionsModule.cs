using Bogus;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Applications;
using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Subscriptions;

/// <summary>An application's subscription to a service, with the executions made through it.</summary>
internal sealed record SubscriptionRecord
{
    public string Id { get; init; } = string.Empty;

    public string ApplicationId { get; init; } = string.Empty;

    public string ServiceId { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public bool LogsAvailable { get; init; }

    public IReadOnlyList<ExecutionRecord> Executions { get; init; } = [];
}

/// <summary>
/// The subscriptions namespace. A subscription belongs to its application's tenant, goes with the application or the
/// service, and exists only while the service is subscribable by that tenant (PUBLISHED, or ACCESSIBLE in the same tenant).
/// </summary>
internal sealed class SubscriptionsModule : IHubModule
{
    public static TableDef<SubscriptionRecord> Subscriptions { get; } = new TableDef<SubscriptionRecord>("subscriptions", s => s.Id)
        .OwnedThrough(ApplicationsModule.Applications, s => s.ApplicationId)
        .References(ServicesModule.Services, s => s.ServiceId)
        .Invariant(SubscriptionsDomain.IsSubscribed)
        .OrderedBy(s => s.CreatedAt)
        .NamedAs("Subscription", HubCatalog.ApplicationsSubscriptions);

    public void Register(HubModuleBuilder module) => module
        .Table(Subscriptions)
        .Seed("subscriptions", Seed, "services", "applications")
        .Routes(SubscriptionsApi.Routes);

    /// <summary>Up to three subscriptions per seeded application, to services it may subscribe to, with a few executions each.</summary>
    private static void Seed(SeedContext seed)
    {
        var subscriptionFaker = new SubscriptionFaker(seed.Seed, seed.ReferenceDate);
        var executionFaker = new ServiceExecutionFaker(seed.Seed, seed.ReferenceDate);
        var choices = new Randomizer(StableSeed.For(seed.Seed, "SubscriptionChoice"));
        var services = seed.Rows(ServicesModule.Services).ToList();
        foreach (var application in seed.Rows(ApplicationsModule.Applications).ToList())
        {
            // Owned or PUBLISHED only, never through a share, so that the seeded rows do not depend on whether the
            // shares' seeder ran first.
            var candidates = services.Where(s => s.Version.Lifecycle == ServiceLifecycle.Published
                || (s.Version.Lifecycle == ServiceLifecycle.Accessible && s.TenantId == application.TenantId)).ToList();
            var count = Math.Min(choices.Int(0, 3), candidates.Count);
            foreach (var service in choices.ListItems(candidates, count))
            {
                var subscription = subscriptionFaker.Generate();
                seed.Add(Subscriptions, subscription with
                {
                    ApplicationId = application.Id,
                    ServiceId = service.Id,
                    CreatedAt = new[] { subscription.CreatedAt, application.CreatedAt, service.CreatedAt }.Max(),
                    // The schedule draws from a stream of its own per execution, so every seeded value stays as it was.
                    Executions = [.. executionFaker.Generate(choices.Int(0, 4)).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
                        .Select(e => ExecutionSchedule.Plan(e, seed.Seed, seed.ReferenceDate))],
                });
            }
        }
    }
}
