using System.Collections;
using System.Reflection;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// Adds services to a running fake server's store with the fake's own seeded fakers (the same ones its seeder
/// uses). The fake has no public API for a large data set, so this goes through reflection; it is benchmark-only.
/// </summary>
public static class FakeSeeding
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
    private static readonly Assembly s_fake = typeof(FakeHubServer).Assembly;

    public static object StoreOf(FakeHubServer fake) => typeof(FakeHubServer).GetProperty("Store", Any)!.GetValue(fake)!;

    /// <summary>A fresh store of the default seed, built the way a server builds it.</summary>
    public static object NewStore(int seed) =>
        Activator.CreateInstance(s_fake.GetType("KipuHub.FakeServer.Store.FakeHubStore", true)!, seed, FakeHubOptions.DefaultReferenceDate)!;

    /// <summary>Generates <paramref name="count"/> services (service, version and build records) into <paramref name="tenantId"/>.</summary>
    public static void AddServices(object store, string tenantId, int count, int seed = 7)
    {
        var reference = FakeHubOptions.DefaultReferenceDate;
        var services = (IDictionary)store.GetType().GetField("_services", Any)!.GetValue(store)!;
        var industries = (IDictionary)store.GetType().GetField("_industries", Any)!.GetValue(store)!;
        var industryType = s_fake.GetType("KipuHub.FakeServer.Store.IndustryRecord", true)!;
        var industryList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(industryType))!;
        foreach (var industry in industries.Values)
        {
            industryList.Add(industry);
        }

        var serviceFaker = Activator.CreateInstance(s_fake.GetType("KipuHub.FakeServer.Namespaces.Services.ServiceFaker", true)!, seed, reference)!;
        var versionFaker = Activator.CreateInstance(s_fake.GetType("KipuHub.FakeServer.Namespaces.Services.VersionFaker", true)!, seed, reference, industryList)!;
        var buildFaker = Activator.CreateInstance(s_fake.GetType("KipuHub.FakeServer.Namespaces.Services.BuildJobFaker", true)!, seed, reference)!;
        var generate = serviceFaker.GetType().GetMethod("Generate", [typeof(string)])!;
        var versionFor = versionFaker.GetType().GetMethod("For")!;
        var buildFor = buildFaker.GetType().GetMethod("For")!;
        var serviceType = s_fake.GetType("KipuHub.FakeServer.Store.ServiceRecord", true)!;
        var idProp = serviceType.GetProperty("Id")!;
        var tenantProp = serviceType.GetProperty("TenantId")!;
        var versionProp = serviceType.GetProperty("Version")!;
        var buildProp = serviceType.GetProperty("Build")!;
        ServiceLifecycle[] lifecycles = [ServiceLifecycle.Published, ServiceLifecycle.Accessible, ServiceLifecycle.Created];
        for (var i = 0; i < count; i++)
        {
            var service = generate.Invoke(serviceFaker, [null])!;
            tenantProp.SetValue(service, tenantId);
            versionProp.SetValue(service, versionFor.Invoke(versionFaker, [lifecycles[i % 3]]));
            buildProp.SetValue(service, buildFor.Invoke(buildFaker, [BuildStatus.Success]));
            services.Add((string)idProp.GetValue(service)!, service);
        }
        // The store caches its lists per version; a change made behind its back must move the version too.
        store.GetType().GetMethod("Changed", Any)?.Invoke(store, null);
    }
}
