using KipuHub.Models;

namespace KipuHub.Contract;

// The service_shares namespace: who else may see a service, and with which role (docs/contract.md#shares).
public static partial class HubCatalog
{
    /// <summary>Lists the shares of a service, a page at a time.</summary>
    [HubEndpoint("service_shares", "GET", "/services/{id}/shares", Shape = HubResultShape.Page, Result = typeof(ServiceShare),
        Evidence = HubEvidence.Modelled, Summary = "Lists the shares of a service, a page at a time.")]
    [HubSort(nameof(ServiceShare.CreatedAt), "createdAt")]
    public static HubEndpoint ServiceSharesList => Entry();

    /// <summary>Shares a service with a user or an organization, with a role.</summary>
    [HubEndpoint("service_shares", "POST", "/services/{id}/shares", Result = typeof(ServiceShare), Request = typeof(CreateServiceShareRequest),
        Evidence = HubEvidence.Modelled, Summary = "Shares a service with a user or an organization, with a role.")]
    public static HubEndpoint ServiceSharesCreate => Entry();

    /// <summary>Changes the role a share grants.</summary>
    [HubEndpoint("service_shares", "PUT", "/services/{id}/shares/{shareId}", Result = typeof(ServiceShare), Request = typeof(UpdateServiceShareRequest),
        Evidence = HubEvidence.Modelled, Summary = "Changes the role a share grants.")]
    public static HubEndpoint ServiceSharesUpdate => Entry();

    /// <summary>Revokes a share: its target no longer sees the service.</summary>
    [HubEndpoint("service_shares", "DELETE", "/services/{id}/shares/{shareId}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        Summary = "Revokes a share: its target no longer sees the service.")]
    public static HubEndpoint ServiceSharesDelete => Entry();
}
