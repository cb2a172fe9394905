using Bogus;
using KipuHub.FakeServer.Applications;
using KipuHub.FakeServer.DataPools;
using KipuHub.FakeServer.Identity;
using KipuHub.FakeServer.Services;
using KipuHub.FakeServer.Subscriptions;
using KipuHub.Models;

namespace KipuHub.FakeServer.Data;

/// <summary>Everything the store starts with.</summary>
internal sealed class SeedData
{
    public List<UserRecord> Users { get; } = [];

    public List<TenantRecord> Tenants { get; } = [];

    public List<IndustryRecord> Industries { get; } = [];

    public List<ServiceRecord> Services { get; } = [];

    public List<ApplicationRecord> Applications { get; } = [];

    public List<SubscriptionRecord> Subscriptions { get; } = [];

    public List<DataPoolRecord> DataPools { get; } = [];

    public string DemoUserId { get; set; } = string.Empty;

    public string DemoOrganizationId { get; set; } = string.Empty;

    public string ViewerOrganizationId { get; set; } = string.Empty;
}

/// <summary>
/// Builds the default data set. The structure (who exists, who is a member where, how many services each tenant has)
/// is fixed; ids, names, dates and the lifecycle mix come from the seed.
/// </summary>
internal static class HubSeeder
{
    public const string DemoToken = "demo-token";
    public const string AliceToken = "alice-token";
    public const string BobToken = "bob-token";
    public const string DemoOrganizationName = "Kipu Demo Org";
    public const string ViewerOrganizationName = "Qubit Research Lab";
    public const string BobOrganizationName = "Bob's Quantum Garage";

    private sealed record TenantPlan(TenantRecord Tenant, string OwnerUsername, int Services, int Applications, int DataPools);

    public static SeedData Build(int seed, DateTimeOffset referenceDate)
    {
        var data = new SeedData();

        // Users, organizations, memberships.
        var userFaker = new UserFaker(seed, referenceDate);
        var demo = User(userFaker, "demo", DemoToken);
        var alice = User(userFaker, "alice", AliceToken);
        var bob = User(userFaker, "bob", BobToken);
        data.Users.AddRange([demo, alice, bob]);

        var organizationFaker = new OrganizationFaker(seed, referenceDate);
        var demoOrg = Organization(organizationFaker, DemoOrganizationName, (demo, PermissionRole.Owner), (alice, PermissionRole.Maintainer));
        var lab = Organization(organizationFaker, ViewerOrganizationName, (alice, PermissionRole.Owner), (demo, PermissionRole.Viewer));
        var garage = Organization(organizationFaker, BobOrganizationName, (bob, PermissionRole.Owner));
        TenantPlan[] plans =
        [
            new(Personal(demo), demo.Username, Services: 8, Applications: 3, DataPools: 3),
            new(demoOrg, demo.Username, Services: 57, Applications: 6, DataPools: 4),
            new(Personal(alice), alice.Username, Services: 3, Applications: 1, DataPools: 1),
            new(lab, alice.Username, Services: 12, Applications: 2, DataPools: 2),
            new(Personal(bob), bob.Username, Services: 2, Applications: 1, DataPools: 1),
            new(garage, bob.Username, Services: 6, Applications: 2, DataPools: 2),
        ];
        data.Tenants.AddRange(plans.Select(p => p.Tenant));
        data.DemoUserId = demo.Id;
        data.DemoOrganizationId = demoOrg.Id;
        data.ViewerOrganizationId = lab.Id;

        var industryFaker = new IndustryFaker(seed, referenceDate);
        data.Industries.AddRange(industryFaker.Generate(IndustryFaker.Labels.Length));

        SeedServices(data, plans, seed, referenceDate);
        SeedApplications(data, plans, seed, referenceDate);
        SeedDataPools(data, plans, seed, referenceDate);
        return data;
    }

