using System.Globalization;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Authentication;

/// <summary>
/// The authentication namespace: who a token belongs to, in today's personal-access-token shape
/// (docs/contract.md#who-is-calling). It reads the tenancy tables and has none of its own: the token's metadata is
/// derived from its user, and its last use is this call, so authorizing changes no state.
/// </summary>
internal sealed class AuthenticationModule : IHubModule
{
    private static readonly HubRouteTable s_routes = new("authentication")
    {
        [nameof(HubCatalog.AuthenticationAuthorize)] = Authorize,
    };

    /// <summary>How long before the reference date the seeded tokens were made, and how long they last.</summary>
    private static readonly TimeSpan s_tokenAge = TimeSpan.FromDays(90), s_tokenLifetime = TimeSpan.FromDays(365);

    public void Register(HubModuleBuilder module) => module.Routes(s_routes);

    private static JsonHttpResult<AuthPrincipal> Authorize(HubRequest request) =>
        TypedResults.Json(Principal(request.Store, request.Caller), FakeWire.Answer<AuthPrincipal>(request.Endpoint.RevealsSecrets));

    private static AuthPrincipal Principal(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var tenants = store.Table(Tenancy.Tenants);
        // A restore or tenant removal between resolving the caller and this call may have taken the user away;
        // the request then answers with what it resolved, never with a 500.
        var personal = tenants.Find(caller.UserId);
        var created = store.ReferenceDate - s_tokenAge;
        return new AuthPrincipal
        {
            Id = caller.UserId,
            AccessToken = new AccessTokenInfo
            {
                Id = StableSeed.Uuid(store.Seed, "AccessToken:" + caller.UserId),
                Name = $"{caller.Username} token",
                CreatedAt = created,
                UsedAt = store.Now,
                ExpiresAt = (created + s_tokenLifetime).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
            AccountType = AccountPlan.FromValue(personal?.Plan ?? "BASIC"),
            OrganizationMemberships = [.. tenants.Rows
                .Where(t => t.IsOrganization && t.RoleOf(caller.UserId) is not null)
                .Select(t => new OrganizationMembership { Id = t.Id, AccountType = AccountPlan.FromValue(t.Plan), Role = t.RoleOf(caller.UserId) })],
        };
    }
}
