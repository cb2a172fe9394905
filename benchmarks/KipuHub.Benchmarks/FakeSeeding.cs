using KipuHub.FakeServer;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// Adds services to a running fake server's store with the fake's own seeded fakers (the same ones its seeder uses).
/// The fake has no public API for a large data set, so this uses its internals (visible to the benchmarks only).
/// </summary>
internal static class FakeSeeding
{
    public static object StoreOf(FakeHubServer fake) => fake.Store;

    /// <summary>A fresh store of the default seed, seeded the way a server seeds it: the process's seed cache is emptied first, so this measures seeding.</summary>
    public static object NewStore(int seed)
    {
        ForgetSeeds();
        return HubModules.CreateStore(seed, FakeHubOptions.DefaultReferenceDate);
    }

    /// <summary>Drops the seed states the process keeps, so that memory measured next includes the seed's rows.</summary>
    public static void ForgetSeeds() => SeedStates.Clear();

    /// <summary>Generates <paramref name="count"/> services (service, version and build records) into <paramref name="tenantId"/>, in one write.</summary>
    public static void AddServices(object store, string tenantId, int count, int seed = 7)
    {
        var hub = (FakeHubStore)store;
        var reference = FakeHubOptions.DefaultReferenceDate;
        using var write = hub.Writing();
        var services = hub.Table(ServicesModule.Services);
        var serviceFaker = new ServiceFaker(seed, reference);
        var versionFaker = new VersionFaker(seed, reference, [.. hub.Table(ServicesModule.Industries).Rows]);
        var buildFaker = new BuildJobFaker(seed, reference);
        var tenant = new SeededTenant("benchmark", tenantId, "benchmark", IsOrganization: true);
        ServiceLifecycle[] lifecycles = [ServiceLifecycle.Published, ServiceLifecycle.Accessible, ServiceLifecycle.Created];
        for (var i = 0; i < count; i++)
        {
            services.Add(ServicesSeed.Service(serviceFaker.Generate(), versionFaker.For(lifecycles[i % 3]), buildFaker.For(BuildStatus.Success), tenant, FakeHubOptions.DefaultReferenceDate));
        }
        write.Commit();
    }
}
