using KipuHub.Models;

namespace KipuHub.Contract;

// The organizations namespace: the caller's organizations, their members, invitations and provider tokens. Modelled and
// global: the organization's id is in the path, X-OrganizationId is not read, and the caller's role in that
// organization decides (docs/contract.md#organizations). A non-member gets 404 for every path under an organization.
public static partial class HubCatalog
{
    /// <summary>Lists the organizations the caller is a member of, a page at a time.</summary>
    [HubEndpoint("organizations", "GET", "/organizations", Shape = HubResultShape.Page, Result = typeof(Organization), Scope = HubScope.Global,
        Evidence = HubEvidence.Modelled, Summary = "Lists the organizations the caller is a member of, a page at a time.")]
    [HubFilter(nameof(Organization.Name), "name", HubFilterKind.Contains)]
    [HubSort(nameof(Organization.Name), "name")]
    [HubSort(nameof(Organization.CreatedAt), "createdAt")]
    public static HubEndpoint OrganizationsList => Entry();

    /// <summary>Creates an organization; the caller becomes its OWNER and can act in it at once.</summary>
    [HubEndpoint("organizations", "POST", "/organizations", Result = typeof(Organization), Request = typeof(CreateOrganizationRequest),
        Scope = HubScope.Global, Evidence = HubEvidence.Modelled, Summary = "Creates an organization; the caller becomes its OWNER and can act in it at once.")]
    public static HubEndpoint OrganizationsCreate => Entry();

    /// <summary>Gets an organization the caller is a member of.</summary>
    [HubEndpoint("organizations", "GET", "/organizations/{id}", Result = typeof(Organization), Scope = HubScope.Global, OrganizationParameter = "id",
        Evidence = HubEvidence.Modelled, Summary = "Gets an organization the caller is a member of.")]
    public static HubEndpoint OrganizationsGet => Entry();

    /// <summary>Renames an organization or changes its billing address; a MAINTAINER of it may.</summary>
    [HubEndpoint("organizations", "PUT", "/organizations/{id}", Result = typeof(Organization), Request = typeof(UpdateOrganizationRequest),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Maintainer,
        Summary = "Renames an organization or changes its billing address; a MAINTAINER of it may.")]
    public static HubEndpoint OrganizationsUpdate => Entry();

    /// <summary>Deletes an organization and everything it owns; only an OWNER of it may.</summary>
    [HubEndpoint("organizations", "DELETE", "/organizations/{id}", Shape = HubResultShape.Empty, Scope = HubScope.Global, OrganizationParameter = "id",
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner, Summary = "Deletes an organization and everything it owns; only an OWNER of it may.")]
    public static HubEndpoint OrganizationsDelete => Entry();

    /// <summary>Lists the members of an organization with their roles, a page at a time; any member may.</summary>
    [HubEndpoint("organizations", "GET", "/organizations/{id}/members", Shape = HubResultShape.Page, Result = typeof(OrganizationMember),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, Summary = "Lists the members of an organization with their roles, a page at a time; any member may.")]
    [HubFilter(nameof(OrganizationMember.Role), "role")]
    [HubSort(nameof(OrganizationMember.Username), "username")]
    public static HubEndpoint OrganizationMembersList => Entry();

    /// <summary>Changes a member's role; only an OWNER may, and the last OWNER cannot be demoted.</summary>
    [HubEndpoint("organizations", "PUT", "/organizations/{id}/members/{userId}", Result = typeof(OrganizationMember), Request = typeof(UpdateMemberRequest),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner,
        Summary = "Changes a member's role; only an OWNER may, and the last OWNER cannot be demoted.")]
    public static HubEndpoint OrganizationMembersUpdate => Entry();

    /// <summary>Removes a member (an OWNER may) or leaves (any member may remove itself); the last OWNER can do neither.</summary>
    [HubEndpoint("organizations", "DELETE", "/organizations/{id}/members/{userId}", Shape = HubResultShape.Empty, Scope = HubScope.Global, OrganizationParameter = "id",
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Viewer,
        Summary = "Removes a member (an OWNER may) or leaves (any member may remove itself); the last OWNER can do neither.")]
    public static HubEndpoint OrganizationMembersDelete => Entry();

    /// <summary>Lists the invitations of an organization, a page at a time; only an OWNER may.</summary>
    [HubEndpoint("organizations", "GET", "/organizations/{id}/invitations", Shape = HubResultShape.Page, Result = typeof(OrganizationInvitation),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner,
        Summary = "Lists the invitations of an organization, a page at a time; only an OWNER may.")]
    [HubFilter(nameof(OrganizationInvitation.State), "state")]
    [HubSort(nameof(OrganizationInvitation.CreatedAt), "createdAt")]
    [HubSort(nameof(OrganizationInvitation.Email), "email")]
    public static HubEndpoint OrganizationInvitationsList => Entry();

    /// <summary>Invites an email address to an organization with a role; only an OWNER may.</summary>
    [HubEndpoint("organizations", "POST", "/organizations/{id}/invitations", Result = typeof(OrganizationInvitation), Request = typeof(CreateInvitationRequest),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner,
        Summary = "Invites an email address to an organization with a role; only an OWNER may.")]
    public static HubEndpoint OrganizationInvitationsCreate => Entry();

    /// <summary>Withdraws an invitation; only an OWNER may.</summary>
    [HubEndpoint("organizations", "DELETE", "/organizations/{id}/invitations/{iid}", Shape = HubResultShape.Empty, Scope = HubScope.Global, OrganizationParameter = "id",
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Owner, Summary = "Withdraws an invitation; only an OWNER may.")]
    public static HubEndpoint OrganizationInvitationsDelete => Entry();

    /// <summary>Lists which quantum providers the organization has a token for, when and by whom it was set; never the token.</summary>
    [HubEndpoint("organizations", "GET", "/organizations/{id}/provider-tokens", Shape = HubResultShape.Page, Result = typeof(ProviderToken),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Maintainer,
        Summary = "Lists which quantum providers the organization has a token for, when and by whom it was set; never the token.")]
    [HubSort(nameof(ProviderToken.Provider), "provider")]
    public static HubEndpoint OrganizationProviderTokensList => Entry();

    /// <summary>Sets (or replaces) the organization's token for a quantum provider; write-only. A MAINTAINER may.</summary>
    [HubEndpoint("organizations", "PUT", "/organizations/{id}/provider-tokens/{provider}", Result = typeof(ProviderToken), Request = typeof(SetProviderTokenRequest),
        Scope = HubScope.Global, OrganizationParameter = "id", Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Maintainer,
        Summary = "Sets (or replaces) the organization's token for a quantum provider; write-only. A MAINTAINER may.")]
    public static HubEndpoint OrganizationProviderTokensSet => Entry();

    /// <summary>Removes the organization's token for a quantum provider; a MAINTAINER may, as a MAINTAINER may set one.</summary>
    [HubEndpoint("organizations", "DELETE", "/organizations/{id}/provider-tokens/{provider}", Shape = HubResultShape.Empty, Scope = HubScope.Global, OrganizationParameter = "id",
        Evidence = HubEvidence.Modelled, MinimumRole = HubRole.Maintainer,
        Summary = "Removes the organization's token for a quantum provider; a MAINTAINER may, as a MAINTAINER may set one.")]
    public static HubEndpoint OrganizationProviderTokensDelete => Entry();
}
