using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using KipuHub.Benchmarks;

// Modes:
//   bdn [BenchmarkDotNet args]          item 1 (ClientOverhead) and item 2 (QueryTranslation)
//   paging <resultsDir>                 item 3
//   startup <resultsDir>                item 5
//   serve-kestrel <port> <bodyFile> [inline-io]   item 4 reference (limit; inline-io: the kipuhub-fake tool's transport)
//   serve-wiremock <port> <bodyFile> [tuned]   item 4 reference (tuned: request log off)
//   load-rounds <rounds> <duration> <connections> <threads> <references> <label|url|pid>... <resultsDir>
//                                       item 4 GET, alternating; every target compared with the first <references>
//   write-rounds <the same arguments>   item 4 POST /v2/applications, alternating
//   write-check <baseUrl> <n> <concurrency> <resultsDir>   item 4 writes, exact count
//   count-applications <baseUrl>
//   pipeline-loop                       item 4 diagnostics: the fake's own work per request beyond a bare minimal API,
//                                       both without sockets, alternating in one process (PipelineBenchmarks' servers)
var mode = args.Length > 0 ? args[0] : "bdn";
var rest = args.Skip(1).ToArray();
var results = rest.Length > 0 ? rest[^1] : Path.Combine("benchmarks", "results");
switch (mode)
{
    case "bdn":
        var config = DefaultConfig.Instance
            .AddJob(BenchJobs.Short.WithId("Short"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(Environment.GetEnvironmentVariable("BDN_ARTIFACTS") ?? Path.Combine("benchmarks", "results", "bdn"));
        BenchmarkSwitcher.FromAssembly(typeof(Fixtures).Assembly).Run(rest, config);
        return 0;
    case "smoke":
    {
        var c = new ClientOverheadBenchmarks();
        c.Setup();
        Console.WriteLine((await c.List_HandWritten()).Content!.Count + " " + (await c.List_KipuHub()).Content.Count + " " + (await c.List_Refit()).Content!.Count + " " + (await c.List_Flurl()).Content!.Count);
        Console.WriteLine((await c.Get_HandWritten()).ServiceDefinitions![0].PricingPlans!.Count + " " + (await c.Get_KipuHub()).ServiceDefinitions![0].PricingPlans!.Count + " " + (await c.Get_Refit()).ServiceDefinitions![0].Name + " " + (await c.Get_Flurl()).ServiceDefinitions![0].Lifecycle);
#if PEERS
        Console.WriteLine($"peers: Kiota {await c.List_Kiota()} {await c.Get_Kiota()}, NSwag {await c.List_NSwag()} {await c.Get_NSwag()}");
#endif
        var q = new QueryTranslationBenchmarks();
        q.Setup();
        Console.WriteLine(q.Services() + " | " + q.Pools() + " | " + q.ServicesCompile());
        return 0;
    }
    case "loop":
    {
        // For a profiler (perf record): one client call in a loop for the given seconds. loop List_KipuHub 20
        var c = new ClientOverheadBenchmarks();
        c.Setup();
        var method = typeof(ClientOverheadBenchmarks).GetMethod(rest[0])!;
        var call = method.CreateDelegate<Func<Task>>(c);
        var until = DateTime.UtcNow.AddSeconds(rest.Length > 1 ? int.Parse(rest[1]) : 20);
        var calls = 0L;
        while (DateTime.UtcNow < until)
        {
            for (var i = 0; i < 1000; i++)
            {
                await call();
            }
            calls += 1000;
        }
        Console.WriteLine($"{calls} calls");
        return 0;
    }
    case "alloc-probe":
        await AllocProbe.RunAsync();
        return 0;
    case "pipeline-loop":
        await PipelineBenchmarks.RunAlternatingAsync();
        return 0;
    case "server-profile":
        await ServerProfile.RunAsync(results);
        return 0;
    case "paging":
        await PagingRun.RunAsync(results);
        return 0;
    case "startup":
        await StartupRun.RunAsync(results);
        return 0;
    case "serve-kestrel":
        await Servers.BareKestrelAsync(int.Parse(rest[0]), rest[1], rest.Length > 2 && rest[2] == "inline-io");
        return 0;
    case "serve-wiremock":
        await Servers.WireMockAsync(int.Parse(rest[0]), rest[1], tuned: rest.Length > 2 && rest[2] == "tuned");
        return 0;
    case "load-rounds":
    case "write-rounds":
        return await LoadRounds.RunAsync(mode == "load-rounds" ? LoadRounds.Workload.Reads : LoadRounds.Workload.Writes, int.Parse(rest[0]), rest[1], int.Parse(rest[2]), int.Parse(rest[3]), int.Parse(rest[4]), rest[5..^1], results);
    case "write-check":
        return await Servers.WriteCheckAsync(rest[0], int.Parse(rest[1]), int.Parse(rest[2]), rest[3]);
    case "count-applications":
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
            Console.WriteLine(await Servers.CountAsync(http, rest[0]));
        }
        return 0;
    default:
        Console.Error.WriteLine("unknown mode " + mode);
        return 2;
}
