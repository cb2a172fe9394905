using KipuHub.Models;

namespace KipuHub.Contract;

// The managed_services namespace: services whose code the platform builds and runs.
public static partial class HubCatalog
{
    /// <summary>Creates a managed service from its code (multipart part <c>userCode</c>, a zip) and starts its build.</summary>
    [HubEndpoint("managed_services", "POST", "/v2/managed-services", Result = typeof(Service), Body = HubBodyKind.Multipart,
        Parts = ["userCode", "apiDefinition?"], Summary = "Creates a managed service from its code (multipart part userCode, a zip) and starts its build.")]
    [HubQueryParameter("name")]
    [HubQueryParameter("description")]
    [HubQueryParameter("milliCpus")]
    [HubQueryParameter("memoryInMegabytes")]
    [HubQueryParameter("runtime")]
    [HubQueryParameter("gpuCount")]
    [HubQueryParameter("gpuAccelerator")]
    public static HubEndpoint ManagedServicesCreate => Entry();

    /// <summary>Lists the executions of a managed service's version, whoever ran them (the provider's view).</summary>
    [HubEndpoint("managed_services", "GET", "/managed-services/{serviceId}/versions/{versionId}/executions", Shape = HubResultShape.Array,
        Result = typeof(ServiceExecution), Summary = "Lists the executions of a managed service's version, whoever ran them (the provider's view).")]
    public static HubEndpoint ManagedServicesExecutions => Entry();

    /// <summary>Adds a pricing plan to a managed service's version: the platform's products it charges, with a profit on top.</summary>
    [HubEndpoint("managed_services", "POST", "/managed-services/{serviceId}/versions/{versionId}/pricing-plans", Result = typeof(PricingPlan),
        Request = typeof(CreateManagedServicePricingPlanRequest), Summary = "Adds a pricing plan to a managed service's version: the platform's products it charges, with a profit on top.")]
    public static HubEndpoint ManagedServicesCreatePricingPlan => Entry();

    /// <summary>Removes a pricing plan from a managed service's version.</summary>
    [HubEndpoint("managed_services", "DELETE", "/managed-services/{serviceId}/versions/{versionId}/pricing-plans/{pricingPlanId}",
        Shape = HubResultShape.Empty, Summary = "Removes a pricing plan from a managed service's version.")]
    public static HubEndpoint ManagedServicesDeletePricingPlan => Entry();
}
