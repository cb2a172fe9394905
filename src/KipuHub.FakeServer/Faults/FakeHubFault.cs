using KipuHub.Contract;

namespace KipuHub.FakeServer;

/// <summary>
/// A fault to inject: which calls it hits (route, tenant, which hits, probability) and what it does (an error status,
/// latency, or a dropped connection). The same shape is the JSON body of <c>POST /_admin/faults</c>. Every injected
/// fault is recorded in the journal.
/// </summary>
/// <example>
/// The next 2 calls to GET /services in an organization answer 503 with Retry-After: 1; later calls are normal:
/// <code>
/// hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Tenant = orgId, Status = 503, RetryAfterSeconds = 1, Times = 2 });
/// </code>
/// </example>
public sealed record FakeHubFault
{
    /// <summary>
    /// The calls it applies to: a catalog name (<c>ServicesList</c>), <c>METHOD /template</c> (<c>GET /services</c>) or
    /// <c>/template</c> (every method). <value>Default: every catalog route.</value>
    /// </summary>
    public string? Route { get; set; }

    /// <summary>Only calls acting in this tenant (organization or personal account id). <value>Default: any tenant.</value></summary>
    public string? Tenant { get; set; }

    /// <summary>The error status to answer with, 400 to 599, with the API's JSON error body. <value>Default: none.</value></summary>
    public int? Status { get; set; }

    /// <summary>A <c>Retry-After</c> header in seconds, sent with <see cref="Status"/>. <value>Default: none.</value></summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>The <c>errorMessage</c> of the injected error. <value>Default: a message naming the fault.</value></summary>
    public string? Message { get; set; }

    /// <summary>Latency to add in milliseconds, before answering (normally or with the fault). <value>Default: none.</value></summary>
    public int? LatencyMs { get; set; }

    /// <summary>With <see cref="LatencyMs"/>: the latency is drawn between the two, from the fault's seeded random. <value>Default: fixed latency.</value></summary>
    public int? LatencyMaxMs { get; set; }

    /// <summary>Drop the connection without any response. <value>Default: false.</value></summary>
    public bool Drop { get; set; }

    /// <summary>How many matching calls pass untouched before the fault starts ("the 3rd call fails": 2). <value>Default: 0.</value></summary>
    public int After { get; set; }

    /// <summary>How many calls the fault hits, then it is spent and calls are normal again. <value>Default: unlimited.</value></summary>
    public int? Times { get; set; }

    /// <summary>The chance, above 0 and at most 1, that a matching call is hit. <value>Default: 1.</value></summary>
    public double Probability { get; set; } = 1;

    /// <summary>The seed of the fault's own random (probability, latency range), so a failing run can be reproduced. <value>Default: the server's seed.</value></summary>
    public int? Seed { get; set; }

    /// <summary>A fault on one catalog endpoint, to complete with <c>with { ... }</c>.</summary>
    /// <param name="endpoint">The endpoint, for example <see cref="HubCatalog.ServicesList"/>.</param>
    /// <returns>A fault that does nothing yet.</returns>
    public static FakeHubFault On(HubEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new FakeHubFault { Route = endpoint.Id };
    }
}

/// <summary>An installed fault and how often it has matched and fired.</summary>
/// <param name="Id">The id to remove it by, for example <c>fault-1</c>.</param>
/// <param name="Fault">The fault as given.</param>
/// <param name="Hits">Calls that matched its route and tenant.</param>
/// <param name="Fired">Calls it changed.</param>
public sealed record FakeHubFaultStatus(string Id, FakeHubFault Fault, int Hits, int Fired);
