using System.Text.Json.Serialization;
using KipuHub.Contract;
using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>Shared setup: a connection over a <see cref="StubHttpHandler"/>, with no environment variables and tiny retry delays.</summary>
internal static class TestHub
{
    /// <summary>Long and distinctive, so a leak is found by a plain substring search.</summary>
    public const string Token = "kqh-test-token-7f3a9c1e5b2d4f60a8";

    public const string OrgId = "11111111-2222-3333-4444-555555555555";

    public static readonly Uri BaseUrl = new("https://hub.test/qc-catalog");

    public static string? NoEnvironment(string name) => null;

    public static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    public static HubPlatformClientOptions Options(StubHttpHandler handler, Action<HubPlatformClientOptions>? configure = null)
    {
        var options = new HubPlatformClientOptions
        {
            ApiKey = Token,
            BaseUrl = BaseUrl,
            HttpClient = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            RetryDelay = TimeSpan.FromMilliseconds(1),
            Timeout = TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(options);
        return options;
    }

    public static HubConnection Connect(StubHttpHandler handler, Action<HubPlatformClientOptions>? configure = null) =>
        new(Options(handler, configure), NoEnvironment);

    public static HubCall GetService(string id = "svc-1") => new(HubCatalog.ServicesGet, [id]);

    public static HubCall CreateApplication() => new(HubCatalog.ApplicationsCreate, [])
    {
        Content = () => new StringContent("""{"name":"app"}""", System.Text.Encoding.UTF8, "application/json"),
    };
}

internal sealed record Probe(string Id, int Count);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Probe))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
