using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Services;

/// <summary>
/// The rules for what a version is made of: its OpenAPI document (replaced by an upload that is one), its source
/// code (a new upload starts a build, refused while one is running), and its resource and runtime configuration.
/// </summary>
internal static class ServiceArtifactsDomain
{
    public static Result<string> GetApiSpec(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        return found.Failure ?? (Result<string>)ServiceArtifacts.ApiSpecOf(found.Value!);
    }

    public static Failure? UploadApiSpec(FakeHubStore store, Caller caller, string serviceId, string versionId, byte[] bytes)
    {
        using var write = store.Writing();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        if (ServiceArtifacts.ApiSpecProblem(bytes, out var text) is { } problem)
        {
            return write.Commit(Failure.Invalid(problem));
        }
        var service = found.Value!;
        store.Table(ServicesModule.Services).Replace(service with
        {
            Version = service.Version with { ApiSpec = text, ModifiedAt = store.Tick(), ModifiedBy = caller.Username },
        });
        return write.Commit();
    }

    public static Result<(byte[] Bytes, string ContentType, string? FileName)> GetSourceCode(FakeHubStore store, Caller caller, string serviceId, string versionId)
    {
        using var read = store.Reading();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var service = found.Value!;
        if (NotManaged(service, "source code") is { } notManaged)
        {
            return Failure.NotFound(notManaged);
        }
        if (service.Version.Source.Type == "RegistrySource" && service.Version.SourceArchive is null)
        {
            return Failure.NotFound($"Version '{Echo.Of(versionId)}' has no source code: it runs the container image '{service.Version.Source.Image}'. " +
                $"Upload a zip archive (POST /v3/services/{service.Id}/versions/{versionId}/source-code) to build it from source instead.");
        }
        return (ServiceArtifacts.SourceArchiveOf(service), "application/zip", ServiceArtifacts.ArchiveName(service));
    }

    public static Result<ServiceDefinition> UploadSourceCode(FakeHubStore store, Caller caller, string serviceId, string versionId, byte[] bytes, string? fileName)
    {
        using var write = store.Writing();
        var found = ServicesDomain.FindVersion(store, caller, serviceId, versionId);
        if (found.Failure is { } failure)
        {
            return write.Commit<ServiceDefinition>(failure);
        }
        if (bytes.Length == 0)
        {
            return write.Commit<ServiceDefinition>(Failure.Invalid("The source code file is empty. Send the service's code as a zip archive in the multipart part 'file'."));
        }
        var service = found.Value!;
        if (NotManaged(service, "source code") is { } notManaged)
        {
            return write.Commit<ServiceDefinition>(Failure.Conflict(notManaged));
        }
        var running = service.Build.At(store.Now);
        if (running.IsRunning)
        {
            return write.Commit<ServiceDefinition>(Failure.Conflict($"Version '{Echo.Of(versionId)}' is being built ({running.Status} since {running.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}, " +
                $"finishing {running.FinishesAt:yyyy-MM-ddTHH:mm:ssZ}). Upload new source code when GET .../build-status is SUCCESS or FAILURE."));
        }
        var now = store.Tick();
        var updated = service with
        {
            Version = service.Version with
            {
                Source = new ServiceSource { Type = "FileSource" },
                SourceArchive = bytes,
                ModifiedAt = now,
                ModifiedBy = caller.Username,
            },
            Build = ServiceArtifacts.BuildFor(bytes, fileName, now),
        };
        store.Table(ServicesModule.Services).Replace(updated);
        return write.Commit<ServiceDefinition>(ServicesDomain.Definition(store, updated));
    }

    /// <summary>Null for a MANAGED service; else why it has no <paramref name="what"/> (only managed services run built code).</summary>
    internal static string? NotManaged(ServiceRecord service, string what) => service.Type == ServiceType.Managed ? null
        : service.Type == ServiceType.Workflow
            ? $"Service '{service.Id}' is a WORKFLOW service: it has no {what}, it runs its BPMN model (GET /workflow-services/{service.Id}/versions/{service.Version.Id}/workflow-model)."
            : $"Service '{service.Id}' is an {service.Type} service: it has no {what}, the platform calls its URL ({service.Version.ProductionEndpoint}).";
}
