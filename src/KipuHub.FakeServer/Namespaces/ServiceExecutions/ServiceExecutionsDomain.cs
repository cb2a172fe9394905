using System.Text.Json.Nodes;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// The service executions rules. A tenant's executions are the ones it ran itself and the ones made through its
/// applications' subscriptions (the same rows the subscription lists), every one read at the fake's now. Another
/// tenant's execution is not found. Only a PENDING or RUNNING execution can be cancelled, and only a SUCCEEDED one has
/// a result; otherwise both are conflicts naming the status.
/// </summary>
internal static class ServiceExecutionsDomain
{
    public static IReadOnlyList<ServiceExecution> List(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var now = store.Now;
        return [.. Visible(store, caller).Select(e => Dto(store, e, now))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public static Result<ServiceExecution> Get(FakeHubStore store, Caller caller, string executionId) =>
        Read<ServiceExecution>(store, caller, executionId, (found, now) => Dto(store, found, now));

    public static Result<JsonNode> Input(FakeHubStore store, Caller caller, string executionId) =>
        Read<JsonNode>(store, caller, executionId, (found, _) => ExecutionContent.Of(found.Run.Id).Input());

    public static Result<JsonNode> ResultOf(FakeHubStore store, Caller caller, string executionId) =>
        Read(store, caller, executionId, (found, _) => found.Run.Status == ExecutionStatus.Succeeded
            ? (Result<JsonNode>)ExecutionContent.Of(found.Run.Id).Result(found.Run)
            : Failure.Conflict($"Service execution '{found.Run.Id}' is {found.Run.Status}: only a SUCCEEDED execution has a result. " +
                "Its status and logs (GET /service-executions/{id}, .../logs) tell how it stands."));

    public static Result<string> Logs(FakeHubStore store, Caller caller, string executionId) =>
        Read<string>(store, caller, executionId, (found, now) => string.Concat(ExecutionContent.Of(found.Run.Id)
            .LogLines(found.Run, ServiceName(store, found.ServiceId), now).Select(l => l + "\n")));

    public static Result<ExecutionMetrics> Metrics(FakeHubStore store, Caller caller, string executionId) =>
        Read<ExecutionMetrics>(store, caller, executionId, (found, now) => ExecutionContent.Of(found.Run.Id).Metrics(found.Run, now));

    /// <summary>Cancels a PENDING or RUNNING execution at the write's time; it then stays CANCELLED.</summary>
    public static Result<ServiceExecution> Cancel(FakeHubStore store, Caller caller, string executionId)
    {
        using var write = store.Writing();
        var now = store.Tick();
        if (Find(store, caller, executionId, now) is not { } found)
        {
            return write.Commit<ServiceExecution>(NotFound(caller, executionId));
        }
        if (found.Run.HasEnded)
        {
            return write.Commit<ServiceExecution>(Failure.Conflict($"Service execution '{found.Run.Id}' is {found.Run.Status} and cannot be cancelled: " +
                "only a PENDING or RUNNING execution can."));
        }
        var cancelled = found.Run.CancelledAt(now);
        if (found.Own is { } own)
        {
            store.Table(ServiceExecutionsModule.Executions).Replace(own with { Run = cancelled });
        }
        else
        {
            var subscription = found.Subscription!;
            store.Table(SubscriptionsModule.Subscriptions).Replace(subscription with
            {
                Executions = [.. subscription.Executions.Select(e => e.Id == cancelled.Id ? cancelled : e)],
            });
        }
        return write.Commit<ServiceExecution>(Dto(store, found with { Run = cancelled }, now));
    }

    private static Result<T> Read<T>(FakeHubStore store, Caller caller, string executionId, Func<Located, DateTimeOffset, Result<T>> project)
    {
        using var read = store.Reading();
        var now = store.Now;
        return Find(store, caller, executionId, now) is { } found ? project(found, now) : NotFound(caller, executionId);
    }

    /// <summary>The caller's execution with that id, as it stands at <paramref name="now"/>, or null. Callers hold the lock.</summary>
    private static Located? Find(FakeHubStore store, Caller caller, string executionId, DateTimeOffset now)
    {
        if (store.Table(ServiceExecutionsModule.Executions).Find(caller, executionId).Value is { } own)
        {
            return new Located(own.Run.At(now), own.ServiceId, own, null);
        }
        foreach (var subscription in store.Table(SubscriptionsModule.Subscriptions).VisibleTo(caller))
        {
            if (subscription.Executions.FirstOrDefault(e => e.Id == executionId) is { } run)
            {
                return new Located(run.At(now), subscription.ServiceId, null, subscription);
            }
        }
        return null;
    }

    /// <summary>Every execution of the caller's tenant, not yet read at a time. Callers hold the lock.</summary>
    private static IEnumerable<Located> Visible(FakeHubStore store, Caller caller) =>
        store.Table(ServiceExecutionsModule.Executions).VisibleTo(caller).Select(own => new Located(own.Run, own.ServiceId, own, null))
            .Concat(store.Table(SubscriptionsModule.Subscriptions).VisibleTo(caller)
                .SelectMany(s => s.Executions.Select(run => new Located(run, s.ServiceId, null, s))));

    private static Failure NotFound(Caller caller, string executionId) =>
        Failure.NotFound($"Service execution '{Echo.Of(executionId)}' was not found in {caller.DescribeTenant()}. " +
            "GET /service-executions lists what the account can see; X-OrganizationId selects the account.");

    private static string ServiceName(FakeHubStore store, string serviceId) =>
        store.Table(ServicesModule.Services).Find(serviceId)?.Name ?? serviceId;

    private static ServiceExecution Dto(FakeHubStore store, Located found, DateTimeOffset now)
    {
        var run = found.Run.At(now);
        return new ServiceExecution
        {
            Id = run.Id,
            Status = run.Status,
            CreatedAt = run.CreatedAt,
            StartedAt = run.StartedAt,
            EndedAt = run.EndedAt,
            ServiceId = found.ServiceId,
            ServiceDefinitionId = store.Table(ServicesModule.Services).Find(found.ServiceId)?.Version.Id,
            ApplicationId = found.Subscription?.ApplicationId,
            SubscriptionId = found.Subscription?.Id,
        };
    }

    /// <summary>An execution and where it is held: a row of its own, or inside a subscription.</summary>
    private sealed record Located(ExecutionRecord Run, string ServiceId, TenantExecutionRecord? Own, SubscriptionRecord? Subscription);
}
