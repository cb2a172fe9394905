using KipuHub.Models;

namespace KipuHub.Contract;

// The data_pool_grants namespace: short-lived, signed tokens a managed service uses at run time to read (or also write)
// the files of one data pool, bound to one service execution (docs/contract.md#data-pool-grants). Modelled.
public static partial class HubCatalog
{
    /// <summary>Lists the grants of a data pool, a page at a time; never with their tokens.</summary>
    [HubEndpoint("data_pool_grants", "GET", "/datapools/{id}/grants", Shape = HubResultShape.Page, Result = typeof(DataPoolGrant),
        Evidence = HubEvidence.Modelled, Summary = "Lists the grants of a data pool, a page at a time; never with their tokens.")]
    [HubSort(nameof(DataPoolGrant.CreatedAt), "createdAt")]
    [HubSort(nameof(DataPoolGrant.ExpiresAt), "expiresAt")]
    public static HubEndpoint DataPoolGrantsList => Entry();

    /// <summary>Issues a grant: a signed token for one service execution to read or write the pool's files; the token is shown only here.</summary>
    [HubEndpoint("data_pool_grants", "POST", "/datapools/{id}/grants", Result = typeof(DataPoolGrant), Request = typeof(CreateDataPoolGrantRequest),
        RevealsSecrets = true, Evidence = HubEvidence.Modelled,
        Summary = "Issues a grant: a signed token for one service execution to read or write the pool's files; the token is shown only here.")]
    public static HubEndpoint DataPoolGrantsCreate => Entry();

    /// <summary>Revokes a grant at once; a MAINTAINER may, as a MAINTAINER may issue one.</summary>
    [HubEndpoint("data_pool_grants", "DELETE", "/datapools/{id}/grants/{grantId}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        MinimumRole = HubRole.Maintainer, Summary = "Revokes a grant at once; a MAINTAINER may, as a MAINTAINER may issue one.")]
    public static HubEndpoint DataPoolGrantsDelete => Entry();
}
