using System.Text.Json;
using CsCheck;
using KipuHub.FakeServer.Routing;
using Xunit.Abstractions;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// Hostile requests to every catalog endpoint, generated from the catalog (<see cref="RouteFuzzer"/>). Every answer:
/// is below 500 and in the documented set; if refused, carries the JSON error body with a short errorMessage and leaves
/// the state as it was; and never holds a seeded token. The run is deterministic (a fixed seed, the same requests every
/// time); a failure is shrunk by CsCheck and reported with the seed that replays it.
/// </summary>
/// <remarks>
/// KIPUHUB_FUZZ_REQUESTS sets the number of requests (3,000 by default); tests/fuzz.sh runs 50,000.
/// KIPUHUB_FUZZ_SEED replays another run. KIPUHUB_FUZZ_TRACE=EndpointId prints that endpoint's requests and answers.
/// </remarks>
public sealed class RouteFuzzTests(ITestOutputHelper output) : FakeHubTest
{
    private const string DefaultSeed = "KipuHubFuzz1";


    private string? _seedFingerprint;

    [Fact]
    public async Task Every_route_survives_hostile_requests_without_a_5xx_a_change_or_a_leak()
    {
        var requests = int.TryParse(Environment.GetEnvironmentVariable("KIPUHUB_FUZZ_REQUESTS"), out var n) ? n : 3_000;
        var seed = Environment.GetEnvironmentVariable("KIPUHUB_FUZZ_SEED") ?? DefaultSeed;
        var fuzzer = new RouteFuzzer(Hub);
        var endpoints = HubCatalog.All;
        // Every endpoint in turn, so each gets its share whatever the count; within a turn, CsCheck draws the request.
        var gen = Gen.Int[0, endpoints.Count - 1].SelectMany(i => fuzzer.For(endpoints[i]));
        var statuses = new Dictionary<int, int>();
        var answered = new Dictionary<string, int>();

        await FuzzRun.RunAsync(gen, seed, requests, async request =>
        {
            var status = await CheckAsync(request);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            answered[request.Endpoint.Id] = answered.GetValueOrDefault(request.Endpoint.Id) + (status < 400 ? 1 : 0);
        });

        output.WriteLine($"{requests} requests from seed {seed}: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} x {s.Key}")));
        output.WriteLine("answered with 2xx per endpoint: " + string.Join(", ", answered.OrderBy(a => a.Key).Select(a => $"{a.Key} {a.Value}")));
        statuses.Keys.Should().Contain([200, 400, 401, 403, 404, 422], "the fuzzer must reach both the answers and the refusals of the routes");
    }

    private async Task<int> CheckAsync(FuzzRequest request)
    {
        Hub.ResetForReuse();
        var version = Hub.Store.Version;
        // Every request starts from the seed state, so one fingerprint of it serves for all of them.
        _seedFingerprint ??= Hub.Store.Fingerprint();
        using var message = request.ToMessage();
        using var response = await Http.SendAsync(message);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("KIPUHUB_FUZZ_TRACE") == request.Endpoint.Id)
        {
            output.WriteLine($"{request} -> {status} {Short(body)}");
        }

        if (status >= 500 || !Documented(request.Endpoint).Contains(status))
        {
            throw new FuzzFailure($"answered {status}, outside the statuses its OpenAPI operation lists: {Short(body)}");
        }
        foreach (var token in Hub.SeedInfo.Principals.Select(p => p.Token))
        {
            if (body.Contains(token, StringComparison.Ordinal))
            {
                throw new FuzzFailure($"answered {status} with a body holding the token '{token}'");
            }
        }
        if (status < 400)
        {
            return status;
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            throw new FuzzFailure($"refused with {status} but a {response.Content.Headers.ContentType} body: {Short(body)}");
        }
        string? errorMessage;
        try
        {
            errorMessage = JsonDocument.Parse(body).RootElement.GetProperty("errorMessage").GetString();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FuzzFailure($"refused with {status} but no JSON errorMessage: {Short(body)}");
        }
        if (string.IsNullOrWhiteSpace(errorMessage) || errorMessage.Length > 1_500)
        {
            throw new FuzzFailure($"refused with {status} and an errorMessage of {errorMessage?.Length ?? 0} characters: {Short(errorMessage ?? "")}");
        }
        if (Hub.Store.Version != version || Hub.Store.Fingerprint() != _seedFingerprint)
        {
            throw new FuzzFailure($"refused with {status} ({Short(errorMessage)}) but changed the state");
        }
        return status;
    }

    /// <summary>The operation's statuses in the fake's OpenAPI document, and 405 from routing for a method it lacks.</summary>
    private static HashSet<int> Documented(HubEndpoint endpoint) =>
        [endpoint.Shape == HubResultShape.Empty ? 204 : 200, 405, .. HubRouteMapper.ErrorStatuses(endpoint)];

    private static string Short(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
