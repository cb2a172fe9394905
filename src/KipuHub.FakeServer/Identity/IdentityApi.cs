using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Identity;

/// <summary>The identity namespace: who a token belongs to and which accounts it can act in.</summary>
internal static class IdentityApi
{
    public static HubRouteTable Routes { get; } = new("identity")
    {
        [nameof(HubCatalog.IdentityAuthorize)] = Authorize,
        [nameof(HubCatalog.IdentityAccounts)] = Accounts,
    };

    private static JsonHttpResult<AuthPrincipal> Authorize(HubRequest request) =>
        TypedResults.Json(request.Store.Principal(request.Caller), HubJson.Info<AuthPrincipal>());

    private static HubListResult<Account> Accounts(HubRequest request) => request.List(static (store, caller) => store.Accounts(caller));
}
