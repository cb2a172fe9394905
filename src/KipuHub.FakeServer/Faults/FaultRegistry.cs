using System.Globalization;
using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Faults;

/// <summary>What a call gets from the faults: latency to wait, then maybe a drop or an error.</summary>
internal sealed record FaultDecision(string Description, TimeSpan Latency, bool Drop, HubError? Error, int? RetryAfterSeconds);

/// <summary>
/// The installed faults, in the order they were added. The first one that matches a call and fires decides; hit
/// counters move when the call arrives, before any latency, so "fail twice, then succeed" is exact.
/// </summary>
internal sealed class FaultRegistry(int serverSeed)
{
    private const int MaxLatencyMs = 600_000;
    private readonly Lock _gate = new();
    private readonly List<Installed> _faults = [];
    private int _nextId;

    private sealed class Installed(string id, FakeHubFault fault, HashSet<string>? routes, Random random)
    {
        public string Id { get; } = id;

        public FakeHubFault Fault { get; } = fault;

        public HashSet<string>? Routes { get; } = routes;

        public Random Random { get; } = random;

        public int Hits { get; set; }

        public int Fired { get; set; }
    }

    public Result<FakeHubFaultStatus> Add(FakeHubFault fault)
    {
        HashSet<string>? routes = null;
        if (fault.Route is not null && (routes = FakeHubJournal.ResolveRoute(fault.Route)) is null)
        {
            return Failure.Malformed($"Fault 'route' '{Echo.Of(fault.Route)}' matches no catalog endpoint; give a HubCatalog name such as " +
                "'ServicesList', 'METHOD /template' such as 'GET /services', or '/template'. The routes are in /openapi/v1.json.");
        }
        if (Problem(fault) is { } problem)
        {
            return Failure.Malformed(problem);
        }
        lock (_gate)
        {
            // A copy: the caller may change its object afterwards.
            var installed = new Installed($"fault-{++_nextId}", fault with { }, routes, new Random(fault.Seed ?? serverSeed));
            _faults.Add(installed);
            return Status(installed);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _faults.RemoveAll(f => f.Id == id) > 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>As a new registry: no faults, and ids start again at fault-1.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            _faults.Clear();
            _nextId = 0;
        }
    }

    public IReadOnlyList<FakeHubFaultStatus> List()
    {
        lock (_gate)
        {
            return [.. _faults.Select(Status)];
        }
    }

    public FaultDecision? Match(HubEndpoint endpoint, string tenantId)
    {
        lock (_gate)
        {
            foreach (var installed in _faults)
            {
                var fault = installed.Fault;
                if ((installed.Routes is not null && !installed.Routes.Contains(endpoint.Id)) || (fault.Tenant is not null && fault.Tenant != tenantId))
                {
                    continue;
                }
                installed.Hits++;
                if (installed.Hits <= fault.After || (fault.Times is { } times && installed.Fired >= times))
                {
                    continue;
                }
                if (fault.Probability < 1 && installed.Random.NextDouble() >= fault.Probability)
                {
                    continue;
                }
                installed.Fired++;
                return Decide(installed, endpoint);
            }
            return null;
        }
    }

    private static FaultDecision Decide(Installed installed, HubEndpoint endpoint)
    {
        var fault = installed.Fault;
        var latency = fault.LatencyMs is { } low
            ? TimeSpan.FromMilliseconds(fault.LatencyMaxMs is { } high && high > low ? installed.Random.Next(low, high + 1) : low)
            : TimeSpan.Zero;
        var parts = new List<string>();
        if (fault.Status is { } status)
        {
            parts.Add(fault.RetryAfterSeconds is { } retryAfter ? $"{status} Retry-After {retryAfter}" : status.ToString(CultureInfo.InvariantCulture));
        }
        if (fault.Drop)
        {
            parts.Add("dropped connection");
        }
        if (latency > TimeSpan.Zero)
        {
            parts.Add($"latency {latency.TotalMilliseconds:0} ms");
        }
        var description = $"{installed.Id}: {string.Join(", ", parts)} (hit {installed.Fired}{(fault.Times is { } t ? $" of {t}" : "")})";
        var error = fault.Status is { } code
            ? HubError.WithStatus(code, fault.Message ?? $"Injected fault {installed.Id} on {endpoint.Method} {endpoint.PathTemplate} (call {installed.Hits}).")
            : null;
        return new FaultDecision(description, latency, fault.Drop, error, fault.RetryAfterSeconds);
    }

    private static FakeHubFaultStatus Status(Installed installed) => new(installed.Id, installed.Fault, installed.Hits, installed.Fired);

    private static string? Problem(FakeHubFault fault)
    {
        if (fault.Status is null && fault.LatencyMs is null && !fault.Drop)
        {
            return "A fault needs an effect: 'status' (400 to 599), 'latencyMs', or 'drop': true.";
        }
        if (fault.Status is { } status && status is < 400 or > 599)
        {
            return $"Fault 'status' must be an error status from 400 to 599, got {status}.";
        }
        if (fault.Drop && fault.Status is not null)
        {
            return "A fault cannot both 'drop' the connection and answer with a 'status'; pick one.";
        }
        if (fault.RetryAfterSeconds is { } retryAfter && (retryAfter < 0 || fault.Status is null))
        {
            return fault.Status is null
                ? "'retryAfterSeconds' is sent with an error; give a 'status' too."
                : $"'retryAfterSeconds' must be 0 or more, got {retryAfter}.";
        }
        if (fault.LatencyMs is { } low && low is < 0 or > MaxLatencyMs)
        {
            return $"'latencyMs' must be 0 to {MaxLatencyMs}, got {low}.";
        }
        if (fault.LatencyMaxMs is { } high && (fault.LatencyMs is null || high < fault.LatencyMs || high > MaxLatencyMs))
        {
            return fault.LatencyMs is null
                ? "'latencyMaxMs' is the top of a range; give 'latencyMs' as its bottom."
                : $"'latencyMaxMs' must be from 'latencyMs' ({fault.LatencyMs}) to {MaxLatencyMs}, got {high}.";
        }
        if (fault.After < 0)
        {
            return $"'after' must be 0 or more, got {fault.After}.";
        }
        if (fault.Times is { } times && times < 1)
        {
            return $"'times' must be 1 or more (leave it out for unlimited), got {times}.";
        }
        if (!(fault.Probability > 0 && fault.Probability <= 1))
        {
            return $"'probability' must be above 0 and at most 1, got {fault.Probability.ToString(CultureInfo.InvariantCulture)}.";
        }
        if (fault.Message is { Length: > 1000 })
        {
            return "'message' may be at most 1000 characters.";
        }
        return null;
    }
}
