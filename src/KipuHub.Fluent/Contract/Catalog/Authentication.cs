using KipuHub.Models;

namespace KipuHub.Contract;

// The authentication namespace: who a token belongs to.
public static partial class HubCatalog
{
    /// <summary>Returns the principal the token belongs to.</summary>
    [HubEndpoint("authentication", "POST", "/authorize", Result = typeof(AuthPrincipal), Scope = HubScope.Global,
        Summary = "Returns the principal the token belongs to.")]
    public static HubEndpoint AuthenticationAuthorize => Entry();
}
