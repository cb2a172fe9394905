using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Users;

/// <summary>The users namespace: the accounts a user can act as. It reads the tenancy tables and has none of its own.</summary>
internal sealed class UsersModule : IHubModule
{
    private static readonly HubRouteTable s_routes = new("users")
    {
        [nameof(HubCatalog.UserAccountsList)] = Accounts,
    };

    public void Register(HubModuleBuilder module) => module.Routes(s_routes);

    private static HubListResult<Account> Accounts(HubRequest request) => request.List(static (store, caller) => AccountsOf(store, caller));

    /// <summary>The personal account first, then the organizations in the order the user joined them.</summary>
    private static IReadOnlyList<Account> AccountsOf(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        return [.. store.Table(Tenancy.Tenants).Rows
            .Where(t => t.RoleOf(caller.UserId) is not null)
            .OrderBy(t => t.IsOrganization)
            .Select(t => new Account
            {
                Id = t.Id,
                DisplayName = t.DisplayName,
                Role = t.RoleOf(caller.UserId),
                IsOrganization = t.IsOrganization,
                AccountType = new AccountType { Name = t.AccountTypeName, Feature = t.AccountFeature },
            })];
    }
}
