using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 3: AllAsync over N items, plain and with Prefetch(). Memory must not grow with N: the client holds one page
/// at a time (two with Prefetch(): the one being consumed and the next). Measured on an in-memory handler that makes
/// pages on the fly (10k, 100k, 1M), and over the fake server seeded with 100,000 services. Then whether overlapping
/// the next page's fetch with consuming the current one is worth it, for consumers that do more or less work per item.
/// </summary>
public static class PagingRun
{
    private const int PageSize = 1000;

    public static async Task RunAsync(string results)
    {
        var report = new Report("Paging at scale: AllAsync (item 3)");
        report.Line($"In-memory handler that makes each page on the fly; page size {PageSize}; items are real-shaped ServiceOverview JSON. " +
            "\"peak heap\" is the highest GC.GetTotalMemory(false) sampled at every page (garbage included), \"peak live\" the highest " +
            "GC.GetTotalMemory(true) at ten points during the run (full GC first), both minus the heap before the run. " +
            "Peak heap is bounded by the GC's gen-0 budget (garbage not yet collected), not by N; peak live is what the client holds. " +
            "The ratio column compares each N's peak live heap with N = 10,000's of the same mode: flat means about 1×. " +
            "With Prefetch() the client holds up to two pages (the one being consumed and the next), so its peak live is about twice the plain one, and just as flat. " +
            "The point of this table is memory; its times are context only (the machine is shared, and the handler has no latency to hide).").Line();

        // Both modes are warmed up first (JIT, tiering, pools), then measured in turn at each N, so that neither gets
        // the other's warm-up. Without latency the in-memory handler answers synchronously, so the prefetch is done
        // before the current page's first item is handed out: the times should match; memory shows the second page.
        var modes = new[] { false, true };
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var prefetch in modes)
            {
                await MeasureAsync(10_000, prefetch, sampleLive: false);
            }
        }
        var rows = modes.ToDictionary(m => m, _ => new List<string[]>());
        var reference = new Dictionary<bool, double>();
        foreach (var n in new[] { 10_000, 100_000, 1_000_000 })
        {
            foreach (var prefetch in modes)
            {
                var m = await MeasureAsync(n, prefetch, sampleLive: true);
                reference.TryAdd(prefetch, Math.Max(m.PeakLive, 1));
                rows[prefetch].Add([Mode(prefetch), N(n, "N0"), Report.Ms(m.Elapsed.TotalMilliseconds), N(n / m.Elapsed.TotalSeconds, "N0"), N((double)m.Allocated / n, "0"),
                    Report.Mb(m.PeakHeap), Report.Kb(m.PeakLive), Report.X(m.PeakLive / reference[prefetch])]);
            }
        }
        report.Table(["AllAsync", "N items", "time", "items/s", "allocated B/item", "peak heap", "peak live", "peak live vs 10k"], [.. rows[false], .. rows[true]]);

        // Over the real fake server: 100,000 services in the demo user's personal account.
        await using (var fake = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 42 }))
        {
            var seedWatch = Stopwatch.StartNew();
            FakeSeeding.AddServices(FakeSeeding.StoreOf(fake), fake.DemoUserId, 100_000);
            seedWatch.Stop();
            using var hub = fake.CreateClient();
            var first = await hub.Services.Page(0, 2000).ListAsync();
            var total = first.TotalElements;
            var fakeRows = new List<string[]>();
            foreach (var prefetch in new[] { false, true })
            {
                var m = await MeasureCoreAsync(hub, (int)total, 2000, prefetch, sampleLive: true);
                fakeRows.Add([Mode(prefetch), N(total, "N0"), Report.Ms(m.Elapsed.TotalMilliseconds), N(total / m.Elapsed.TotalSeconds, "N0"), N((double)m.Allocated / total, "0"), Report.Mb(m.PeakHeap), Report.Mb(m.PeakLive)]);
            }
            report.Line($"Over the fake server (Kestrel on loopback, same process), {N(total, "N0")} services in one account (100,000 added with the fake's own fakers in {Report.Ms(seedWatch.Elapsed.TotalMilliseconds)}), page size 2000. " +
                "Client and server share the process and its 2 cores, so the server's work on page n+1 competes with the consumer's; the consumer here does nothing per item.").Line();
            report.Table(["AllAsync", "N items", "time", "items/s", "allocated B/item (client + server)", "peak heap", "peak live"], fakeRows);
        }

        // Overlap: does prefetching the next page help? Simulated 5 ms latency per page; the consumer's work per item varies.
        var latency = TimeSpan.FromMilliseconds(5);
        const int overlapItems = 40_000;
        report.Line($"Overlap: {N(overlapItems, "N0")} items, page size {PageSize}, each page answered after {latency.TotalMilliseconds} ms (simulated network). " +
            "The consumer spins for the given time per item. Best of three runs; the ratio is against plain AllAsync with the same consumer.").Line();
        var overlapRows = new List<string[]>();
        foreach (var workMicroseconds in new[] { 0, 1, 5 })
        {
            var plain = await BestOfAsync(() => OverlapAsync(overlapItems, latency, workMicroseconds, prefetch: false));
            var prefetched = await BestOfAsync(() => OverlapAsync(overlapItems, latency, workMicroseconds, prefetch: true));
            var perPage = Report.Ms(workMicroseconds * PageSize / 1000.0);
            overlapRows.Add([$"{workMicroseconds} µs ({perPage} per page)", Mode(false), Report.Ms(plain.TotalMilliseconds), "1.00×"]);
            overlapRows.Add([$"{workMicroseconds} µs ({perPage} per page)", Mode(true), Report.Ms(prefetched.TotalMilliseconds), Report.X(prefetched / plain)]);
        }
        report.Table(["work per item", "AllAsync", "time", "ratio"], overlapRows);
        report.Save(results, "paging");
    }

    private static string Mode(bool prefetch) => prefetch ? "with Prefetch()" : "plain";

    private static string N(double value, string format = "0") => Report.N(value, format);

    private sealed record Measurement(TimeSpan Elapsed, long Allocated, double PeakHeap, double PeakLive, int Gen2);

    private static async Task<Measurement> MeasureAsync(int n, bool prefetch, bool sampleLive)
    {
        using var http = new HttpClient(new PagingHandler(n, PageSize));
        using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Fixtures.Token, BaseUrl = new Uri(Fixtures.BaseUrl), HttpClient = http });
        return await MeasureCoreAsync(hub, n, PageSize, prefetch, sampleLive);
    }

    private static async Task<Measurement> MeasureCoreAsync(HubPlatformClient hub, int n, int pageSize, bool prefetch, bool sampleLive)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        double peakHeap = 0, peakLive = 0;
        var liveEvery = Math.Max(pageSize, n / 10);
        var count = 0;
        var watch = Stopwatch.StartNew();
        await foreach (var service in hub.Services.Page(0, pageSize).Prefetch(prefetch).AllAsync())
        {
            count++;
            if (count % pageSize == 1)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - baseline);
            }
            if (sampleLive && count % liveEvery == liveEvery / 2)
            {
                watch.Stop();
                peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                watch.Start();
            }
        }
        watch.Stop();
        if (count != n)
        {
            throw new InvalidOperationException($"AllAsync returned {count} items, expected {n}.");
        }
        return new(watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, peakHeap, peakLive, GC.CollectionCount(2) - gen2);
    }

    private static async Task<TimeSpan> BestOfAsync(Func<Task<TimeSpan>> run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var time = await run();
            best = time < best ? time : best;
        }
        return best;
    }

    private static async Task<TimeSpan> OverlapAsync(int n, TimeSpan latency, int workMicroseconds, bool prefetch)
    {
        using var http = new HttpClient(new PagingHandler(n, PageSize, latency));
        using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Fixtures.Token, BaseUrl = new Uri(Fixtures.BaseUrl), HttpClient = http });
        var watch = Stopwatch.StartNew();
        var count = 0;
        await foreach (var item in hub.Services.Page(0, PageSize).Prefetch(prefetch).AllAsync())
        {
            Work(item, workMicroseconds);
            count++;
        }
        watch.Stop();
        if (count != n)
        {
            throw new InvalidOperationException($"{count} items, expected {n}.");
        }
        return watch.Elapsed;
    }

    private static void Work(ServiceOverview item, int microseconds)
    {
        var until = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * microseconds / 1_000_000);
        while (Stopwatch.GetTimestamp() < until)
        {
        }
        GC.KeepAlive(item);
    }
}

