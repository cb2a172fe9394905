using KipuHub.Contract;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>
/// The jobs rules: a job runs one of the caller tenant's own service versions whose build succeeded; its input and
/// parameters, when given, are JSON text. It moves on the clock as <see cref="JobRules"/> says. Only a pending or running
/// job can be cancelled, only a finished one deleted, and only a finished one has costs.
/// </summary>
internal static class ServiceJobsDomain
{
    public static IReadOnlyList<JobOverview> List(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var now = store.Now;
        var services = store.Table(ServicesModule.Services);
        return [.. store.Table(ServiceJobsModule.Jobs).VisibleTo(caller).Select(j => JobRules.Overview(j, services.Find(j.ServiceId), now))];
    }

    public static Result<Job> Get(FakeHubStore store, Caller caller, string jobId) =>
        Read(store, caller, jobId, (job, service, now) => (Result<Job>)JobRules.Dto(job, service, now));

    public static Result<string> GetLog(FakeHubStore store, Caller caller, string jobId) =>
        Read(store, caller, jobId, (job, service, now) => (Result<string>)JobRules.Log(job, service, now));

    /// <summary>The costs of a finished job; a pending or running one has none yet: 409.</summary>
    public static Result<IReadOnlyList<ProductUsage>> GetCosts(FakeHubStore store, Caller caller, string jobId) =>
        Read(store, caller, jobId, (job, _, now) => job.At(now) is var state && state.IsFinal
            ? (Result<IReadOnlyList<ProductUsage>>)(List<ProductUsage>)[.. JobRules.Costs(job, state)]
            : Failure.Conflict($"Job '{job.Id}' is {state.Status}; its costs are known once it has finished (SUCCEEDED, FAILED or CANCELLED)."));

    public static Result<Job> Create(FakeHubStore store, Caller caller, CreateJobRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ServiceDefinitionId))
        {
            return Failure.Invalid("The job needs a 'serviceDefinitionId': the id of a version of one of the account's own services " +
                $"({HubCatalog.ServicesList.Method} {HubCatalog.ServicesList.PathTemplate} lists them; its serviceDefinitionId is the version id).");
        }
        if ((JobRules.JsonTextProblem(request.InputData, "inputData") ?? JobRules.JsonTextProblem(request.Parameters, "parameters")) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var service = store.Table(ServicesModule.Services).Rows
            .FirstOrDefault(s => s.Version.Id == request.ServiceDefinitionId && s.TenantId == caller.TenantId);
        if (service is null)
        {
            return write.Commit<Job>(Failure.NotFound($"Service version '{Echo.Of(request.ServiceDefinitionId)}' was not found in {caller.DescribeTenant()}; " +
                "a job runs a version of one of the account's own services."));
        }
        var build = service.Build.At(store.Now);
        if (build.Status != BuildStatus.Success)
        {
            return write.Commit<Job>(Failure.Conflict($"Service version '{service.Version.Id}' of '{service.Name}' cannot run: its build is {build.Status}. " +
                "Only a version whose build ended in SUCCESS runs jobs."));
        }
        var now = store.Tick();
        var id = store.NextId();
        var startsAt = now + JobRules.StartDelay;
        var job = new JobRecord
        {
            Id = id,
            TenantId = caller.TenantId,
            ServiceId = service.Id,
            VersionId = service.Version.Id,
            InputData = request.InputData,
            InputDataRef = request.InputDataRef,
            Parameters = request.Parameters,
            ParametersRef = request.ParametersRef,
            PersistResult = request.PersistResult ?? false,
            CreatedAt = now,
            StartsAt = startsAt,
            EndsAt = startsAt + JobRules.RunLength(id),
            Fails = JobRules.FailsOnPurpose(request.Parameters),
            CreatedBy = caller.Username,
        };
        store.Table(ServiceJobsModule.Jobs).Add(job);
        return write.Commit<Job>(JobRules.Dto(job, service, now));
    }

    /// <summary>Cancels a pending or running job at the clock's next second; a finished one is 409.</summary>
    public static Result<Job> Cancel(FakeHubStore store, Caller caller, string jobId)
    {
        using var write = store.Writing();
        var jobs = store.Table(ServiceJobsModule.Jobs);
        var found = jobs.Find(caller, jobId);
        if (found.Failure is { } failure)
        {
            return write.Commit<Job>(failure);
        }
        var now = store.Tick();
        var state = found.Value!.At(now);
        if (state.IsFinal)
        {
            // Not committed: the tick is taken back with the write.
            return write.Commit<Job>(Failure.Conflict($"Job '{jobId}' is {state.Status} and cannot be cancelled; only a PENDING or RUNNING job can."));
        }
        var job = found.Value with { CancelledAt = now };
        jobs.Replace(job);
        return write.Commit<Job>(JobRules.Dto(job, store.Table(ServicesModule.Services).Find(job.ServiceId), now));
    }

    /// <summary>Deletes a finished job; an unfinished one must be cancelled first (409).</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string jobId)
    {
        using var write = store.Writing();
        var jobs = store.Table(ServiceJobsModule.Jobs);
        var found = jobs.Find(caller, jobId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var state = found.Value!.At(store.Now);
        if (!state.IsFinal)
        {
            return write.Commit(Failure.Conflict($"Job '{jobId}' is {state.Status}; cancel it first " +
                $"({HubCatalog.ServiceJobsCancel.Method} {HubCatalog.ServiceJobsCancel.PathTemplate}), then delete it."));
        }
        jobs.Delete(jobId);
        store.Tick();
        return write.Commit();
    }

    private static Result<T> Read<T>(FakeHubStore store, Caller caller, string jobId, Func<JobRecord, ServiceRecord?, DateTimeOffset, Result<T>> answer)
    {
        using var read = store.Reading();
        var found = store.Table(ServiceJobsModule.Jobs).Find(caller, jobId);
        return found.Failure ?? answer(found.Value!, store.Table(ServicesModule.Services).Find(found.Value!.ServiceId), store.Now);
    }
}
