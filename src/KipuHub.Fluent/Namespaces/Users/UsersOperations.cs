using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>users</c> namespace: the accounts the caller can act as, the caller's invitations to organizations and
/// personal provider tokens. Its calls ignore the organization.
/// </summary>
public sealed class UsersOperations
{
    private readonly QueryState _state;

    internal UsersOperations(QueryState state) => _state = state;

    /// <summary>A command that lists the personal account and the organizations the caller can act as.</summary>
    [HubOperation(nameof(HubCatalog.UserAccountsList))]
    public HubCommand<IReadOnlyList<Account>> GetAccounts() =>
        new(_state.Connection, new(HubCatalog.UserAccountsList, []), (c, call, ct) => c.SendJsonAsync(call, UsersJsonContext.Default.IReadOnlyListAccount, ct));

    /// <summary>Lists the personal account and the organizations the caller can act as, with the caller's role in each.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserAccountsList))]
    public Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken = default) => GetAccounts().SendAsync(cancellationToken);

    /// <summary>The caller's pending invitations to organizations (<c>GET /users/me/invitations</c>), and accepting or declining them.</summary>
    [HubOperation(nameof(HubCatalog.UserInvitationsList))]
    public UserInvitationsQuery Invitations() => new(_state);

    /// <summary>The caller's personal provider tokens (<c>/users/me/provider-tokens</c>): which providers have one, and setting or removing them.</summary>
    [HubOperation(nameof(HubCatalog.UserProviderTokensList))]
    public UserProviderTokensQuery ProviderTokens() => new(_state);

    /// <inheritdoc />
    public override string ToString() => "Users (GET /my/accounts, /users/me/invitations, /users/me/provider-tokens)";
}
