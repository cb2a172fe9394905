using KipuHub.Models;

namespace KipuHub.Contract;

// The external_services namespace: APIs hosted elsewhere that the hub's gateway publishes, prices and meters.
public static partial class HubCatalog
{
    /// <summary>Creates an external service from its URL and OpenAPI document (multipart part <c>apiDefinition</c>).</summary>
    [HubEndpoint("external_services", "POST", "/v2/external-services", Result = typeof(Service), Body = HubBodyKind.Multipart,
        Parts = ["apiDefinition"], Summary = "Creates an external service from its URL and OpenAPI document (multipart part apiDefinition).")]
    [HubQueryParameter("name")]
    [HubQueryParameter("url")]
    [HubQueryParameter("description")]
    [HubQueryParameter("securityConfiguration")]
    [HubQueryParameter("username")]
    [HubQueryParameter("password", Secret = true)]
    public static HubEndpoint ExternalServicesCreate => Entry();

    /// <summary>Adds a pricing plan to an external service's version.</summary>
    [HubEndpoint("external_services", "POST", "/external-services/{serviceId}/versions/{versionId}/pricing-plans", Result = typeof(PricingPlan),
        Request = typeof(CreateExternalServicePricingPlanRequest), Summary = "Adds a pricing plan to an external service's version.")]
    public static HubEndpoint ExternalServicesCreatePricingPlan => Entry();

    /// <summary>Removes a pricing plan from an external service's version.</summary>
    [HubEndpoint("external_services", "DELETE", "/external-services/{serviceId}/versions/{versionId}/pricing-plans/{pricingPlanId}",
        Shape = HubResultShape.Empty, Summary = "Removes a pricing plan from an external service's version.")]
    public static HubEndpoint ExternalServicesDeletePricingPlan => Entry();

    /// <summary>Lists the metering events of an external service's version.</summary>
    [HubEndpoint("external_services", "GET", "/external-services/{serviceId}/versions/{versionId}/metering-events", Shape = HubResultShape.Array,
        Result = typeof(ProductUsage), Summary = "Lists the metering events of an external service's version.")]
    public static HubEndpoint ExternalServicesMeteringEvents => Entry();

    /// <summary>Records units of a product used by an external service (the caller's own services, whatever the organization).</summary>
    [HubEndpoint("external_services", "POST", "/external-services/metering", Result = typeof(MeteringResponse), Request = typeof(MeteringRequest),
        Scope = HubScope.Global, Summary = "Records units of a product used by an external service (the caller's own services, whatever the organization).")]
    public static HubEndpoint ExternalServicesMetering => Entry();
}
