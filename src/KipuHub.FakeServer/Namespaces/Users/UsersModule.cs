using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Organizations;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Users;

/// <summary>
/// The users namespace: the accounts a user can act as, the user's invitations and own provider tokens. Global: the
/// caller acts as itself, in its personal account, whatever X-OrganizationId says. It has no tables of its own: the
/// invitations and tokens are the organizations module's, seen from the user's side.
/// </summary>
internal sealed class UsersModule : IHubModule
{
    private static readonly HubRouteTable s_routes = new("users")
    {
        [nameof(HubCatalog.UserAccountsList)] = Accounts,
        [nameof(HubCatalog.UserInvitationsList)] = Invitations,
        [nameof(HubCatalog.UserInvitationsAccept)] = Accept,
        [nameof(HubCatalog.UserInvitationsDecline)] = Decline,
        [nameof(HubCatalog.UserProviderTokensList)] = ProviderTokens,
        [nameof(HubCatalog.UserProviderTokensSet)] = SetProviderToken,
        [nameof(HubCatalog.UserProviderTokensDelete)] = RemoveProviderToken,
    };

    public void Register(HubModuleBuilder module) => module.Routes(s_routes);

    private static HubListResult<OrganizationInvitation> Invitations(HubRequest request) =>
        request.List(static (store, caller) => InvitationsDomain.OfUser(store, caller));

    private static Results<JsonHttpResult<OrganizationInvitation>, HubError> Accept(HubRequest request, string iid) =>
        InvitationsDomain.Accept(request.Store, request.Caller, iid).ToJson(request);

    private static Results<JsonHttpResult<OrganizationInvitation>, HubError> Decline(HubRequest request, string iid) =>
        InvitationsDomain.Decline(request.Store, request.Caller, iid).ToJson(request);

    private static HubListResult<ProviderToken> ProviderTokens(HubRequest request) =>
        request.List(static (store, caller) => ProviderTokensDomain.List(store, caller));

    private static Results<JsonHttpResult<ProviderToken>, HubError> SetProviderToken(HubRequest request, string provider, JsonBody<SetProviderTokenRequest> body) =>
        ProviderTokensDomain.Set(request.Store, request.Caller, provider, body.Value).ToJson(request);

    private static Results<NoContent, HubError> RemoveProviderToken(HubRequest request, string provider) =>
        ProviderTokensDomain.Remove(request.Store, request.Caller, provider).OrNoContent();

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