/// <summary>Serves N items as pages made on the fly from one item's bytes, optionally after a delay.</summary>
public sealed class PagingHandler(int total, int pageSize, TimeSpan latency = default) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json");
    private readonly byte[] _fullPage = Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(0, pageSize).Select(Item)));

    private static string Item(int i) =>
        $$"""{"id":"3f1c9a7e-5b2d-4e8a-9c1f-{{i:D12}}","serviceDefinitionId":"9b2e7d4c-1a3f-4b6e-8d2c-{{i:D12}}","name":"QAOA Portfolio Optimizer {{i}}","displayName":"QAOA Portfolio Optimizer","type":"MANAGED","lifecycle":"PUBLISHED","createdAt":"2025-06-01T12:00:00Z","logoUrl":"https://assets.hub.kipu-quantum.com/logos/a1b2c3d4e5f6.png","buildStatus":"SUCCESS","currentUserPermission":"OWNER"}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken);
        }
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var page = int.Parse(query["page"] ?? "0");
        var size = int.Parse(query["size"] ?? "20");
        if (size != pageSize)
        {
            throw new InvalidOperationException("unexpected page size " + size);
        }
        var totalPages = (total + pageSize - 1) / pageSize;
        var count = Math.Clamp(total - (page * pageSize), 0, pageSize);
        var stream = new MemoryStream(_fullPage.Length + 200);
        stream.Write("{\"content\":["u8);
        if (count == pageSize)
        {
            stream.Write(_fullPage);
        }
        else if (count > 0)
        {
            throw new InvalidOperationException("N must be a multiple of the page size");
        }
        stream.Write(Encoding.UTF8.GetBytes($"],\"page\":{page},\"size\":{pageSize},\"totalElements\":{total},\"totalPages\":{totalPages}}}"));
        stream.Position = 0;
        var content = new StreamContent(stream);
        content.Headers.ContentType = s_json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
