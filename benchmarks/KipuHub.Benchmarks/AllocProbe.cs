using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Benchmarks;

/// <summary>
/// Diagnostics for item 1: allocated bytes per step of one call, on the current thread (the in-memory handler
/// completes synchronously); then time ratios measured interleaved, for when the machine is too busy for
/// BenchmarkDotNet's one-benchmark-after-another runs to be compared.
/// </summary>
public static class AllocProbe
{
    public static async Task RunAsync()
    {
        var c = new ClientOverheadBenchmarks();
        c.Setup();
        var org = Fixtures.OrganizationId;
        var hubField = typeof(ClientOverheadBenchmarks).GetField("_hub", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var hub = (HubPlatformClient)hubField.GetValue(c)!;
        JsonTypeInfo pageInfo = KipuHub.Serialization.ServicesJsonContext.Default.PageEnvelopeServiceOverview;
        JsonTypeInfo readingInfo = KipuHub.Serialization.ServicesJsonReading.Context.PageEnvelopeServiceOverview;
        JsonTypeInfo serviceInfo = KipuHub.Serialization.ServicesJsonContext.Default.Service;
        var page = Fixtures.ServicesPage;
        var service = Fixtures.Service;

        for (var warm = 0; warm < 2000; warm++)
        {
            await c.List_KipuHub();
            await c.List_HandWritten();
            await c.Get_KipuHub();
            await c.Get_HandWritten();
            JsonSerializer.Deserialize(page, pageInfo);
            JsonSerializer.Deserialize(page, BenchJsonContext.Default.BenchPageBServiceOverview);
            JsonSerializer.Deserialize(service, serviceInfo);
            JsonSerializer.Deserialize(service, BenchJsonContext.Default.BService);
            await JsonSerializer.DeserializeAsync(new MemoryStream(page), pageInfo);
            await JsonSerializer.DeserializeAsync(new MemoryStream(page), BenchJsonContext.Default.BenchPageBServiceOverview);
        }
        Measure("List: KipuHub ListAsync", () => c.List_KipuHub().GetAwaiter().GetResult());
        Measure("List: hand-written", () => c.List_HandWritten().GetAwaiter().GetResult());
        Measure("Get: KipuHub GetAsync", () => c.Get_KipuHub().GetAwaiter().GetResult());
        Measure("Get: hand-written", () => c.Get_HandWritten().GetAwaiter().GetResult());
        Measure("query: hub.Services.InOrg(org).Page(0,20)", () => hub.Services.InOrg(org).Page(0, 20));
        Measure("query: hub.Services.InOrg(org)", () => hub.Services.InOrg(org));
        Measure("json page: KipuHub contract (sync, bytes)", () => JsonSerializer.Deserialize(page, pageInfo));
        Measure("json page: KipuHub reading context (sync, bytes)", () => JsonSerializer.Deserialize(page, readingInfo));
        Measure("json page: KipuHub reading context (async, stream)", () => JsonSerializer.DeserializeAsync(new MemoryStream(page), readingInfo).AsTask().GetAwaiter().GetResult());
        Measure("json page: string contract (sync, bytes)", () => JsonSerializer.Deserialize(page, BenchJsonContext.Default.BenchPageBServiceOverview));
        Measure("json page: KipuHub contract (async, stream)", () => JsonSerializer.DeserializeAsync(new MemoryStream(page), pageInfo).AsTask().GetAwaiter().GetResult());
        Measure("json page: string contract (async, stream)", () => JsonSerializer.DeserializeAsync(new MemoryStream(page), BenchJsonContext.Default.BenchPageBServiceOverview).AsTask().GetAwaiter().GetResult());
        Measure("json service: KipuHub contract (sync)", () => JsonSerializer.Deserialize(service, serviceInfo));
        Measure("json service: string contract (sync)", () => JsonSerializer.Deserialize(service, BenchJsonContext.Default.BService));
        Measure("new CTS(60s) + linked", () =>
        {
            using var t = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var l = CancellationTokenSource.CreateLinkedTokenSource(default, t.Token);
            return l;
        });
        await InterleavedAsync(c);
    }

    /// <summary>
    /// Each round runs every client <paramref name="calls"/> times in turn, so a burst of load from another process
    /// hits all of them alike; each round's time is divided by the same round's limit, and the median of those ratios
    /// is reported (with the middle half's range). Allocation per call comes from the whole run.
    /// </summary>
    private static async Task InterleavedAsync(ClientOverheadBenchmarks c, int rounds = 21, int calls = 2000)
    {
        (string Group, string Name, Func<Task<object>> Call)[] cases =
        [
            ("List20", "limit", async () => await c.List_HandWritten()),
            ("List20", "KipuHub.Fluent", async () => await c.List_KipuHub()),
            ("List20", "Refit", async () => await c.List_Refit()),
            ("List20", "Flurl", async () => await c.List_Flurl()),
#if PEERS
            ("List20", "Kiota", async () => await c.List_Kiota()),
            ("List20", "NSwag", async () => await c.List_NSwag()),
#endif
            ("Get1", "limit", async () => await c.Get_HandWritten()),
            ("Get1", "KipuHub.Fluent", async () => await c.Get_KipuHub()),
            ("Get1", "Refit", async () => await c.Get_Refit()),
            ("Get1", "Flurl", async () => await c.Get_Flurl()),
#if PEERS
            ("Get1", "Kiota", async () => await c.Get_Kiota() ?? ""),
            ("Get1", "NSwag", async () => await c.Get_NSwag() ?? ""),
#endif
        ];
        var times = cases.Select(_ => new List<double>()).ToArray();
        var bytes = new long[cases.Length];
        var collections = new long[cases.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var gen0 = GC.CollectionCount(0);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (var k = 0; k < calls; k++)
                {
                    await cases[i].Call();
                }
                watch.Stop();
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - before;
                collections[i] += GC.CollectionCount(0) - gen0;
                times[i].Add(watch.Elapsed.TotalMilliseconds * 1000 / calls);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Interleaved: {rounds} rounds of {calls} calls per client; ratio = median over rounds of (client / limit in the same round), [25th-75th percentile]");
        for (var i = 0; i < cases.Length; i++)
        {
            var limit = Array.FindIndex(cases, x => x.Group == cases[i].Group && x.Name == "limit");
            var ratios = times[i].Zip(times[limit], (a, b) => a / b).Order().ToList();
            Console.WriteLine($"{cases[i].Group,-7} {cases[i].Name,-16} median {Percentile(times[i].Order().ToList(), 0.5),7:0.00} µs   ratio {Percentile(ratios, 0.5),5:0.00} [{Percentile(ratios, 0.25):0.00}-{Percentile(ratios, 0.75):0.00}]   {bytes[i] / (double)(rounds * calls),7:0} B  alloc ratio {bytes[i] / (double)bytes[limit],5:0.00}   Gen0/1000 {collections[i] * 1000.0 / (rounds * calls),5:0.0}");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Round((sorted.Count - 1) * p)];

    private static void Measure(string what, Func<object?> action)
    {
        action();
        const int n = 1000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            action();
        }
        watch.Stop();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
        Console.WriteLine($"{what,-50} {bytes,10:0} B  {watch.Elapsed.TotalMilliseconds * 1000 / n,8:0.00} µs");
    }
}
