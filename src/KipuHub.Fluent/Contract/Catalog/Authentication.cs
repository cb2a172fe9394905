using KipuHub.Models;

namespace KipuHub.Contract;

// The authentication namespace: who a token belongs to.
public static partial class HubCatalog
{
    /// <summary>Returns the principal the token belongs to: the token's metadata, the account's plan and the organization memberships.</summary>
    [HubEndpoint("authentication", "POST", "/authorize", Result = typeof(AuthPrincipal), Scope = HubScope.Global,
        Evidence = HubEvidence.Current,
        Summary = "Returns the principal the token belongs to: the token's metadata (never its value), the account's plan and the organization memberships.")]
    public static HubEndpoint AuthenticationAuthorize => Entry();

    /// <summary>The tenant's gateway (APIM) credentials: the consumer key and when it was made; never the secret.</summary>
    [HubEndpoint("authentication", "GET", "/gateway-credentials", Result = typeof(GatewayCredentials), Evidence = HubEvidence.Modelled,
        Summary = "The tenant's gateway (APIM) credentials: the consumer key and when it was made; never the secret.")]
    public static HubEndpoint AuthenticationGatewayCredentials => Entry();

    /// <summary>Replaces the tenant's gateway credentials with a new pair, which the answer shows this once; the old pair stops working (OWNER).</summary>
    [HubEndpoint("authentication", "POST", "/gateway-credentials/regenerate", Result = typeof(GatewayCredentials), Evidence = HubEvidence.Modelled,
        RevealsSecrets = true, MinimumRole = HubRole.Owner,
        Summary = "Replaces the tenant's gateway credentials with a new pair, shown this once; the old pair stops working. OWNER only.")]
    public static HubEndpoint AuthenticationRegenerateGatewayCredentials => Entry();
}
