using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>
/// The notifications of failed executions (docs/contract.md#notifications): a tenant's own execution that is FAILED at
/// the fake's now notifies every member of the tenant that ran it, at the moment it ended. Who started an execution is
/// not recorded, so the tenant's members hear of it; executions through subscriptions notify no one.
/// </summary>
internal static class ExecutionNotifications
{
    public static IEnumerable<NotificationEvent> Source(FakeHubStore store, DateTimeOffset now)
    {
        var tenants = store.Table(Tenancy.Tenants);
        var services = store.Table(ServicesModule.Services);
        foreach (var execution in store.Table(ServiceExecutionsModule.Executions).Rows)
        {
            var run = execution.Run.At(now);
            if (run.Status != ExecutionStatus.Failed || tenants.Find(execution.TenantId) is not { } tenant)
            {
                continue;
            }
            var ended = run.EndedAt ?? run.CreatedAt;
            if (ended > now)
            {
                continue;
            }
            var name = services.Find(execution.ServiceId)?.Name ?? execution.ServiceId;
            var title = $"Execution of '{name}' failed";
            var message = $"Service execution {execution.Id} of '{name}' ended FAILED. Its logs tell why.";
            var link = $"/service-executions/{execution.Id}";
            foreach (var member in tenant.Members)
            {
                yield return new NotificationEvent(StableSeed.Uuid(store.Seed, $"execution-failed/{execution.Id}/{member.UserId}"), member.UserId,
                    NotificationKind.ExecutionFailed, title, message, link, ended);
            }
        }
    }
}
