using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;

namespace KipuHub.FakeServer.Journal;

/// <summary>What the pipeline learns about a request while serving it; the journal middleware records it at the end.</summary>
internal sealed class RequestTrace
{
    public HubEndpoint? Endpoint { get; set; }

    /// <summary>What the query string means for the endpoint, once the pipeline has looked.</summary>
    public QueryFacts? Query { get; set; }

    public string? TenantId { get; set; }

    public string? PrincipalId { get; set; }

    public string? Principal { get; set; }

    public int? Page { get; set; }

    public int? Size { get; set; }

    public string? Fault { get; set; }

    public bool Dropped { get; set; }

    /// <summary>The strict-mode findings; null until there is one, as most requests have none.</summary>
    public List<string>? Diagnostics { get; private set; }

    public void Diagnose(IEnumerable<string> findings) => (Diagnostics ??= []).AddRange(findings);

    /// <summary>A finished body the journal sends after recording the entry, instead of copying it through its buffer.</summary>
    public ReadOnlyMemory<byte> HeldBody { get; private set; }

    public void HoldBack(ReadOnlyMemory<byte> body) => HeldBody = body;

    /// <summary>What a result wrote to the response body while it was held in the trace's buffer; null when none was.</summary>
    public MemoryStream? Buffered { get; private set; }

    private Stream? _responseBody;

    /// <summary>
    /// Holds back whatever is written to the response body from now on, until the journal has recorded the entry and
    /// sends it. Only for results that write the body themselves (<see cref="IHeldResult"/> ones hand it over whole):
    /// swapping the body costs a buffer and two feature changes, and most answers do not need it.
    /// </summary>
    public void BufferBody(HttpContext context)
    {
        if (Buffered is null)
        {
            _responseBody = context.Response.Body;
            Buffered = new MemoryStream();
            context.Response.Body = Buffered;
        }
    }

    /// <summary>Puts the response body back that <see cref="BufferBody"/> replaced, if it did.</summary>
    public void RestoreBody(HttpContext context)
    {
        if (_responseBody is not null)
        {
            context.Response.Body = _responseBody;
            _responseBody = null;
        }
    }

    // A feature, not an Items entry: Kestrel keeps a connection's extra-feature list across its requests, while
    // HttpContext.Items allocates a dictionary for every request.
    public static RequestTrace? Of(HttpContext context) => context.Features.Get<RequestTrace>();

    public void AttachTo(HttpContext context) => context.Features.Set(this);

    /// <summary>A new trace, attached to the request.</summary>
    public static RequestTrace AttachedTo(HttpContext context)
    {
        var trace = new RequestTrace();
        trace.AttachTo(context);
        return trace;
    }
}
