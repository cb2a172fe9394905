using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.WorkflowServices;

/// <summary>
/// Workflow services: created with a generated model; only a WORKFLOW version has a model; replacing it deploys a new
/// process definition and is refused while the version is published (unpublish first), so subscribers never see a
/// model change under them.
/// </summary>
internal static class WorkflowServicesDomain
{
    public static Result<Service> Create(FakeHubStore store, Caller caller, CreateWorkflowServiceRequest request)
    {
        if ((Validation.Name(request.Name, "workflow service") ?? ServiceCreation.DescriptionProblem(request.Description)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var service = ServiceCreation.New(store, caller, ServiceType.Workflow, request.Name!, request.Description, store.Tick());
        store.Table(ServicesModule.Services).Add(service);
        return write.Commit<Service>(ServicesDomain.Dto(store, service, caller));
    }

    public static Result<string> GetModel(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = FindWorkflow(store, caller, serviceId, versionId);
        return found.Failure ?? (Result<string>)WorkflowModels.ModelOf(found.Value!);
    }

    public static Failure? UpdateModel(FakeHubStore store, Caller caller, string serviceId, string versionId, string model)
    {
        using var write = store.Writing();
        var found = FindWorkflow(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var service = found.Value!;
        if (service.Version.Lifecycle == ServiceLifecycle.Published)
        {
            return write.Commit(Failure.Conflict($"Version '{Echo.Of(versionId)}' is PUBLISHED; its model cannot change under its subscribers. " +
                $"Unpublish it first (POST /services/{service.Id}/versions/{versionId}/commands with {{\"type\":\"UNPUBLISH\"}})."));
        }
        var (processId, problem) = WorkflowModels.Read(model);
        if (problem is not null)
        {
            return write.Commit(Failure.Invalid(problem));
        }
        store.Table(ServicesModule.Services).Replace(service with
        {
            Version = service.Version with
            {
                WorkflowModel = model,
                ProcessDefinitionId = WorkflowModels.Redeployed(service, processId!),
                ModifiedAt = store.Tick(),
                ModifiedBy = caller.Username,
            },
        });
        return write.Commit();
    }

    /// <summary>The version, if the caller's tenant owns it and it belongs to a WORKFLOW service. Callers hold the lock.</summary>
    private static Result<ServiceRecord> FindWorkflow(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        return found.Failure is null && found.Value!.Type != ServiceType.Workflow
            ? Failure.NotFound($"Service '{Echo.Of(serviceId)}' is a {found.Value.Type} service; only WORKFLOW services have a workflow model.")
            : found;
    }
}
