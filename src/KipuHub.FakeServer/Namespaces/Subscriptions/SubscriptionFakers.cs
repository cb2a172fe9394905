using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Subscriptions;

/// <summary>Subscriptions; the seeder picks the application and the service.</summary>
internal sealed class SubscriptionFaker : SeededFaker<SubscriptionRecord>
{
    public SubscriptionFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Subscription", referenceDate)
    {
        RuleFor(s => s.Id, f => f.Random.Uuid().ToString());
        RuleFor(s => s.CreatedAt, f => Past(f));
        RuleFor(s => s.LogsAvailable, f => f.Random.Bool(0.6f));
    }
}

/// <summary>Executions of a service through a subscription.</summary>
internal sealed class ServiceExecutionFaker : SeededFaker<ExecutionRecord>
{
    public ServiceExecutionFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "ServiceExecution", referenceDate)
    {
        RuleFor(e => e.Id, f => f.Random.Uuid().ToString());
        RuleFor(e => e.Status, f => f.Random.WeightedRandom(
            [ExecutionStatus.Succeeded, ExecutionStatus.Failed, ExecutionStatus.Running, ExecutionStatus.Pending, ExecutionStatus.Cancelled],
            [0.6f, 0.15f, 0.1f, 0.1f, 0.05f]));
        RuleFor(e => e.CreatedAt, f => Past(f));
        RuleFor(e => e.StartedAt, (f, e) => e.Status == ExecutionStatus.Pending ? null : e.CreatedAt.AddSeconds(f.Random.Int(1, 30)));
        RuleFor(e => e.EndedAt, (f, e) => e.Status == ExecutionStatus.Pending || e.Status == ExecutionStatus.Running
            ? null
            : e.StartedAt!.Value.AddSeconds(f.Random.Int(5, 900)));
    }
}
