using System.Text;
using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>workflow_services</c>: create a workflow service, read and replace its BPMN 2.0 model.</summary>
public sealed class WorkflowServicesQuery : HubQuery<WorkflowServicesQuery>
{
    internal WorkflowServicesQuery(QueryState state)
        : base(state)
    {
    }

    /// <summary>A command that creates a workflow service with a generated model; replace it with <see cref="UpdateModel"/>.</summary>
    /// <param name="request">The name (1 to 255 characters) and description.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesCreate))]
    public HubCommand<Service> Create(CreateWorkflowServiceRequest request) =>
        Json(Call(HubCatalog.WorkflowServicesCreate), request, WorkflowServicesJsonContext.Default.CreateWorkflowServiceRequest, ServicesJsonReading.Context.Service);

    /// <summary>Creates a workflow service with a generated model; replace it with <see cref="UpdateModelAsync"/>.</summary>
    /// <param name="request">The name (1 to 255 characters) and description.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesCreate))]
    public Task<Service> CreateAsync(CreateWorkflowServiceRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that gets the BPMN 2.0 model of a workflow version, as XML text.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesGetModel))]
    public HubCommand<string> GetModel(string serviceId, string versionId) => Text(Call(HubCatalog.WorkflowServicesGetModel, serviceId, versionId));

    /// <summary>Gets the BPMN 2.0 model of a workflow version, as XML text.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesGetModel))]
    public Task<string> GetModelAsync(string serviceId, string versionId, CancellationToken cancellationToken = default) =>
        GetModel(serviceId, versionId).SendAsync(cancellationToken);

    /// <summary>A command that replaces the BPMN 2.0 model of a workflow version; the version then names a new process definition.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="bpmn">The model: BPMN 2.0 XML with a <c>process</c>, sent as <c>text/plain</c>.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesUpdateModel))]
    public HubCommand UpdateModel(string serviceId, string versionId, string bpmn)
    {
        ArgumentNullException.ThrowIfNull(bpmn);
        return Empty(Call(HubCatalog.WorkflowServicesUpdateModel, serviceId, versionId) with
        {
            Content = () => new StringContent(bpmn, Encoding.UTF8, "text/plain"),
        });
    }

    /// <summary>Replaces the BPMN 2.0 model of a workflow version; the version then names a new process definition.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id.</param>
    /// <param name="bpmn">The model: BPMN 2.0 XML with a <c>process</c>, sent as <c>text/plain</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.WorkflowServicesUpdateModel))]
    public Task UpdateModelAsync(string serviceId, string versionId, string bpmn, CancellationToken cancellationToken = default) =>
        UpdateModel(serviceId, versionId, bpmn).SendAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => "WorkflowServices (/workflow-services)";

    private protected override WorkflowServicesQuery With(QueryState state) => new(state);
}
