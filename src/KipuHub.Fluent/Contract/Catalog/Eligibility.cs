using KipuHub.Models;

namespace KipuHub.Contract;

// The eligibility namespace: which features the tenant may use, by its account type and its balance.
public static partial class HubCatalog
{
    /// <summary>Lists every feature and whether the tenant may use it.</summary>
    [HubEndpoint("eligibility", "GET", "/eligibility", Shape = HubResultShape.Array, Result = typeof(FeatureEligibility), Evidence = HubEvidence.Modelled,
        Summary = "Lists every feature and whether the tenant may use it.")]
    public static HubEndpoint EligibilityList => Entry();

    /// <summary>Tells whether the tenant may use one feature, and why not.</summary>
    [HubEndpoint("eligibility", "GET", "/eligibility/{feature}", Result = typeof(FeatureEligibility), Evidence = HubEvidence.Modelled,
        Summary = "Tells whether the tenant may use one feature, and why not.")]
    public static HubEndpoint EligibilityGet => Entry();
}
