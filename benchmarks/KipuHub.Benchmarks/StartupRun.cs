using System.Diagnostics;
using System.Net;
using KipuHub.FakeServer;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 5: time from FakeHubServer.StartAsync to the first answered request (default seed, in-process, warm), against
/// a bare Kestrel app started the same way; the memory of the default seed; and the time and memory to seed 100,000
/// services.
/// </summary>
public static class StartupRun
{
    private const int Runs = 12;

    public static async Task RunAsync(string results)
    {
        var report = new Report("Fake server start-up and memory (item 5)");
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);

        var coldFake = await FakeStartAsync(http);
        var coldBare = await BareStartAsync(http);
        var fake = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            // Interleaved, so that noise from the shared machine hits both alike.
            fake.Add(await FakeStartAsync(http));
            bare.Add(await BareStartAsync(http));
        }
        fake.Sort();
        bare.Sort();
        double Median(List<double> v) => v[v.Count / 2];
        double P90(List<double> v) => v[(int)Math.Ceiling(v.Count * 0.9) - 1];
        report.Line($"StartAsync → first answered GET /services (demo token) → dispose; {Runs} warm runs after one cold run, interleaved with the reference. Target: under 300 ms warm.").Line();
        report.Table(["server", "cold", "warm median", "warm p90", "warm median vs bare Kestrel"],
        [
            ["FakeHubServer.StartAsync (seed 42)", Report.Ms(coldFake), Report.Ms(Median(fake)), Report.Ms(P90(fake)), Report.X(Median(fake) / Median(bare))],
            ["bare Kestrel (WebApplication, one MapGet) — reference", Report.Ms(coldBare), Report.Ms(Median(bare)), Report.Ms(P90(bare)), "1.00×"],
        ]);

        // Memory: the store alone, and the whole running server. The store's build time is the seeding part of start-up.
        var storeTimes = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var w = Stopwatch.StartNew();
            GC.KeepAlive(FakeSeeding.NewStore(FakeHubOptions.DefaultSeed));
            storeTimes.Add(w.Elapsed.TotalMilliseconds);
        }
        storeTimes.Sort();
        // The seed state is kept per process and shared by every store of that seed: forget it first, so the memory
        // measured below is that of a store with its seed, not of the tables alone.
        FakeSeeding.ForgetSeeds();
        var before = GC.GetTotalMemory(true);
        var store = FakeSeeding.NewStore(FakeHubOptions.DefaultSeed);
        var storeBytes = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(store);
        store = null;
        before = GC.GetTotalMemory(true);
        long serverBytes;
        await using (var server = await FakeHubServer.StartAsync())
        {
            await http.GetStringAsync($"{server.BaseUrl}/services");
            serverBytes = GC.GetTotalMemory(true) - before;
        }

        // 100,000 services with the fake's own fakers (each a service, a version and a build record).
        var seeded = FakeSeeding.NewStore(FakeHubOptions.DefaultSeed);
        before = GC.GetTotalMemory(true);
        var allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        FakeSeeding.AddServices(seeded, "benchmark-tenant", 100_000);
        watch.Stop();
        var seededBytes = GC.GetTotalMemory(true) - before;
        var seededAllocated = GC.GetTotalAllocatedBytes(true) - allocated;
        GC.KeepAlive(seeded);

        report.Table(["what", "time", "live managed memory", "allocated"],
        [
            ["default seed (42): the store alone (build time: median of 7, warm)", Report.Ms(storeTimes[3]), Report.Mb(storeBytes), "—"],
            ["default seed (42): a running server after one request", "see above", Report.Mb(serverBytes), "—"],
            ["100,000 services seeded (service + version + build records, Bogus)", Report.Ms(watch.Elapsed.TotalMilliseconds), Report.Mb(seededBytes), Report.Mb(seededAllocated)],
        ]);
        report.Line($"Per seeded service: {Report.N(seededBytes / 100_000.0, "0")} B live, {Report.N(watch.Elapsed.TotalMilliseconds * 1000 / 100_000, "0.0")} µs.");
        report.Save(results, "startup");
    }

    private static async Task<double> FakeStartAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        await using var server = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = FakeHubOptions.DefaultSeed });
        using var response = await http.GetAsync($"{server.BaseUrl}/services");
        response.EnsureSuccessStatusCode();
        watch.Stop();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> BareStartAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        var bytes = "{\"content\":[]}"u8.ToArray();
        app.MapGet("/qc-catalog/services", () => Results.Bytes(bytes, "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var response = await http.GetAsync($"{address}/qc-catalog/services");
        response.EnsureSuccessStatusCode();
        watch.Stop();
        await app.StopAsync();
        return watch.Elapsed.TotalMilliseconds;
    }
}
