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
}
