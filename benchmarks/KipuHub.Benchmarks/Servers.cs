using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace KipuHub.Benchmarks;

/// <summary>The reference servers for the load test (item 4), and an exact write check.</summary>
public static class Servers
{
    /// <summary>
    /// The limit: bare Kestrel, one endpoint returning precomputed bytes (checks the token like the fake). With
    /// <paramref name="inlineIo"/>, on the transport the kipuhub-fake tool uses (FakeHubStandalone): socket completions
    /// and requests on the socket threads; run.sh sets the runtime's variable for that process, read before any socket.
    /// </summary>
    public static async Task BareKestrelAsync(int port, string bodyFile, bool inlineIo)
    {
        if (inlineIo && Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") != "1")
        {
            throw new InvalidOperationException("inline-io needs DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 in the environment.");
        }
        var bytes = await File.ReadAllBytesAsync(bodyFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = inlineIo);
        var app = builder.Build();
        app.MapGet("/qc-catalog/services", (HttpContext context) =>
            context.Request.Headers["X-Auth-Token"] == "demo-token"
                ? Results.Bytes(bytes, "application/json")
                : Results.StatusCode(401));
        Console.WriteLine($"bare Kestrel listening on http://127.0.0.1:{port}");
        await app.RunAsync();
    }

    /// <summary>
    /// WireMock.Net.Minimal serving the same bytes as a stub: with its default settings (it keeps a request log), or
    /// tuned (<paramref name="tuned"/>: request log off, as a load-test user would set it).
    /// </summary>
    public static async Task WireMockAsync(int port, string bodyFile, bool tuned)
    {
        var bytes = await File.ReadAllBytesAsync(bodyFile);
        var settings = new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] };
        if (tuned)
        {
            settings.StartAdminInterface = false;
            settings.MaxRequestLogCount = 0;
        }
        using var server = WireMockServer.Start(settings);
        server.Given(Request.Create().WithPath("/qc-catalog/services").WithParam("page", "0").WithParam("size", "20").WithHeader("X-Auth-Token", "demo-token").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(bytes));
        Console.WriteLine($"WireMock.Net listening on http://127.0.0.1:{port}");
        var done = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => done.TrySetResult();
        await done.Task;
    }

    /// <summary>
    /// POST /v2/applications under concurrency with every response awaited, then counts the applications: the
    /// growth must equal the number of 2xx answers (no lost and no phantom write).
    /// </summary>
    public static async Task<int> WriteCheckAsync(string baseUrl, int total, int concurrency, string results)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
        var before = await CountAsync(http, baseUrl);
        var ok = 0;
        var failed = 0;
        var next = -1;
        var latencies = new double[total];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"{baseUrl}/v2/applications", new { name = $"bench-{i}" });
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        watch.Stop();
        var after = await CountAsync(http, baseUrl);
        Array.Sort(latencies);
        var growth = after - before;
        var verdict = growth == ok ? "no lost write" : $"MISMATCH: {growth - ok:+#;-#;0}";
        var report = new Report("Fake server writes: exact count check (item 4)");
        report.Line($"{total} POST /v2/applications from {concurrency} concurrent .NET callers, every answer awaited (personal account).").Line();
        report.Table(["requests", "2xx", "other", "applications before → after", "growth", "check", "req/s", "p50", "p99"],
            [[Report.N(total), Report.N(ok), Report.N(failed), $"{before} → {after}", Report.N(growth), verdict,
              Report.N(total / watch.Elapsed.TotalSeconds, "N0"), Report.Ms(latencies[total / 2]), Report.Ms(latencies[(int)(total * 0.99)])]]);
        report.Save(results, "writes-check");
        return growth == ok ? 0 : 1;
    }

    public static async Task<int> CountAsync(HttpClient http, string baseUrl)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"{baseUrl}/v2/applications"));
        return doc.RootElement.GetArrayLength();
    }
}
