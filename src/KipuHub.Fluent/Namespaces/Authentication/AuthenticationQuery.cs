using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>authentication</c> namespace: who the token belongs to (global: it ignores the organization), and the
/// tenant's gateway credentials (choose the tenant with <c>InOrg</c> or <c>InPersonalAccount</c>).
/// </summary>
public sealed class AuthenticationQuery : HubQuery<AuthenticationQuery>
{
    internal AuthenticationQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>A command that returns the principal the token belongs to (POST /authorize).</summary>
    [HubOperation(nameof(HubCatalog.AuthenticationAuthorize))]
    public HubCommand<AuthPrincipal> Authorize() =>
        Json(Call(HubCatalog.AuthenticationAuthorize), AuthenticationJsonContext.Default.AuthPrincipal);

    /// <summary>Returns the principal the token belongs to; a bad token raises UnauthorizedException.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AuthenticationAuthorize))]
    public Task<AuthPrincipal> AuthorizeAsync(CancellationToken cancellationToken = default) => Authorize().SendAsync(cancellationToken);

    /// <summary>A command that reads the tenant's gateway credentials: the consumer key, never the secret.</summary>
    [HubOperation(nameof(HubCatalog.AuthenticationGatewayCredentials))]
    public HubCommand<GatewayCredentials> GetGatewayCredentials() =>
        Json(Call(HubCatalog.AuthenticationGatewayCredentials), AuthenticationJsonContext.Default.GatewayCredentials);

    /// <summary>Reads the tenant's gateway credentials: the consumer key, never the secret.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AuthenticationGatewayCredentials))]
    public Task<GatewayCredentials> GetGatewayCredentialsAsync(CancellationToken cancellationToken = default) =>
        GetGatewayCredentials().SendAsync(cancellationToken);

    /// <summary>
    /// A command that replaces the tenant's gateway credentials with a new pair; its answer is the only one that shows
    /// the secret, and the old pair stops working. Needs OWNER.
    /// </summary>
    [HubOperation(nameof(HubCatalog.AuthenticationRegenerateGatewayCredentials))]
    public HubCommand<GatewayCredentials> RegenerateGatewayCredentials() =>
        Json(Call(HubCatalog.AuthenticationRegenerateGatewayCredentials), AuthenticationJsonContext.Default.GatewayCredentials);

    /// <summary>Replaces the tenant's gateway credentials with a new pair and returns it, secret included, this once. Needs OWNER.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AuthenticationRegenerateGatewayCredentials))]
    public Task<GatewayCredentials> RegenerateGatewayCredentialsAsync(CancellationToken cancellationToken = default) =>
        RegenerateGatewayCredentials().SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "Authentication (POST /authorize, /gateway-credentials)";

    private protected override AuthenticationQuery With(QueryState state) => new(state);
}
