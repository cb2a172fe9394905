using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Authentication;

/// <summary>The authentication namespace: who a token belongs to. It reads the tenancy tables and has none of its own.</summary>
internal sealed class AuthenticationModule : IHubModule
{
    private static readonly HubRouteTable s_routes = new("authentication")
    {
        [nameof(HubCatalog.AuthenticationAuthorize)] = Authorize,
    };

    public void Register(HubModuleBuilder module) => module.Routes(s_routes);

    private static JsonHttpResult<AuthPrincipal> Authorize(HubRequest request) =>
        TypedResults.Json(Principal(request.Store, request.Caller), FakeWire.Answer<AuthPrincipal>(request.Endpoint.RevealsSecrets));

    private static AuthPrincipal Principal(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        // A restore or tenant removal between resolving the caller and this call may have taken the user away;
        // the request then answers with what it resolved, never with a 500.
        var user = store.Table(Tenancy.Users).Find(caller.UserId) ?? new UserRecord { Id = caller.UserId, Username = caller.Username };
        return new AuthPrincipal
        {
            User = new HubUser { Id = user.Id, Username = user.Username, FirstName = user.FirstName, LastName = user.LastName, Email = user.Email },
            Roles = ["USER"],
        };
    }
}
