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
/// (docs/contract.md#who-is-calling), and each tenant's gateway credentials. The token's metadata is derived from its
/// user, and its last use is this call, so authorizing changes no state.
/// </summary>
internal sealed class AuthenticationModule : IHubModule
{
    private static readonly HubRouteTable s_routes = new("authentication")
    {
        [nameof(HubCatalog.AuthenticationAuthorize)] = Authorize,
        [nameof(HubCatalog.AuthenticationGatewayCredentials)] = GetGatewayCredentials,
        [nameof(HubCatalog.AuthenticationRegenerateGatewayCredentials)] = RegenerateGatewayCredentials,
    };

    /// <summary>One gateway key pair per tenant, keyed by the tenant's id.</summary>
    public static TableDef<GatewayCredentialsRecord> GatewayPairs { get; } = new TableDef<GatewayCredentialsRecord>("gateway_credentials", c => c.TenantId)
        .OwnedByTenant(c => c.TenantId)
        .OrderedBy(c => c.CreatedAt)
        .NamedAs("Gateway credentials", HubCatalog.AuthenticationGatewayCredentials);

    /// <summary>How long before the reference date the seeded tokens were made, and how long they last.</summary>
    private static readonly TimeSpan s_tokenAge = TimeSpan.FromDays(90), s_tokenLifetime = TimeSpan.FromDays(365);

    public void Register(HubModuleBuilder module) => module
        .Table(GatewayPairs)
        .Seed("gateway_credentials", SeedGatewayCredentials)
        .Routes(s_routes);

    private static Results<JsonHttpResult<GatewayCredentials>, HubError> GetGatewayCredentials(HubRequest request) =>
        GatewayCredentialsDomain.Get(request.Store, request.Caller).ToJson(request);

    private static Results<JsonHttpResult<GatewayCredentials>, HubError> RegenerateGatewayCredentials(HubRequest request) =>
        GatewayCredentialsDomain.Regenerate(request.Store, request.Caller).ToJson(request);

    /// <summary>A pair for every seeded tenant, from a stream of its own; its secret is drawn and dropped, so nobody knows it.</summary>
    private static void SeedGatewayCredentials(SeedContext seed)
    {
        var random = new Bogus.Randomizer(StableSeed.For(seed.Seed, "GatewayCredentials"));
        foreach (var tenant in seed.Tenants)
        {
            seed.Add(GatewayPairs, new GatewayCredentialsRecord
            {
                TenantId = tenant.Id,
                ConsumerKey = "ck_" + random.Uuid().ToString("N"),
                SecretHash = SecretHash.Of(random.AlphaNumeric(40)),
                CreatedAt = seed.ReferenceDate.AddDays(-random.Number(30, 300)).AddSeconds(-random.Number(0, 86_399)),
                CreatedBy = tenant.OwnerUsername,
            });
        }
    }

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
