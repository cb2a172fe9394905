using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>users</c> namespace: the accounts the caller can act as. Its calls ignore the organization.</summary>
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

    /// <inheritdoc />
    public override string ToString() => "Users (GET /my/accounts)";
}
