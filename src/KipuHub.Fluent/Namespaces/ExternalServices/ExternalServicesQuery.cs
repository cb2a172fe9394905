using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>external_services</c>: APIs hosted elsewhere that the hub's gateway publishes, prices and meters.</summary>
public sealed class ExternalServicesQuery : HubQuery<ExternalServicesQuery>
{
    internal ExternalServicesQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>A command that creates an external service. The stream is read when the command is sent, and is not closed.</summary>
    /// <param name="request">The name, URL and gateway security; the password travels as a query parameter, as the API wants it.</param>
    /// <param name="apiDefinition">The service's OpenAPI document (JSON or YAML), read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>openapi.json</c>.</value></param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.ExternalServicesCreate))]
    public HubCommand<Service> Create(CreateExternalServiceRequest request, Stream apiDefinition, string fileName = "openapi.json")
    {
        ArgumentNullException.ThrowIfNull(request);
        KeyValuePair<string, string>?[] query =
        [
            QueryPair("name", request.Name), QueryPair("url", request.Url), QueryPair("description", request.Description),
            QueryPair("securityConfiguration", request.SecurityConfiguration), QueryPair("username", request.Username), QueryPair("password", request.Password),
        ];
        return Json(Call(HubCatalog.ExternalServicesCreate) with
        {
            Query = [.. query.OfType<KeyValuePair<string, string>>()],
            Content = FileUpload.Content(apiDefinition, fileName, "application/octet-stream", "openapi.json", "apiDefinition"),
        }, ServicesJsonReading.Context.Service);
    }

    /// <summary>Creates an external service. The stream is not closed.</summary>
    /// <param name="request">The name, URL and gateway security.</param>
    /// <param name="apiDefinition">The service's OpenAPI document (JSON or YAML), read from the current position.</param>
    /// <param name="fileName">The file name sent with it. <value>Default: <c>openapi.json</c>.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesCreate))]
    public Task<Service> CreateAsync(CreateExternalServiceRequest request, Stream apiDefinition, string fileName = "openapi.json", CancellationToken cancellationToken = default) =>
        Create(request, apiDefinition, fileName).SendAsync(cancellationToken);

    /// <summary>A command that adds a pricing plan to a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="request">The plan: FREE, or COMMERCIAL with its products.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesCreatePricingPlan))]
    public HubCommand<PricingPlan> CreatePricingPlan(string serviceId, string versionId, CreateExternalServicePricingPlanRequest request) =>
        Json(Call(HubCatalog.ExternalServicesCreatePricingPlan, serviceId, versionId), request,
            ExternalServicesJsonContext.Default.CreateExternalServicePricingPlanRequest, ExternalServicesJsonContext.Default.PricingPlan);

    /// <summary>Adds a pricing plan to a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="request">The plan: FREE, or COMMERCIAL with its products.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesCreatePricingPlan))]
    public Task<PricingPlan> CreatePricingPlanAsync(string serviceId, string versionId, CreateExternalServicePricingPlanRequest request, CancellationToken cancellationToken = default) =>
        CreatePricingPlan(serviceId, versionId, request).SendAsync(cancellationToken);

    /// <summary>A command that removes a pricing plan from a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="pricingPlanId">The plan's id.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesDeletePricingPlan))]
    public HubCommand DeletePricingPlan(string serviceId, string versionId, string pricingPlanId) =>
        Empty(Call(HubCatalog.ExternalServicesDeletePricingPlan, serviceId, versionId, pricingPlanId));

    /// <summary>Removes a pricing plan from a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="pricingPlanId">The plan's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesDeletePricingPlan))]
    public Task DeletePricingPlanAsync(string serviceId, string versionId, string pricingPlanId, CancellationToken cancellationToken = default) =>
        DeletePricingPlan(serviceId, versionId, pricingPlanId).SendAsync(cancellationToken);

    /// <summary>The metering events of a version, oldest first, test-mode ones included.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesMeteringEvents))]
    public HubArrayQuery<ProductUsage> MeteringEvents(string serviceId, string versionId) =>
        new(State.ScopeOnly(), HubCatalog.ExternalServicesMeteringEvents, [serviceId, versionId], ExternalServicesJsonContext.Default.IReadOnlyListProductUsage);

    /// <summary>A command that records units of a product one of the caller's external services used.</summary>
    /// <param name="request">The correlation id, the product and the count.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesMetering))]
    public HubCommand<MeteringResponse> Meter(MeteringRequest request) =>
        Json(Call(HubCatalog.ExternalServicesMetering), request, ExternalServicesJsonContext.Default.MeteringRequest, ExternalServicesJsonContext.Default.MeteringResponse);

    /// <summary>Records units of a product one of the caller's external services used; the same correlation id again records nothing new.</summary>
    /// <param name="request">The correlation id, the product and the count.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ExternalServicesMetering))]
    public Task<MeteringResponse> MeterAsync(MeteringRequest request, CancellationToken cancellationToken = default) =>
        Meter(request).SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "ExternalServices (/v2/external-services, /external-services)";

    private protected override ExternalServicesQuery With(QueryState state) => new(state);
}
