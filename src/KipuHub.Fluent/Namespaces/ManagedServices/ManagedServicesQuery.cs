using System.Globalization;
using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>managed_services</c>: services whose code the platform builds and runs; create them, price them, see their executions.</summary>
public sealed class ManagedServicesQuery : HubQuery<ManagedServicesQuery>
{
    internal ManagedServicesQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>
    /// A command that creates a managed service and starts its build; poll the version's build status for its end.
    /// The streams are read when the command is sent, and are not closed.
    /// </summary>
    /// <param name="request">The name and the resources.</param>
    /// <param name="userCode">The code as a zip archive, read from the current position.</param>
    /// <param name="apiDefinition">The service's OpenAPI document (JSON or YAML), or null for a generated one.</param>
    /// <exception cref="ArgumentException">A stream cannot be read.</exception>
    [HubOperation(nameof(HubCatalog.ManagedServicesCreate))]
    public HubCommand<Service> Create(CreateManagedServiceRequest request, Stream userCode, Stream? apiDefinition = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invariant = CultureInfo.InvariantCulture;
        KeyValuePair<string, string>?[] query =
        [
            QueryPair("name", request.Name), QueryPair("description", request.Description),
            QueryPair("milliCpus", request.MilliCpus?.ToString(invariant)), QueryPair("memoryInMegabytes", request.MemoryInMegabytes?.ToString(invariant)),
            QueryPair("runtime", request.Runtime?.Value), QueryPair("gpuCount", request.GpuCount?.ToString(invariant)), QueryPair("gpuAccelerator", request.GpuAccelerator?.Value),
        ];
        FilePart[] parts = apiDefinition is null
            ? [new("userCode", userCode, "user-code.zip", "application/zip", "user-code.zip")]
            : [new("userCode", userCode, "user-code.zip", "application/zip", "user-code.zip"), new("apiDefinition", apiDefinition, "openapi.json", null, "openapi.json")];
        return Json(Call(HubCatalog.ManagedServicesCreate) with
        {
            Query = [.. query.OfType<KeyValuePair<string, string>>()],
            Content = FileUpload.Parts(parts),
        }, ServicesJsonReading.Context.Service);
    }

    /// <summary>Creates a managed service and starts its build. The streams are not closed.</summary>
    /// <param name="request">The name and the resources.</param>
    /// <param name="userCode">The code as a zip archive, read from the current position.</param>
    /// <param name="apiDefinition">The service's OpenAPI document (JSON or YAML), or null for a generated one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesCreate))]
    public Task<Service> CreateAsync(CreateManagedServiceRequest request, Stream userCode, Stream? apiDefinition = null, CancellationToken cancellationToken = default) =>
        Create(request, userCode, apiDefinition).SendAsync(cancellationToken);

    /// <summary>The executions of a version, whoever ran them: the provider's view.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesExecutions))]
    public HubArrayQuery<ServiceExecution> Executions(string serviceId, string versionId) =>
        new(State.ScopeOnly(), HubCatalog.ManagedServicesExecutions, [serviceId, versionId], ManagedServicesJsonContext.Default.IReadOnlyListServiceExecution);

    /// <summary>A command that adds a pricing plan to a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="request">The plan: FREE, or COMMERCIAL with the products it charges and a profit.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesCreatePricingPlan))]
    public HubCommand<PricingPlan> CreatePricingPlan(string serviceId, string versionId, CreateManagedServicePricingPlanRequest request) =>
        Json(Call(HubCatalog.ManagedServicesCreatePricingPlan, serviceId, versionId), request,
            ManagedServicesJsonContext.Default.CreateManagedServicePricingPlanRequest, ManagedServicesJsonContext.Default.PricingPlan);

    /// <summary>Adds a pricing plan to a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="request">The plan: FREE, or COMMERCIAL with the products it charges and a profit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesCreatePricingPlan))]
    public Task<PricingPlan> CreatePricingPlanAsync(string serviceId, string versionId, CreateManagedServicePricingPlanRequest request, CancellationToken cancellationToken = default) =>
        CreatePricingPlan(serviceId, versionId, request).SendAsync(cancellationToken);

    /// <summary>A command that removes a pricing plan from a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="pricingPlanId">The plan's id.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesDeletePricingPlan))]
    public HubCommand DeletePricingPlan(string serviceId, string versionId, string pricingPlanId) =>
        Empty(Call(HubCatalog.ManagedServicesDeletePricingPlan, serviceId, versionId, pricingPlanId));

    /// <summary>Removes a pricing plan from a version.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="pricingPlanId">The plan's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ManagedServicesDeletePricingPlan))]
    public Task DeletePricingPlanAsync(string serviceId, string versionId, string pricingPlanId, CancellationToken cancellationToken = default) =>
        DeletePricingPlan(serviceId, versionId, pricingPlanId).SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "ManagedServices (/v2/managed-services, /managed-services)";

    private protected override ManagedServicesQuery With(QueryState state) => new(state);
}
