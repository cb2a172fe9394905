using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>The service_jobs namespace: runs of a tenant's own service versions, moving on the fake's clock.</summary>
internal sealed class ServiceJobsModule : IHubModule
{
    /// <summary>A tenant's jobs; each goes with the service whose version it runs.</summary>
    public static TableDef<JobRecord> Jobs { get; } = new TableDef<JobRecord>("service_jobs", j => j.Id)
        .OwnedByTenant(j => j.TenantId)
        .References(ServicesModule.Services, j => j.ServiceId)
        .OrderedBy(j => j.CreatedAt)
        .NamedAs("Job", HubCatalog.ServiceJobsList);

    public void Register(HubModuleBuilder module) => module
        .Table(Jobs)
        .Seed("service_jobs", ServiceJobsSeed.Run, "services")
        .Routes(ServiceJobsApi.Routes);
}
