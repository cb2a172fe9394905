#if PEERS
using BenchmarkDotNet.Attributes;
using KipuHub.Peers.Kiota;
using KipuHub.Peers.NSwag;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KipuHub.Benchmarks;

/// <summary>
/// The peers a .NET team would generate from an OpenAPI document: Kiota and NSwag, both generated from the fake's own
/// /openapi/v1.json by benchmarks/peers/generate.sh, each used the way its documentation shows (Kiota through
/// KiotaClientFactory, so with its default middleware, as KipuHub runs with its retries), against the same handler.
/// </summary>
public partial class ClientOverheadBenchmarks
{
    private KiotaHubClient _kiota = null!;
    private NSwagHubClient _nswag = null!;

    partial void SetupPeers()
    {
        var kiotaHttp = KiotaClientFactory.Create(new FixedBytesHandler());
        _kiota = new KiotaHubClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: kiotaHttp)
        {
            BaseUrl = new Uri(Fixtures.BaseUrl).GetLeftPart(UriPartial.Authority),
        });
        // The document's paths start at /qc-catalog, so the generated clients take the API root as their base.
        _nswag = new NSwagHubClient(new HttpClient(new FixedBytesHandler()) { BaseAddress = new Uri(new Uri(Fixtures.BaseUrl).GetLeftPart(UriPartial.Authority) + "/") });
    }

    [Benchmark(Description = "Kiota 1.38.0 (generated)"), BenchmarkCategory("List20")]
    public async Task<int> List_Kiota()
    {
        var page = await _kiota.QcCatalog.Services.GetAsync(request =>
        {
            request.QueryParameters.Page = 0;
            request.QueryParameters.Size = 20;
            request.Headers.Add("X-Auth-Token", Fixtures.Token);
            request.Headers.Add("X-OrganizationId", _org);
        });
        return page!.Content!.Count;
    }

    [Benchmark(Description = "NSwag 14.8.0 (generated)"), BenchmarkCategory("List20")]
    public async Task<int> List_NSwag() =>
        (await _nswag.ServicesListAsync(Fixtures.Token, _org, 0, 20, null, null)).Content.Count;

    [Benchmark(Description = "Kiota 1.38.0 (generated)"), BenchmarkCategory("Get1")]
    public async Task<string?> Get_Kiota()
    {
        var service = await _kiota.QcCatalog.Services[_id].GetAsync(request =>
        {
            request.Headers.Add("X-Auth-Token", Fixtures.Token);
            request.Headers.Add("X-OrganizationId", _org);
        });
        return service!.Name;
    }

    [Benchmark(Description = "NSwag 14.8.0 (generated)"), BenchmarkCategory("Get1")]
    public async Task<string?> Get_NSwag() => (await _nswag.ServicesGetAsync(_id, Fixtures.Token, _org)).Name;
}
#endif