    private static void SeedServices(SeedData data, TenantPlan[] plans, int seed, DateTimeOffset referenceDate)
    {
        var serviceFaker = new ServiceFaker(seed, referenceDate);
        var versionFaker = new VersionFaker(seed, referenceDate, data.Industries);
        var buildFaker = new BuildJobFaker(seed, referenceDate);
        var mix = new Randomizer(StableSeed.For(seed, "ServiceLifecycleMix"));
        foreach (var plan in plans)
        {
            foreach (var (lifecycle, status) in mix.Shuffle(LifecycleMix(plan.Services)))
            {
                var service = serviceFaker.Generate();
                var version = versionFaker.For(lifecycle);
                var build = buildFaker.For(status);
                // A version exists before its build; keep the three timestamps in that order.
                if (service.CreatedAt > build.CreatedAt)
                {
                    service.CreatedAt = build.CreatedAt.AddHours(-1);
                }
                var slug = Slug(service.Name) + "-" + service.Id[..8];
                service.TenantId = plan.Tenant.Id;
                version.Context = "/" + slug;
                version.CreatedAt = service.CreatedAt;
                version.ModifiedAt = build.FinishedAt ?? build.CreatedAt;
                version.CreatedBy = plan.OwnerUsername;
                version.ModifiedBy = plan.OwnerUsername;
                version.GatewayEndpoint = $"https://gateway.hub.kipu-quantum.com/{slug}/{version.Label}";
                version.ProductionEndpoint = $"https://{slug}.services.hub.kipu-quantum.com";
                service.Version = version;
                service.Build = build;
                data.Services.Add(service);
            }
        }
    }

    /// <summary>
    /// A fixed share of each lifecycle and build state per tenant, so every seed has published, accessible, failed
    /// and still-building services to try the lifecycle rules on. Published and accessible versions built fine.
    /// </summary>
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

    private static void SeedApplications(SeedData data, TenantPlan[] plans, int seed, DateTimeOffset referenceDate)
    {
        var applicationFaker = new ApplicationFaker(seed, referenceDate);
        var subscriptionFaker = new SubscriptionFaker(seed, referenceDate);
        var executionFaker = new ServiceExecutionFaker(seed, referenceDate);
        var choices = new Randomizer(StableSeed.For(seed, "SubscriptionChoice"));
        foreach (var plan in plans)
        {
            foreach (var application in applicationFaker.Generate(plan.Applications))
            {
                application.TenantId = plan.Tenant.Id;
                data.Applications.Add(application);
                var candidates = data.Services
                    .Where(s => s.Version.Lifecycle == ServiceLifecycle.Published
                        || (s.Version.Lifecycle == ServiceLifecycle.Accessible && s.TenantId == application.TenantId))
                    .ToList();
                var count = Math.Min(choices.Int(0, 3), candidates.Count);
                foreach (var service in choices.ListItems(candidates, count))
                {
                    var subscription = subscriptionFaker.Generate();
                    subscription.ApplicationId = application.Id;
                    subscription.ServiceId = service.Id;
                    subscription.CreatedAt = new[] { subscription.CreatedAt, application.CreatedAt, service.CreatedAt }.Max();
                    subscription.Executions = [.. executionFaker.Generate(choices.Int(0, 4)).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
                    data.Subscriptions.Add(subscription);
                }
            }
        }
    }

    private static void SeedDataPools(SeedData data, TenantPlan[] plans, int seed, DateTimeOffset referenceDate)
    {
        var poolFaker = new DataPoolFaker(seed, referenceDate);
        var fileFaker = new DataPoolFileFaker(seed, referenceDate);
        var choices = new Randomizer(StableSeed.For(seed, "DataPoolFileCount"));
        foreach (var plan in plans)
        {
            foreach (var pool in poolFaker.Generate(plan.DataPools))
            {
                pool.TenantId = plan.Tenant.Id;
                foreach (var file in fileFaker.Generate(choices.Int(1, 3)))
                {
                    // File names are unique within a pool, as paths in a folder are.
                    while (pool.Files.Any(f => f.Name == file.Name))
                    {
                        file.Name = "copy-of-" + file.Name;
                    }
                    pool.Files.Add(file);
                }
                data.DataPools.Add(pool);
            }
        }
    }

    private static UserRecord User(UserFaker faker, string username, string token)
    {
        var user = faker.Generate();
        user.Username = username;
        user.Token = token;
        return user;
    }

    private static TenantRecord Personal(UserRecord user)
    {
        var tenant = new TenantRecord
        {
            Id = user.Id,
            DisplayName = $"{user.FirstName} {user.LastName}",
            IsOrganization = false,
            AccountTypeName = "PERSONAL",
            AccountFeature = "FREE",
        };
        tenant.Members[user.Id] = PermissionRole.Owner;
        return tenant;
    }

    private static TenantRecord Organization(OrganizationFaker faker, string name, params (UserRecord User, PermissionRole Role)[] members)
    {
        var organization = faker.Generate();
        organization.DisplayName = name;
        foreach (var (user, role) in members)
        {
            organization.Members[user.Id] = role;
        }
        return organization;
    }

    private static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Replace("--", "-");
}
