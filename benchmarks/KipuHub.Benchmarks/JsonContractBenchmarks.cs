using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 1 diagnostics: JSON alone, same bytes, System.Text.Json source generation both ways. "plain classes" is the
/// limit's contract ({ get; set; }, enums as strings); "KipuHub (client)" is what the client reads with: its records
/// with init-only properties, for which the generator collects every value into an object[] (boxing structs) unless
/// a reader replaces that path (services pages do, see ServiceOverviewReader; a single service does, see ServiceReaders); "KipuHub (generated)" is the plain
/// generated metadata of the same records.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonContractBenchmarks
{
    private byte[] _page = null!;
    private byte[] _service = null!;
    private JsonTypeInfo _pageGenerated = null!;
    private JsonTypeInfo _pageClient = null!;
    private JsonTypeInfo _serviceGenerated = null!;
    private JsonTypeInfo _serviceClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = Fixtures.ServicesPage;
        _service = Fixtures.Service;
        _pageGenerated = KipuHub.Serialization.ServicesJsonContext.Default.PageEnvelopeServiceOverview;
        _pageClient = KipuHub.Serialization.ServicesJsonReading.Context.PageEnvelopeServiceOverview;
        _serviceGenerated = KipuHub.Serialization.ServicesJsonContext.Default.Service;
        _serviceClient = KipuHub.Serialization.ServicesJsonReading.Context.Service;
    }

    [Benchmark(Baseline = true, Description = "plain classes (limit's contract)"), BenchmarkCategory("page of 20")]
    public object? PagePlain() => JsonSerializer.Deserialize(_page, BenchJsonContext.Default.BenchPageBServiceOverview);

    [Benchmark(Description = "KipuHub records, generated init-only path"), BenchmarkCategory("page of 20")]
    public object? PageGenerated() => JsonSerializer.Deserialize(_page, _pageGenerated);

    [Benchmark(Description = "KipuHub records, client (ServiceOverviewReader)"), BenchmarkCategory("page of 20")]
    public object? PageClient() => JsonSerializer.Deserialize(_page, _pageClient);

    [Benchmark(Baseline = true, Description = "plain classes (limit's contract)"), BenchmarkCategory("service")]
    public object? ServicePlain() => JsonSerializer.Deserialize(_service, BenchJsonContext.Default.BService);

    [Benchmark(Description = "KipuHub records, generated init-only path"), BenchmarkCategory("service")]
    public object? ServiceGenerated() => JsonSerializer.Deserialize(_service, _serviceGenerated);

    [Benchmark(Description = "KipuHub records, client (ServiceReaders)"), BenchmarkCategory("service")]
    public object? ServiceClient() => JsonSerializer.Deserialize(_service, _serviceClient);
}
