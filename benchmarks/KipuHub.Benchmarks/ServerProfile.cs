using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Net;
using KipuHub.FakeServer;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 4 diagnostics: where the fake's time goes per request, in-process and sequential (no load generator, so the
/// shared machine matters less). Allocated bytes and CPU time per request for the fake and for bare Kestrel with the
/// same client; the difference is the fake's own work. Varying the page size separates per-request from per-item cost.
/// </summary>
public static class ServerProfile
{
    private const int Requests = 5000;
    private const int Rounds = 5;

    public static async Task RunAsync(string results)
    {
        await using var fake = await FakeHubServer.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        var body = await http.GetByteArrayAsync($"{fake.BaseUrl}/services?page=0&size=20");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var bare = builder.Build();
        bare.MapGet("/qc-catalog/services", () => Results.Bytes(body, "application/json"));
        await bare.StartAsync();
        var bareUrl = bare.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First() + "/qc-catalog";

        (string Label, string Url, bool WithToken)[] targets =
        [
            ("bare Kestrel, precomputed bytes (reference)", $"{bareUrl}/services?page=0&size=20", true),
            ("fake: GET /services?page=0&size=20 (personal, 8 services)", fake.BaseUrl + "/services?page=0&size=20", true),
            ("fake: GET /services?page=0&size=1", fake.BaseUrl + "/services?page=0&size=1", true),
            ("fake: GET /my/accounts (no paging)", fake.BaseUrl + "/my/accounts", true),
            ("fake: GET /services without token (401 from the first middleware)", fake.BaseUrl + "/services?page=0&size=20", false),
        ];
        foreach (var target in targets)
        {
            await WarmAsync(http, target.Url, target.WithToken);
        }
        // Rounds interleave the rows, and each row reports its median round, so a busy phase of the shared machine
        // does not land on one row only.
        var samples = targets.Select(_ => new List<M>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < targets.Length; i++)
            {
                samples[i].Add(await MeasureAsync(http, targets[i].Url, targets[i].WithToken));
            }
        }
        var medians = samples.Select(m => new M(Median(m, x => x.WallUs), Median(m, x => x.CpuUs), Median(m, x => x.Bytes))).ToArray();
        var rows = targets.Select((t, i) => Row(t.Label, medians[i], medians[0])).ToList();
        if (Environment.GetEnvironmentVariable("KIPU_ALLOC_TYPES") == "1")
        {
            foreach (var target in targets)
            {
                // Sampled allocations by type (one sample per ~100 KB), client and server together: where the bytes go.
                using var sampler = new AllocationSampler();
                await MeasureAsync(http, target.Url, target.WithToken);
                Console.WriteLine($"== {target.Label}");
                foreach (var (type, kb) in sampler.Top(25))
                {
                    Console.WriteLine($"{kb,10:N0} KB  {type}");
                }
            }
        }
        var report = new Report("Fake server per-request cost, in-process (item 4 diagnostics)");
        report.Line($"{Requests} sequential requests per row from one HttpClient in the same process, after warm-up until tiered JIT compilation has settled; " +
            $"{Rounds} interleaved rounds, the median round of each row shown. Allocated bytes and CPU time are the whole process's (client included, and " +
            "thread-pool spinning), so the rows differ by the server's work.").Line();
        report.Table(["request", "µs per request (wall)", "CPU µs per request", "allocated B per request", "CPU vs reference", "allocated vs reference"], rows);
        await FullReadsAsync(report);
        report.Save(results, "server-profile");
    }

    /// <summary>
    /// Reading every page of a list: the work must grow with the list, not with the list times its pages. N services
    /// are added to the demo user's account; all pages of 100, sorted by name, are read in order. The store's own
    /// counter says how many items it projected and sorted on the way.
    /// </summary>
    private static async Task FullReadsAsync(Report report)
    {
        const int pageSize = 100;
        var rows = new List<string[]>();
        var largest = int.TryParse(Environment.GetEnvironmentVariable("KIPU_FULL_READ_MAX"), out var max) ? max : 100_000;
        foreach (var n in new[] { 1_000, 10_000, 100_000 }.Where(n => n <= largest))
        {
            await using var fake = await FakeHubServer.StartAsync();
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
            var store = FakeSeeding.StoreOf(fake);
            FakeSeeding.AddServices(store, fake.DemoUserId, n);
            // Seeding's garbage is collected before the clock starts, so the first page is not charged for it.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            // Absent from builds before the list cache; the column then says so.
            var lists = store.GetType().GetProperty("Lists")?.GetValue(store);
            long Arranged() => lists is null ? -1 : (long)lists.GetType().GetProperty("ItemsArranged")!.GetValue(lists)!;
            var before = Arranged();
            var watch = Stopwatch.StartNew();
            var first = await http.GetByteArrayAsync($"{fake.BaseUrl}/services?page=0&size={pageSize}&sort=name");
            var firstMs = watch.Elapsed.TotalMilliseconds;
            var total = n + 8; // the demo user's 8 seeded services
            var pages = (total + pageSize - 1) / pageSize;
            for (var page = 1; page < pages; page++)
            {
                await http.GetByteArrayAsync($"{fake.BaseUrl}/services?page={page}&size={pageSize}&sort=name");
            }
            watch.Stop();
            var rest = (watch.Elapsed.TotalMilliseconds - firstMs) / Math.Max(1, pages - 1);
            var arranged = Arranged() - before;
            rows.Add([Report.N(total, "N0"), Report.N(pages, "N0"), Report.Ms(firstMs), Report.N(rest * 1000, "0") + " µs",
                Report.Ms(watch.Elapsed.TotalMilliseconds), Report.N(watch.Elapsed.TotalMicroseconds / total, "0.00") + " µs",
                lists is null ? "n/a" : Report.N(arranged, "N0"), Report.N((double)total * pages, "N0")]);
            GC.KeepAlive(first);
        }
        report.Line().Line("### Reading every page of a list (sort=name, pages of 100, one HttpClient, in order)").Line();
        report.Line("The first page projects and sorts the whole list once; the others are cut from that arranged list. " +
            "'items arranged' is the store's own count (ListCache.ItemsArranged); re-arranging per page, as before the list " +
            "cache, would arrange N × pages items.").Line();
        report.Table(["N services", "pages", "first page", "each further page", "full read", "full read per item", "items arranged", "N × pages (per-page re-sort)"], rows);
    }

    private sealed record M(double WallUs, double CpuUs, double Bytes);

    private static string[] Row(string label, M m, M r) =>
        [label, Report.N(m.WallUs, "0.0"), Report.N(m.CpuUs, "0.0"), Report.N(m.Bytes, "N0"), Report.X(m.CpuUs / r.CpuUs), Report.X(m.Bytes / r.Bytes)];

    private static double Median(List<M> samples, Func<M, double> value)
    {
        var sorted = samples.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task OnceAsync(HttpClient http, string url, bool withToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!withToken)
        {
            request.Headers.Add("X-Auth-Token", "wrong-token");
        }
        using var response = await http.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
    }

    /// <summary>
    /// Warms up until tiered compilation has settled: a server with more code paths otherwise pays JIT time inside the
    /// measurement (seen: hundreds of methods compiled during 5000 requests after a 500-request warm-up).
    /// </summary>
    private static async Task WarmAsync(HttpClient http, string url, bool withToken)
    {
        var quiet = 0;
        for (var batch = 0; batch < 40 && (batch < 6 || quiet < 2); batch++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < 500; i++)
            {
                await OnceAsync(http, url, withToken);
            }
            await Task.Delay(250); // tier-1 promotion runs in the background after a short delay
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 3 ? quiet + 1 : 0;
        }
    }

    private static async Task<M> MeasureAsync(HttpClient http, string url, bool withToken)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Requests; i++)
        {
            await OnceAsync(http, url, withToken);
        }
        watch.Stop();
        process.Refresh();
        return new(watch.Elapsed.TotalMicroseconds / Requests, (process.TotalProcessorTime - cpu).TotalMicroseconds / Requests,
            (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)Requests);
    }

    /// <summary>GC AllocationTick events by type name.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, long> _bytes = [];

        public IEnumerable<(string Type, long Kb)> Top(int n)
        {
            lock (_bytes)
            {
                return [.. _bytes.OrderByDescending(p => p.Value).Take(n).Select(p => (p.Key, p.Value / 1024))];
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" || e.Payload is null)
            {
                return;
            }
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("AllocationAmount64")]);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
