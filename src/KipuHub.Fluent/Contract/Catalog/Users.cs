using KipuHub.Models;

namespace KipuHub.Contract;

// The users namespace: the accounts a user can act as, the user's invitations to organizations and the user's own
// provider tokens. Global: they concern the calling user, whatever X-OrganizationId says (docs/contract.md#organizations).
public static partial class HubCatalog
{
    /// <summary>Lists the personal account and the organizations the caller can act as.</summary>
    [HubEndpoint("users", "GET", "/my/accounts", Shape = HubResultShape.Array, Result = typeof(Account), Scope = HubScope.Global,
        Summary = "Lists the personal account and the organizations the caller can act as.")]
    public static HubEndpoint UserAccountsList => Entry();

    /// <summary>Lists the caller's pending invitations to organizations (matched by the caller's email), a page at a time.</summary>
    [HubEndpoint("users", "GET", "/users/me/invitations", Shape = HubResultShape.Page, Result = typeof(OrganizationInvitation), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Lists the caller's pending invitations to organizations (matched by the caller's email), a page at a time.")]
    [HubSort(nameof(OrganizationInvitation.CreatedAt), "createdAt")]
    public static HubEndpoint UserInvitationsList => Entry();

    /// <summary>Accepts a pending invitation: the caller becomes a member of the organization with the invited role.</summary>
    [HubEndpoint("users", "POST", "/users/me/invitations/{iid}/accept", Result = typeof(OrganizationInvitation), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Accepts a pending invitation: the caller becomes a member of the organization with the invited role.")]
    public static HubEndpoint UserInvitationsAccept => Entry();

    /// <summary>Declines a pending invitation.</summary>
    [HubEndpoint("users", "POST", "/users/me/invitations/{iid}/decline", Result = typeof(OrganizationInvitation), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Declines a pending invitation.")]
    public static HubEndpoint UserInvitationsDecline => Entry();

    /// <summary>Lists which quantum providers the caller has a personal token for, when it was set; never the token.</summary>
    [HubEndpoint("users", "GET", "/users/me/provider-tokens", Shape = HubResultShape.Page, Result = typeof(ProviderToken), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Lists which quantum providers the caller has a personal token for, when it was set; never the token.")]
    [HubSort(nameof(ProviderToken.Provider), "provider")]
    public static HubEndpoint UserProviderTokensList => Entry();

    /// <summary>Sets (or replaces) the caller's personal token for a quantum provider; write-only.</summary>
    [HubEndpoint("users", "PUT", "/users/me/provider-tokens/{provider}", Result = typeof(ProviderToken), Request = typeof(SetProviderTokenRequest),
        Scope = HubScope.Global, Evidence = HubEvidence.Modelled, Summary = "Sets (or replaces) the caller's personal token for a quantum provider; write-only.")]
    public static HubEndpoint UserProviderTokensSet => Entry();

    /// <summary>Removes the caller's personal token for a quantum provider.</summary>
    [HubEndpoint("users", "DELETE", "/users/me/provider-tokens/{provider}", Shape = HubResultShape.Empty, Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Removes the caller's personal token for a quantum provider.")]
    public static HubEndpoint UserProviderTokensDelete => Entry();
}
