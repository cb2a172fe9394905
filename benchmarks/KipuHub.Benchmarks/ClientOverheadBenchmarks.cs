using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Flurl.Http;
using Flurl.Http.Configuration;
using KipuHub.Models;
using KipuHub.Paging;
using Refit;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 1: the client's own cost per call. Every client sends the same request (GET services?page=0&amp;size=20 or
/// GET services/{id}, with X-Auth-Token, X-OrganizationId and Accept) to the same in-memory handler, which answers
/// with the same bytes; so the differences are the clients' own work. The baseline is a hand-written HttpClient
/// call with System.Text.Json source generation: the limit.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchJobs.GcBudgets))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class ClientOverheadBenchmarks
{
    private HttpClient _http = null!;
    private HubPlatformClient _hub = null!;
    private HubPlatformClient _hubNoRetry = null!;
    private IRefitHub _refit = null!;
    private IFlurlClient _flurl = null!;
    private string _org = null!;
    private string _id = null!;
    private static readonly MediaTypeWithQualityHeaderValue s_accept = new("application/json");

    [GlobalSetup]
    public void Setup()
    {
        _org = Fixtures.OrganizationId;
        _id = Fixtures.ServiceId;
        _http = new HttpClient(new FixedBytesHandler()) { BaseAddress = new Uri(Fixtures.BaseUrl) };
        _hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Fixtures.Token, BaseUrl = new Uri(Fixtures.BaseUrl), HttpClient = _http });
        _hubNoRetry = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Fixtures.Token, BaseUrl = new Uri(Fixtures.BaseUrl), HttpClient = _http, MaxRetries = 0 });

        var refitHttp = new HttpClient(new FixedBytesHandler()) { BaseAddress = new Uri(Fixtures.BaseUrl) };
        refitHttp.DefaultRequestHeaders.Add("X-Auth-Token", Fixtures.Token);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = BenchJsonContext.Default };
        _refit = RestService.For<IRefitHub>(refitHttp, new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(json) });

        var flurlHttp = new HttpClient(new FixedBytesHandler()) { BaseAddress = new Uri(Fixtures.BaseUrl) };
        _flurl = new FlurlClient(flurlHttp)
            .WithHeader("X-Auth-Token", Fixtures.Token)
            .WithSettings(s => s.JsonSerializer = new DefaultJsonSerializer(json));
        SetupPeers();
    }

    // The clients generated from the fake's OpenAPI document (ClientOverheadBenchmarks.Peers.cs), when generated.
    partial void SetupPeers();

    [GlobalCleanup]
    public void Cleanup()
    {
        _hub.Dispose();
        _hubNoRetry.Dispose();
        _flurl.Dispose();
        _http.Dispose();
    }

    // ── ListAsync: one page of 20 services ─────────────────────────────────────────────────────

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source-gen (limit)"), BenchmarkCategory("List20")]
    public async Task<BenchPage<BServiceOverview>> List_HandWritten()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "services?page=0&size=20");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", Fixtures.Token);
        request.Headers.TryAddWithoutValidation("X-OrganizationId", _org);
        request.Headers.Accept.Add(s_accept);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.BenchPageBServiceOverview))!;
    }

    [Benchmark(Description = "KipuHub.Fluent"), BenchmarkCategory("List20")]
    public Task<Page<ServiceOverview>> List_KipuHub() => _hub.Services.InOrg(_org).Page(0, 20).ListAsync();

    [Benchmark(Description = "KipuHub.Fluent, MaxRetries=0"), BenchmarkCategory("List20")]
    public Task<Page<ServiceOverview>> List_KipuHubNoRetry() => _hubNoRetry.Services.InOrg(_org).Page(0, 20).ListAsync();

    [Benchmark(Description = "Refit 16.4.0"), BenchmarkCategory("List20")]
    public Task<BenchPage<BServiceOverview>> List_Refit() => _refit.ListServices(0, 20, _org);

    [Benchmark(Description = "Flurl.Http 4.0.2"), BenchmarkCategory("List20")]
    public Task<BenchPage<BServiceOverview>> List_Flurl() => _flurl.Request("services")
        .SetQueryParam("page", 0).SetQueryParam("size", 20)
        .WithHeader("X-OrganizationId", _org).WithHeader("Accept", "application/json")
        .GetJsonAsync<BenchPage<BServiceOverview>>();

    // ── GetAsync: one service ──────────────────────────────────────────────────────────────────

    [Benchmark(Baseline = true, Description = "HttpClient + STJ source-gen (limit)"), BenchmarkCategory("Get1")]
    public async Task<BService> Get_HandWritten()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "services/" + Uri.EscapeDataString(_id));
        request.Headers.TryAddWithoutValidation("X-Auth-Token", Fixtures.Token);
        request.Headers.TryAddWithoutValidation("X-OrganizationId", _org);
        request.Headers.Accept.Add(s_accept);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.BService))!;
    }

    [Benchmark(Description = "KipuHub.Fluent"), BenchmarkCategory("Get1")]
    public Task<Service> Get_KipuHub() => _hub.Services.InOrg(_org).GetAsync(_id);

    [Benchmark(Description = "KipuHub.Fluent, MaxRetries=0"), BenchmarkCategory("Get1")]
    public Task<Service> Get_KipuHubNoRetry() => _hubNoRetry.Services.InOrg(_org).GetAsync(_id);

    [Benchmark(Description = "Refit 16.4.0"), BenchmarkCategory("Get1")]
    public Task<BService> Get_Refit() => _refit.GetService(_id, _org);

    [Benchmark(Description = "Flurl.Http 4.0.2"), BenchmarkCategory("Get1")]
    public Task<BService> Get_Flurl() => _flurl.Request("services", _id)
        .WithHeader("X-OrganizationId", _org).WithHeader("Accept", "application/json")
        .GetJsonAsync<BService>();
}

public interface IRefitHub
{
    [Get("/services")]
    [Headers("Accept: application/json")]
    Task<BenchPage<BServiceOverview>> ListServices(int page, int size, [Header("X-OrganizationId")] string organizationId);

    [Get("/services/{id}")]
    [Headers("Accept: application/json")]
    Task<BService> GetService(string id, [Header("X-OrganizationId")] string organizationId);
}
