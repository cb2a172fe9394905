using KipuHub.Models;

namespace KipuHub.Contract;

// The workflow_services namespace: services that run a BPMN 2.0 model orchestrating other services.
public static partial class HubCatalog
{
    /// <summary>Creates a workflow service.</summary>
    [HubEndpoint("workflow_services", "POST", "/workflow-services", Result = typeof(Service), Request = typeof(CreateWorkflowServiceRequest),
        Summary = "Creates a workflow service.")]
    public static HubEndpoint WorkflowServicesCreate => Entry();

    /// <summary>Gets the BPMN 2.0 model of a workflow version, as XML text.</summary>
    [HubEndpoint("workflow_services", "GET", "/workflow-services/{serviceId}/versions/{versionId}/workflow-model", Shape = HubResultShape.Text,
        Summary = "Gets the BPMN 2.0 model of a workflow version, as XML text.")]
    public static HubEndpoint WorkflowServicesGetModel => Entry();

    /// <summary>Replaces the BPMN 2.0 model of a workflow version (text/plain) and deploys it as a new process definition.</summary>
    [HubEndpoint("workflow_services", "PUT", "/workflow-services/{serviceId}/versions/{versionId}/workflow-model", Shape = HubResultShape.Empty,
        Body = HubBodyKind.Text, Summary = "Replaces the BPMN 2.0 model of a workflow version (text/plain) and deploys it as a new process definition.")]
    public static HubEndpoint WorkflowServicesUpdateModel => Entry();
}
