using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>authentication</c> namespace: who the token belongs to. Its calls ignore the organization.</summary>
public sealed class AuthenticationOperations
{
    private readonly QueryState _state;

    internal AuthenticationOperations(QueryState state) => _state = state;

    /// <summary>A command that returns the principal the token belongs to (POST /authorize).</summary>
    [HubOperation(nameof(HubCatalog.AuthenticationAuthorize))]
    public HubCommand<AuthPrincipal> Authorize() =>
        new(_state.Connection, new(HubCatalog.AuthenticationAuthorize, []), (c, call, ct) => c.SendJsonAsync(call, AuthenticationJsonContext.Default.AuthPrincipal, ct));

    /// <summary>Returns the principal the token belongs to; a bad token raises UnauthorizedException.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AuthenticationAuthorize))]
    public Task<AuthPrincipal> AuthorizeAsync(CancellationToken cancellationToken = default) => Authorize().SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "Authentication (POST /authorize)";
}
