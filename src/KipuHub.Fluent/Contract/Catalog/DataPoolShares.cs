using KipuHub.Models;

namespace KipuHub.Contract;

// The data_pool_shares namespace: who else may see a data pool, and with which role (docs/contract.md#data-pool-shares).
public static partial class HubCatalog
{
    /// <summary>Lists the shares of a data pool, a page at a time.</summary>
    [HubEndpoint("data_pool_shares", "GET", "/datapools/{id}/shares", Shape = HubResultShape.Page, Result = typeof(DataPoolShare),
        Evidence = HubEvidence.Modelled, Summary = "Lists the shares of a data pool, a page at a time.")]
    [HubSort(nameof(DataPoolShare.CreatedAt), "createdAt")]
    public static HubEndpoint DataPoolSharesList => Entry();

    /// <summary>Shares a data pool with a user or an organization, with a role.</summary>
    [HubEndpoint("data_pool_shares", "POST", "/datapools/{id}/shares", Result = typeof(DataPoolShare), Request = typeof(CreateDataPoolShareRequest),
        Evidence = HubEvidence.Modelled, Summary = "Shares a data pool with a user or an organization, with a role.")]
    public static HubEndpoint DataPoolSharesCreate => Entry();

    /// <summary>Changes the role a data-pool share grants.</summary>
    [HubEndpoint("data_pool_shares", "PUT", "/datapools/{id}/shares/{shareId}", Result = typeof(DataPoolShare), Request = typeof(UpdateDataPoolShareRequest),
        Evidence = HubEvidence.Modelled, Summary = "Changes the role a data-pool share grants.")]
    public static HubEndpoint DataPoolSharesUpdate => Entry();

    /// <summary>Revokes a data-pool share: its target no longer sees the pool.</summary>
    [HubEndpoint("data_pool_shares", "DELETE", "/datapools/{id}/shares/{shareId}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        Summary = "Revokes a data-pool share: its target no longer sees the pool.")]
    public static HubEndpoint DataPoolSharesDelete => Entry();
}
