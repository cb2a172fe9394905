using Bogus;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// The seeded services: a fixed number per tenant, with a fixed share of each lifecycle and build state, so every
/// seed has published, accessible, failed and still-building services to try the lifecycle rules on.
/// </summary>
internal static class ServicesSeed
{
    /// <summary>Services per seeded tenant; the demo organization has 57, so paging shows three pages of 20.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 8,
        [TenancySeed.DemoOrg] = 57,
        [TenancySeed.Alice] = 3,
        [TenancySeed.Lab] = 12,
        [TenancySeed.Bob] = 2,
        [TenancySeed.Garage] = 6,
    };

    public static void Run(SeedContext seed)
    {
        var industryFaker = new IndustryFaker(seed.Seed, seed.ReferenceDate);
        foreach (var industry in industryFaker.Generate(IndustryFaker.Labels.Length))
        {
            seed.Add(ServicesModule.Industries, industry);
        }
        var serviceFaker = new ServiceFaker(seed.Seed, seed.ReferenceDate);
        var versionFaker = new VersionFaker(seed.Seed, seed.ReferenceDate, [.. seed.Rows(ServicesModule.Industries)]);
        var buildFaker = new BuildJobFaker(seed.Seed, seed.ReferenceDate);
        var mix = new Randomizer(StableSeed.For(seed.Seed, "ServiceLifecycleMix"));
        foreach (var tenant in seed.Tenants)
        {
            foreach (var (lifecycle, status) in mix.Shuffle(LifecycleMix(s_perTenant[tenant.Key])))
            {
                seed.Add(ServicesModule.Services, Service(serviceFaker.Generate(), versionFaker.For(lifecycle), buildFaker.For(status), tenant, seed.ReferenceDate));
            }
        }
    }

    /// <summary>A generated service, version and build put together: timestamps in order, endpoints from the name.</summary>
    internal static ServiceRecord Service(ServiceRecord service, VersionRecord version, BuildRecord build, SeededTenant tenant, DateTimeOffset referenceDate)
    {
        // A version exists before its build; keep the three timestamps in that order.
        var createdAt = service.CreatedAt > build.CreatedAt ? build.CreatedAt.AddHours(-1) : service.CreatedAt;
        var slug = Slug(service.Name) + "-" + service.Id[..8];
        return service with
        {
            TenantId = tenant.Id,
            CreatedAt = createdAt,
            // The faker still draws a category, so every value drawn after it stays as the seed had it; the category
            // shown is the one the plans imply.
            PricingCategory = ServicePricing.CategoryOf(version.PricingPlans),
            Version = version with
            {
                Context = "/" + slug,
                CreatedAt = createdAt,
                ModifiedAt = build.FinishedAt ?? build.CreatedAt,
                CreatedBy = tenant.OwnerUsername,
                ModifiedBy = tenant.OwnerUsername,
                GatewayEndpoint = $"https://gateway.hub.kipu-quantum.com/{slug}/{version.Label}",
                ProductionEndpoint = $"https://{slug}.services.hub.kipu-quantum.com",
            },
            Build = build.Status == BuildStatus.Working ? Scheduled(build, service.Id, referenceDate) : build,
        };
    }

    /// <summary>
    /// A seeded WORKING build finishes one to ten minutes after the data set's "now", three in four with SUCCESS, as
    /// the service id decides (no faker draw, so no other seeded value moves).
    /// </summary>
    private static BuildRecord Scheduled(BuildRecord build, string serviceId, DateTimeOffset referenceDate)
    {
        var draw = (uint)StableSeed.For(0, "BuildFinish:" + serviceId);
        var start = build.CreatedAt > referenceDate ? build.CreatedAt : referenceDate;
        return build with
        {
            FinishesAt = start.AddSeconds(60 + (draw % 541)),
            Outcome = (draw >> 16) % 4 == 0 ? BuildStatus.Failure : BuildStatus.Success,
        };
    }

    /// <summary>A fixed share of each lifecycle and build state; published and accessible versions built fine.</summary>
    internal static List<(ServiceLifecycle Lifecycle, BuildStatus Build)> LifecycleMix(int count)
    {
        var published = Math.Max(1, (int)Math.Round(count * 0.30));
        var accessible = Math.Max(1, (int)Math.Round(count * 0.20));
        var failed = Math.Max(1, (int)Math.Round(count * 0.07));
        var working = Math.Max(1, (int)Math.Round(count * 0.05));
        var mix = new List<(ServiceLifecycle, BuildStatus)>();
        mix.AddRange(Enumerable.Repeat((ServiceLifecycle.Published, BuildStatus.Success), published));
        mix.AddRange(Enumerable.Repeat((ServiceLifecycle.Accessible, BuildStatus.Success), accessible));
        mix.AddRange(Enumerable.Repeat((ServiceLifecycle.Created, BuildStatus.Failure), failed));
        mix.AddRange(Enumerable.Repeat((ServiceLifecycle.Created, BuildStatus.Working), working));
        if (mix.Count > count)
        {
            mix.RemoveRange(count, mix.Count - count);
        }
        mix.AddRange(Enumerable.Repeat((ServiceLifecycle.Created, BuildStatus.Success), count - mix.Count));
        return mix;
    }

    internal static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Replace("--", "-");
}
