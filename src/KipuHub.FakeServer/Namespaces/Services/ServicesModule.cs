using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>The services namespace: services, their single version, its lifecycle and build, and the industry taxonomy.</summary>
internal sealed class ServicesModule : IHubModule
{
    public static TableDef<ServiceRecord> Services { get; } = new TableDef<ServiceRecord>("services", s => s.Id)
        .OwnedByTenant(s => s.TenantId)
        .OrderedBy(s => s.CreatedAt)
        .NamedAs("Service", HubCatalog.ServicesList);

    /// <summary>The fixed industry taxonomy; it belongs to no tenant.</summary>
    public static TableDef<IndustryRecord> Industries { get; } = new("industries", i => i.Uuid);

    public void Register(HubModuleBuilder module) => module
        .Table(Industries)
        .Table(Services)
        .Seed("services", ServicesSeed.Run)
        .Routes(ServicesApi.Routes)
        .Notifications(BuildNotifications.Source);
}
