using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.ExternalServices;

/// <summary>One use of a product of an external service, as <c>POST /external-services/metering</c> recorded it.</summary>
internal sealed record MeteringEventRecord
{
    public string Id { get; init; } = string.Empty;

    public string ServiceId { get; init; } = string.Empty;

    public string ProductId { get; init; } = string.Empty;

    public string ProductName { get; init; } = string.Empty;

    public decimal UnitPrice { get; init; }

    public string Currency { get; init; } = string.Empty;

    public string CorrelationId { get; init; } = string.Empty;

    public decimal Count { get; init; }

    /// <summary>Recorded while the service was not publicly published: nobody is charged for it.</summary>
    public bool TestMode { get; init; }

    public DateTimeOffset Timestamp { get; init; }
}

/// <summary>
/// The external_services namespace: its services live in the services table; it keeps the metering events, which
/// belong to their service's tenant and go with the service.
/// </summary>
internal sealed class ExternalServicesModule : IHubModule
{
    public static TableDef<MeteringEventRecord> MeteringEvents { get; } = new TableDef<MeteringEventRecord>("metering_events", e => e.Id)
        .OwnedThrough(ServicesModule.Services, e => e.ServiceId)
        .OrderedBy(e => e.Timestamp)
        .NamedAs("Metering event", HubCatalog.ExternalServicesMeteringEvents);

    public void Register(HubModuleBuilder module) => module
        .Table(MeteringEvents)
        .Seed("metering_events", Seed, "services")
        .Routes(ExternalServicesApi.Routes);

    /// <summary>
    /// Up to four uses of the first product of each seeded external service that has one, in the month before the
    /// reference date, from a randomizer of this table's own (so no other seeded value moves).
    /// </summary>
    private static void Seed(SeedContext seed)
    {
        var random = new Bogus.Randomizer(StableSeed.For(seed.Seed, "MeteringEvent"));
        foreach (var service in seed.Rows(ServicesModule.Services).Where(s => s.Type == Models.ServiceType.External).ToList())
        {
            if (service.Version.PricingPlans.SelectMany(p => p.Products ?? []).FirstOrDefault() is not { } product)
            {
                continue;
            }
            var times = Enumerable.Range(0, random.Int(0, 4)).Select(_ => seed.ReferenceDate.AddMinutes(-random.Int(1, 43_200))).Order().ToList();
            foreach (var time in times)
            {
                seed.Add(MeteringEvents, new MeteringEventRecord
                {
                    Id = random.Uuid().ToString(),
                    ServiceId = service.Id,
                    ProductId = product.Id,
                    ProductName = product.Name ?? string.Empty,
                    UnitPrice = product.AmountMajor ?? 0,
                    Currency = product.Currency ?? "EUR",
                    CorrelationId = "seed-" + random.AlphaNumeric(12),
                    Count = random.Int(1, 500),
                    TestMode = service.Version.Lifecycle != Models.ServiceLifecycle.Published,
                    Timestamp = time,
                });
            }
        }
    }
}
