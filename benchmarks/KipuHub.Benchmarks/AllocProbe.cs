using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Benchmarks;

/// <summary>Diagnostics for item 1: allocated bytes per step of one call, on the current thread (the in-memory handler completes synchronously).</summary>
public static class AllocProbe
{
    public static async Task RunAsync()
    {
        var c = new ClientOverheadBenchmarks();
        c.Setup();
        var org = Fixtures.OrganizationId;
        var hubField = typeof(ClientOverheadBenchmarks).GetField("_hub", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var hub = (HubPlatformClient)hubField.GetValue(c)!;
        var ctx = typeof(HubPlatformClient).Assembly.GetType("KipuHub.Serialization.HubJsonContext", true)!;
        var defaultCtx = ctx.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var pageInfo = (JsonTypeInfo)ctx.GetProperty("PageEnvelopeServiceOverview")!.GetValue(defaultCtx)!;
        var serviceInfo = (JsonTypeInfo)ctx.GetProperty("Service")!.GetValue(defaultCtx)!;
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
    }

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
