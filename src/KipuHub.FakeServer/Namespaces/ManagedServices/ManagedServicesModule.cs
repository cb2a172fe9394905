using KipuHub.FakeServer.Modules;

namespace KipuHub.FakeServer.Namespaces.ManagedServices;

/// <summary>The managed_services namespace: its services live in the services table and its executions in theirs, so it has no table of its own.</summary>
internal sealed class ManagedServicesModule : IHubModule
{
    public void Register(HubModuleBuilder module) => module.Routes(ManagedServicesApi.Routes);
}
