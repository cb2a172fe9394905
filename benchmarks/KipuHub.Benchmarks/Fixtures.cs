using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using KipuHub.FakeServer;

namespace KipuHub.Benchmarks;

/// <summary>
/// The response bytes every client under test reads: taken once from the fake server itself (seed 42, demo
/// organization, page 0 of 20 services, and one service), so the payloads have the real shape.
/// </summary>
public static class Fixtures
{
    public const string Token = FakeHubServer.DemoToken;
    public const string BaseUrl = "http://hub.invalid/qc-catalog/";

    private static readonly Lazy<(byte[] Page, byte[] Service, string OrgId, string ServiceId)> s_data = new(Load);

    public static byte[] ServicesPage => s_data.Value.Page;

    public static byte[] Service => s_data.Value.Service;

    public static string OrganizationId => s_data.Value.OrgId;

    public static string ServiceId => s_data.Value.ServiceId;

    private static (byte[], byte[], string, string) Load()
    {
        return Task.Run(async () =>
        {
            await using var fake = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 42 });
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", Token);
            http.DefaultRequestHeaders.Add("X-OrganizationId", fake.DemoOrganizationId);
            var page = await http.GetByteArrayAsync($"{fake.BaseUrl}/services?page=0&size=20");
            var overview = System.Text.Json.JsonSerializer.Deserialize(page, BenchJsonContext.Default.BenchPageBServiceOverview)!;
            var id = overview.Content![0].Id;
            var service = await http.GetByteArrayAsync($"{fake.BaseUrl}/services/{id}");
            return (page, service, fake.DemoOrganizationId, id);
        }).GetAwaiter().GetResult();
    }
}

/// <summary>The page envelope, as a hand-written client would declare it.</summary>
public sealed class BenchPage<T>
{
    public List<T>? Content { get; set; }
    public int Page { get; set; }
    public int Size { get; set; }
    public long TotalElements { get; set; }
    public int TotalPages { get; set; }
}

// The wire shapes as a hand-written client would declare them: the same fields as KipuHub's models, with the
// open enums as plain strings (KipuHub's enum converter is internal, and a string is the cheapest honest choice).
public sealed class BServiceOverview
{
    public string Id { get; set; } = "";
    public string? ServiceDefinitionId { get; set; }
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Type { get; set; }
    public string? Lifecycle { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public string? LogoUrl { get; set; }
    public string? BuildStatus { get; set; }
    public string? CurrentUserPermission { get; set; }
}

public sealed class BService
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public List<BServiceDefinition>? ServiceDefinitions { get; set; }
    public string? CurrentUserPermission { get; set; }
}

public sealed class BServiceDefinition
{
    public string Id { get; set; } = "";
    public string? Version { get; set; }
    public string? Name { get; set; }
    public string? Context { get; set; }
    public string? Description { get; set; }
    public string? ProductionEndpoint { get; set; }
    public string? GatewayEndpoint { get; set; }
    public string? Type { get; set; }
    public List<BPricingPlan>? PricingPlans { get; set; }
    public string? Lifecycle { get; set; }
    public List<BTaxonomy>? Industries { get; set; }
    public string? LogoUrl { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? ModifiedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? ModifiedBy { get; set; }
    public List<BResource>? Configurations { get; set; }
    public BRuntime? RuntimeConfiguration { get; set; }
    public BSource? Source { get; set; }
    public string? ProcessDefinitionId { get; set; }
    public string? WorkflowModel { get; set; }
}

public sealed class BPricingPlan
{
    public string Id { get; set; } = "";
    public string? Type { get; set; }
    public List<BProduct>? Products { get; set; }
}

public sealed class BProduct
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? UnitLabel { get; set; }
    public decimal? AmountMajor { get; set; }
    public string? Currency { get; set; }
    public string? Type { get; set; }
}

public sealed class BTaxonomy
{
    public string? Uuid { get; set; }
    public string? Label { get; set; }
    public List<BTaxonomy>? Children { get; set; }
}

public sealed class BResource
{
    public string? Type { get; set; }
    public decimal? Amount { get; set; }
    public string? Unit { get; set; }
    public string? Accelerator { get; set; }
}

public sealed class BRuntime
{
    public string? Runtime { get; set; }
    public Dictionary<string, string>? Environment { get; set; }
    public bool? ApplyProviderTokens { get; set; }
}

public sealed class BSource
{
    public string? Type { get; set; }
    public string? Image { get; set; }
    public string? Tag { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BenchPage<BServiceOverview>))]
[JsonSerializable(typeof(BService))]
public sealed partial class BenchJsonContext : JsonSerializerContext;

/// <summary>An in-memory handler: answers every request with fixed bytes, chosen by path. No network.</summary>
public sealed class FixedBytesHandler : HttpMessageHandler
{
    private readonly byte[] _page = Fixtures.ServicesPage;
    private readonly byte[] _service = Fixtures.Service;
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var bytes = request.RequestUri!.AbsolutePath.EndsWith("/services", StringComparison.Ordinal) ? _page : _service;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = s_json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
