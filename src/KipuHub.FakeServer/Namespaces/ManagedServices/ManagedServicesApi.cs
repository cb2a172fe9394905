using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.ManagedServices;

/// <summary>The managed_services routes: create from query settings and a zip, the provider's executions, pricing plans.</summary>
internal static class ManagedServicesApi
{
    public static HubRouteTable Routes { get; } = new("managed_services")
    {
        [nameof(HubCatalog.ManagedServicesCreate)] = Create,
        [nameof(HubCatalog.ManagedServicesExecutions)] = Executions,
        [nameof(HubCatalog.ManagedServicesCreatePricingPlan)] = CreatePlan,
        [nameof(HubCatalog.ManagedServicesDeletePricingPlan)] = DeletePlan,
    };

    private static Results<JsonHttpResult<Service>, HubError> Create(HubRequest request, Upload upload, string? name, string? description,
        string? milliCpus, string? memoryInMegabytes, string? runtime, string? gpuCount, string? gpuAccelerator) =>
        ManagedServicesDomain.Create(request.Store, request.Caller, new ManagedSettings(name, description, milliCpus, memoryInMegabytes, runtime, gpuCount, gpuAccelerator),
            upload.Bytes, upload.FileName, request.Uploads!.GetValueOrDefault("apiDefinition")?.Bytes).ToJson(request);

    private static Results<HubListResult<ServiceExecution>, HubError> Executions(HubRequest request, string serviceId, string versionId) =>
        ManagedServicesDomain.Executions(request.Store, request.Caller, serviceId, versionId).ToList(request);

    private static Results<JsonHttpResult<PricingPlan>, HubError> CreatePlan(HubRequest request, string serviceId, string versionId,
        JsonBody<CreateManagedServicePricingPlanRequest> body) =>
        ManagedServicesDomain.CreatePlan(request.Store, request.Caller, serviceId, versionId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> DeletePlan(HubRequest request, string serviceId, string versionId, string pricingPlanId) =>
        ManagedServicesDomain.DeletePlan(request.Store, request.Caller, serviceId, versionId, pricingPlanId).OrNoContent();
}

/// <summary>The query settings of a new managed service, as sent (validated by the domain).</summary>
internal sealed record ManagedSettings(string? Name, string? Description, string? MilliCpus, string? MemoryInMegabytes, string? Runtime, string? GpuCount, string? GpuAccelerator);
