using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>
/// A grant on a data pool: a short-lived token that lets one service execution read (or also write) the pool's files.
/// The token is opaque to the client; it is shown once, when the grant is issued, and never listed.
/// </summary>
public sealed record DataPoolGrant
{
    /// <summary>The grant's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The data pool the grant opens.</summary>
    public string? DataPoolId { get; init; }

    /// <summary>The service execution the grant is bound to.</summary>
    public string? ServiceExecutionId { get; init; }

    /// <summary><c>READ</c> (list and download files) or <c>WRITE</c> (upload too).</summary>
    public DataPoolPermission? Permission { get; init; }

    /// <summary>When the grant was issued.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who issued it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When the token stops working, on the server's clock.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>
    /// The token, to send as <c>X-Auth-Token</c> (a client made with it as its API key works): shown once when the grant
    /// is issued, never in a list. Never shown by <see cref="ToString"/>.
    /// </summary>
    [HubSecret]
    public string? Token { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"DataPoolGrant {{ Id = {Id}, DataPoolId = {DataPoolId}, ServiceExecutionId = {ServiceExecutionId}, Permission = {Permission}, ExpiresAt = {ExpiresAt:O}, Token = *** }}";
}

/// <summary>The body of <c>POST /datapools/{id}/grants</c>.</summary>
public sealed record CreateDataPoolGrantRequest
{
    /// <summary>The service execution the grant is for; required, one the tenant can see (<c>GET /service-executions</c>).</summary>
    public string? ServiceExecutionId { get; init; }

    /// <summary><c>READ</c> or <c>WRITE</c>; required.</summary>
    public DataPoolPermission? Permission { get; init; }

    /// <summary>How long the token lives, 1 to 86400 seconds. <value>Default: 3600 (one hour).</value></summary>
    public int? TtlSeconds { get; init; }
}
