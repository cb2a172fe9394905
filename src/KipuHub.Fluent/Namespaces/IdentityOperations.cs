using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The identity endpoints: who the token belongs to, and which accounts it can act as.</summary>
public sealed class IdentityOperations
{
    private readonly QueryState _state;

    internal IdentityOperations(QueryState state) => _state = state;

    /// <summary>A command that returns the principal the token belongs to (POST /authorize).</summary>
    [HubOperation(nameof(HubCatalog.IdentityAuthorize))]
    public HubCommand<AuthPrincipal> Authorize() =>
        new(_state.Connection, new(HubCatalog.IdentityAuthorize, []), (c, call, ct) => c.SendJsonAsync(call, HubJsonContext.Default.AuthPrincipal, ct));

    /// <summary>Returns the principal the token belongs to; a bad token raises UnauthorizedException.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.IdentityAuthorize))]
    public Task<AuthPrincipal> AuthorizeAsync(CancellationToken cancellationToken = default) => Authorize().SendAsync(cancellationToken);

    /// <summary>A command that lists the personal account and the organizations the caller can act as.</summary>
    [HubOperation(nameof(HubCatalog.IdentityAccounts))]
    public HubCommand<IReadOnlyList<Account>> Accounts() =>
        new(_state.Connection, new(HubCatalog.IdentityAccounts, []), (c, call, ct) => c.SendJsonAsync(call, HubJsonContext.Default.IReadOnlyListAccount, ct));

    /// <summary>Lists the personal account and the organizations the caller can act as, with the caller's role in each.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.IdentityAccounts))]
    public Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken = default) => Accounts().SendAsync(cancellationToken);
}
