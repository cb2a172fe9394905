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

        var rows = new List<string[]>();
        var reference = await MeasureAsync(http, $"{bareUrl}/services?page=0&size=20");
        rows.Add(Row("bare Kestrel, precomputed bytes (reference)", reference, reference));
        foreach (var (label, path) in new[]
        {
            ("fake: GET /services?page=0&size=20 (personal, 8 services)", "/services?page=0&size=20"),
            ("fake: GET /services?page=0&size=1", "/services?page=0&size=1"),
            ("fake: GET /my/accounts (no paging)", "/my/accounts"),
            ("fake: GET /services without token (401 from the first middleware)", "/services?page=0&size=20&notoken"),
        })
        {
            var m = await MeasureAsync(http, fake.BaseUrl + path.Replace("&notoken", ""), withToken: !path.EndsWith("&notoken", StringComparison.Ordinal));
            rows.Add(Row(label, m, reference));
            if (Environment.GetEnvironmentVariable("KIPU_ALLOC_TYPES") == "1")
            {
                // Sampled allocations by type (one sample per ~100 KB), client and server together: where the bytes go.
                using var sampler = new AllocationSampler();
                await MeasureAsync(http, fake.BaseUrl + path.Replace("&notoken", ""), withToken: !path.EndsWith("&notoken", StringComparison.Ordinal));
                Console.WriteLine($"== {label}");
                foreach (var (type, kb) in sampler.Top(25))
                {
                    Console.WriteLine($"{kb,10:N0} KB  {type}");
                }
            }
        }
        var report = new Report("Fake server per-request cost, in-process (item 4 diagnostics)");
        report.Line($"{Requests} sequential requests per row from one HttpClient in the same process, after 500 warm-up requests. " +
            "Allocated bytes and CPU time are the whole process's (client included), so the rows differ by the server's work.").Line();
        report.Table(["request", "µs per request (wall)", "CPU µs per request", "allocated B per request", "CPU vs reference", "allocated vs reference"], rows);
        report.Save(results, "server-profile");
    }

    private sealed record M(double WallUs, double CpuUs, double Bytes);

    private static string[] Row(string label, M m, M r) =>
        [label, Report.N(m.WallUs, "0.0"), Report.N(m.CpuUs, "0.0"), Report.N(m.Bytes, "N0"), Report.X(m.CpuUs / r.CpuUs), Report.X(m.Bytes / r.Bytes)];

    private static async Task<M> MeasureAsync(HttpClient http, string url, bool withToken = true)
    {
        async Task OnceAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (!withToken)
            {
                request.Headers.Add("X-Auth-Token", "wrong-token");
            }
            using var response = await http.SendAsync(request);
            await response.Content.CopyToAsync(Stream.Null);
        }
        for (var i = 0; i < 500; i++)
        {
            await OnceAsync();
        }
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Requests; i++)
        {
            await OnceAsync();
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
