using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.WorkflowServices;

/// <summary>The workflow_services routes: create, and the BPMN model read and replaced as text.</summary>
internal static class WorkflowServicesApi
{
    public static HubRouteTable Routes { get; } = new("workflow_services")
    {
        [nameof(HubCatalog.WorkflowServicesCreate)] = Create,
        [nameof(HubCatalog.WorkflowServicesGetModel)] = GetModel,
        [nameof(HubCatalog.WorkflowServicesUpdateModel)] = UpdateModel,
    };

    private static Results<JsonHttpResult<Service>, HubError> Create(HubRequest request, JsonBody<CreateWorkflowServiceRequest> body) =>
        WorkflowServicesDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<ContentHttpResult, HubError> GetModel(HubRequest request, string serviceId, string versionId) =>
        WorkflowServicesDomain.GetModel(request.Store, request.Caller, serviceId, versionId).ToText();

    private static Results<NoContent, HubError> UpdateModel(HubRequest request, string serviceId, string versionId, TextBody body) =>
        WorkflowServicesDomain.UpdateModel(request.Store, request.Caller, serviceId, versionId, body.Text).OrNoContent();
}
