using KipuHub.Contract;

namespace KipuHub.FakeServer.Journal;

/// <summary>What the pipeline learns about a request while serving it; the journal middleware records it at the end.</summary>
internal sealed class RequestTrace
{
    private static readonly object s_key = new();

    public HubEndpoint? Endpoint { get; set; }

    public string? TenantId { get; set; }

    public string? PrincipalId { get; set; }

    public string? Principal { get; set; }

    public int? Page { get; set; }

    public int? Size { get; set; }

    public string? Fault { get; set; }

    public bool Dropped { get; set; }

    public List<string> Diagnostics { get; } = [];

    /// <summary>A finished body the journal sends after recording the entry, instead of copying it through its buffer.</summary>
    public ReadOnlyMemory<byte> HeldBody { get; private set; }

    public void HoldBack(ReadOnlyMemory<byte> body) => HeldBody = body;

    public static RequestTrace? Of(HttpContext context) => context.Items[s_key] as RequestTrace;

    public void AttachTo(HttpContext context) => context.Items[s_key] = this;
}
