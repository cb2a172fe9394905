using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.ExternalServices;

/// <summary>The external_services routes: create from query parameters and an OpenAPI part, pricing plans, metering.</summary>
internal static class ExternalServicesApi
{
    public static HubRouteTable Routes { get; } = new("external_services")
    {
        [nameof(HubCatalog.ExternalServicesCreate)] = Create,
        [nameof(HubCatalog.ExternalServicesCreatePricingPlan)] = CreatePlan,
        [nameof(HubCatalog.ExternalServicesDeletePricingPlan)] = DeletePlan,
        [nameof(HubCatalog.ExternalServicesMeteringEvents)] = MeteringEvents,
        [nameof(HubCatalog.ExternalServicesMetering)] = Meter,
    };

    private static Results<JsonHttpResult<Service>, HubError> Create(HubRequest request, Upload upload,
        string? name, string? url, string? description, string? securityConfiguration, string? username, string? password) =>
        ExternalServicesDomain.Create(request.Store, request.Caller,
            new CreateExternalServiceRequest { Name = name, Url = url, Description = description, SecurityConfiguration = securityConfiguration, Username = username, Password = password },
            upload.Bytes).ToJson(request);

    private static Results<JsonHttpResult<PricingPlan>, HubError> CreatePlan(HubRequest request, string serviceId, string versionId,
        JsonBody<CreateExternalServicePricingPlanRequest> body) =>
        ExternalServicesDomain.CreatePlan(request.Store, request.Caller, serviceId, versionId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> DeletePlan(HubRequest request, string serviceId, string versionId, string pricingPlanId) =>
        ExternalServicesDomain.DeletePlan(request.Store, request.Caller, serviceId, versionId, pricingPlanId).OrNoContent();

    private static Results<HubListResult<ProductUsage>, HubError> MeteringEvents(HubRequest request, string serviceId, string versionId) =>
        ExternalServicesDomain.MeteringEvents(request.Store, request.Caller, serviceId, versionId).ToList(request);

    private static Results<JsonHttpResult<MeteringResponse>, HubError> Meter(HubRequest request, JsonBody<MeteringRequest> body) =>
        ExternalServicesDomain.Meter(request.Store, request.Caller, body.Value).ToJson(request);
}
