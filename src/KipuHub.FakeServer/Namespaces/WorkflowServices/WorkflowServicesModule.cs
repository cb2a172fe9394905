using KipuHub.FakeServer.Modules;

namespace KipuHub.FakeServer.Namespaces.WorkflowServices;

/// <summary>The workflow_services namespace: its services live in the services table, so it has no table of its own.</summary>
internal sealed class WorkflowServicesModule : IHubModule
{
    public void Register(HubModuleBuilder module) => module.Routes(WorkflowServicesApi.Routes);
}
