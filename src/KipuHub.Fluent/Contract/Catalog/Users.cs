using KipuHub.Models;

namespace KipuHub.Contract;

// The users namespace: the accounts a user can act as.
public static partial class HubCatalog
{
    /// <summary>Lists the personal account and the organizations the caller can act as.</summary>
    [HubEndpoint("users", "GET", "/my/accounts", Shape = HubResultShape.Array, Result = typeof(Account), Scope = HubScope.Global,
        Summary = "Lists the personal account and the organizations the caller can act as.")]
    public static HubEndpoint UserAccountsList => Entry();
}
