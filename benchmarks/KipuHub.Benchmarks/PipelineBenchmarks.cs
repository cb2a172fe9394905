using BenchmarkDotNet.Attributes;
using KipuHub.FakeServer;
using KipuHub.FakeServer.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 4 diagnostics: the server's own work per request, without sockets or HTTP parsing. Each app runs on a server
/// that only hands requests to it, as Kestrel does after parsing, so the difference between the rows is exactly what
/// the fake adds to a bare minimal API serving the same bytes: journal, tenant, paging, strict rules, list cache.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string Path = "/qc-catalog/services";
    private const string Query = "?page=0&size=20";

    private WebApplication _fake = null!;
    private WebApplication _bare = null!;
    private DirectServer _fakeServer = null!;
    private DirectServer _bareServer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fakeBuilder = WebApplication.CreateSlimBuilder();
        fakeBuilder.Logging.ClearProviders();
        _fakeServer = new DirectServer();
        fakeBuilder.Services.AddSingleton<IServer>(_fakeServer);
        _fake = FakeHubApp.Build(fakeBuilder, new FakeHubOptions());
        _fake.StartAsync().GetAwaiter().GetResult();

        var body = _fakeServer.SendAsync(Path, Query).GetAwaiter().GetResult();
        var bareBuilder = WebApplication.CreateSlimBuilder();
        bareBuilder.Logging.ClearProviders();
        _bareServer = new DirectServer();
        bareBuilder.Services.AddSingleton<IServer>(_bareServer);
        _bare = bareBuilder.Build();
        _bare.MapGet(Path, (HttpContext context) =>
            context.Request.Headers["X-Auth-Token"] == FakeHubServer.DemoToken
                ? Results.Bytes(body, "application/json")
                : Results.StatusCode(401));
        _bare.StartAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fake.StopAsync().GetAwaiter().GetResult();
        _bare.StopAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "bare minimal API, precomputed bytes")]
    public Task<byte[]> Bare() => _bareServer.SendAsync(Path, Query);

    [Benchmark(Description = "fake: GET /services?page=0&size=20")]
    public Task<byte[]> Fake() => _fakeServer.SendAsync(Path, Query);

    /// <summary>
    /// The same two calls alternating in one process (pipeline-loop): 15 rounds of 50,000 of each after a warm-up, and
    /// the median, first and third quartile of the fake's extra time per request. Quicker than BenchmarkDotNet (about
    /// 10 s), for trying a change; the figures of record are BenchmarkDotNet's.
    /// </summary>
    public static async Task RunAlternatingAsync()
    {
        const int calls = 50_000;
        var benchmarks = new PipelineBenchmarks();
        benchmarks.Setup();
        for (var i = 0; i < 4 * calls; i++)
        {
            await benchmarks.Bare();
            await benchmarks.Fake();
        }
        var extra = new List<double>();
        var extraBytes = new List<double>();
        var (gen1, gen2) = (GC.CollectionCount(1), GC.CollectionCount(2));
        for (var round = 0; round < 15; round++)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                await benchmarks.Bare();
            }
            var bare = watch.Elapsed.TotalMicroseconds / calls;
            var bareBytes = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)calls;
            bytes = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            for (var i = 0; i < calls; i++)
            {
                await benchmarks.Fake();
            }
            extra.Add(watch.Elapsed.TotalMicroseconds / calls - bare);
            extraBytes.Add((GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)calls - bareBytes);
        }
        extra.Sort();
        extraBytes.Sort();
        Console.WriteLine($"fake - bare: {extra[7]:0.000} µs per request (quartiles {extra[3]:0.000}-{extra[11]:0.000}), {extraBytes[7]:0} bytes allocated; " +
            $"Gen1 collections {GC.CollectionCount(1) - gen1}, Gen2 {GC.CollectionCount(2) - gen2}");
        benchmarks.Cleanup();
    }

    /// <summary>A server that runs requests through the application directly, with the features Kestrel would give.</summary>
    private sealed class DirectServer : IServer
    {
        private Func<IFeatureCollection, Task>? _process;

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
        {
            _process = async features =>
            {
                var context = application.CreateContext(features);
                Exception? failure = null;
                try
                {
                    await application.ProcessRequestAsync(context);
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }
                finally
                {
                    application.DisposeContext(context, failure);
                }
            };
            return Task.CompletedTask;
        }

        public async Task<byte[]> SendAsync(string path, string query)
        {
            var body = new MemoryStream();
            var request = new HttpRequestFeature { Method = "GET", Scheme = "http", Path = path, QueryString = query, Protocol = "HTTP/1.1" };
            request.Headers["Host"] = "127.0.0.1";
            request.Headers["X-Auth-Token"] = FakeHubServer.DemoToken;
            var features = new FeatureCollection();
            features.Set<IHttpRequestFeature>(request);
            features.Set<IHttpResponseFeature>(new HttpResponseFeature());
            features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
            features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature());
            await _process!(features);
            return body.ToArray();
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
