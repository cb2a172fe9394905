using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// A tenant's own executions; the seeder picks the service and plans the schedule. Statuses follow a fixed pattern, so
/// every tenant with a few rows has finished ones and ones that move on the clock: PENDING and RUNNING executions were
/// created within the hour before the reference date, finished ones up to a year before.
/// </summary>
internal sealed class TenantExecutionFaker : SeededFaker<ExecutionRecord>
{
    private static readonly ExecutionStatus[] s_pattern =
    [
        ExecutionStatus.Succeeded, ExecutionStatus.Running, ExecutionStatus.Failed, ExecutionStatus.Succeeded, ExecutionStatus.Pending,
        ExecutionStatus.Cancelled, ExecutionStatus.Succeeded, ExecutionStatus.Running, ExecutionStatus.Succeeded,
    ];

    public TenantExecutionFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "TenantServiceExecution", referenceDate)
    {
        RuleFor(e => e.Id, f => f.Random.Uuid().ToString());
        RuleFor(e => e.Status, f => s_pattern[f.IndexFaker % s_pattern.Length]);
        RuleFor(e => e.CreatedAt, (f, e) => e.Status == ExecutionStatus.Pending || e.Status == ExecutionStatus.Running
            ? WholeSeconds(referenceDate.AddSeconds(-f.Random.Int(30, 3600)))
            : Past(f));
        RuleFor(e => e.StartedAt, (f, e) => e.Status == ExecutionStatus.Pending ? null : e.CreatedAt.AddSeconds(f.Random.Int(1, 20)));
        RuleFor(e => e.EndedAt, (f, e) => e.Status == ExecutionStatus.Pending || e.Status == ExecutionStatus.Running
            ? null
            : e.StartedAt!.Value.AddSeconds(f.Random.Int(5, 900)));
    }
}
