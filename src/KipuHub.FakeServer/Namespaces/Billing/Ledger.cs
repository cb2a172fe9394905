using KipuHub.FakeServer.Namespaces.Applications;
using KipuHub.FakeServer.Namespaces.ExternalServices;
using KipuHub.FakeServer.Namespaces.QuantumWorkloads;
using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Namespaces.ServiceJobs;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>
/// One usage entry of the ledger: who pays, who provides (earns), when, how much (EUR, to the cent), for what.
/// Derived at every read; never stored.
/// </summary>
internal sealed record LedgerEntry(
    string Id,
    string PayerId,
    string? ProviderId,
    DateTimeOffset Timestamp,
    decimal Amount,
    UsageSourceKind Kind,
    string SourceId,
    string? ServiceId,
    string Label,
    string Product)
{
    public (int Year, int Month) MonthOf => (Timestamp.UtcDateTime.Year, Timestamp.UtcDateTime.Month);
}

/// <summary>
/// The one ledger every money figure of the fake derives from (docs/contract.md#billing): balance, history, cost reports,
/// dashboard costs and revenue, budgets, eligibility, job costs and quantum workloads all read these entries, so they
/// agree to the cent. The entries are derived from the state as of the fake's clock:
/// <list type="bullet">
/// <item>a finished service job: the sum of <see cref="JobRules.Costs"/>, paid by the job's tenant, at its end;</item>
/// <item>a SUCCEEDED service execution of another tenant's service with a COMMERCIAL plan: one unit of every product of
/// its first COMMERCIAL plan, paid by the executing tenant, earned by the service's tenant, at its end;</item>
/// <item>a metering event outside test mode: count times the product's amountMajor, paid by the service's tenant;</item>
/// <item>a quantum workload that ended SUCCEEDED: shots times the backend's price (<see cref="QuantumBackends.Cost"/>);</item>
/// <item>an entry of any of these kinds whose row was deleted since: kept as it was (<see cref="SettledCharges"/>).</item>
/// </list>
/// Every amount is rounded to the cent once, per entry, half away from zero (<see cref="Cents"/>); sums of entries are
/// then exact. Entries of 0.00 are left out: nothing was paid.
/// </summary>
internal static class Ledger
{
    public const string Currency = "EUR";

    /// <summary>The one rounding rule: to the cent, half away from zero.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>What a job costs at <paramref name="now"/>: its cost lines summed, to the cent (0 until it has ended).</summary>
    public static decimal JobAmount(JobRecord job, DateTimeOffset now)
    {
        var state = job.At(now);
        return state.IsFinal ? Cents(JobRules.Costs(job, state).Sum(c => (c.UnitPrice ?? 0) * (c.Count ?? 0))) : 0m;
    }

    /// <summary>The price of one execution of a service: its first COMMERCIAL plan's products, one unit each; null if it has none.</summary>
    public static (decimal Amount, string Products)? ExecutionPrice(ServiceRecord service) =>
        service.Version.PricingPlans.FirstOrDefault(p => p.Type == PricingPlanType.Commercial) is { } plan
            ? (Cents((plan.Products ?? []).Sum(p => p.AmountMajor ?? 0)), string.Join(", ", (plan.Products ?? []).Select(p => p.Name)))
            : null;

    /// <summary>Every entry of every tenant as of <paramref name="now"/>, by time then id. Callers hold the store's lock.</summary>
    public static List<LedgerEntry> Entries(FakeHubStore store, DateTimeOffset now)
    {
        var entries = new List<LedgerEntry>();
        var services = store.Table(ServicesModule.Services);
        foreach (var job in store.Table(ServiceJobsModule.Jobs).Rows)
        {
            var state = job.At(now);
            var amount = JobAmount(job, now);
            if (amount != 0 && state.EndedAt is { } ended)
            {
                var name = services.Find(job.ServiceId)?.Name ?? job.ServiceId;
                entries.Add(new("job-" + job.Id, job.TenantId, null, ended, amount, UsageSourceKind.ServiceJob, job.Id, job.ServiceId, name, "Compute"));
            }
        }
        foreach (var own in store.Table(ServiceExecutionsModule.Executions).Rows)
        {
            AddExecution(entries, services.Find(own.ServiceId), own.TenantId, own.Run, now);
        }
        var applications = store.Table(ApplicationsModule.Applications);
        foreach (var subscription in store.Table(SubscriptionsModule.Subscriptions).Rows)
        {
            if (applications.Find(subscription.ApplicationId) is { } application)
            {
                foreach (var run in subscription.Executions)
                {
                    AddExecution(entries, services.Find(subscription.ServiceId), application.TenantId, run, now);
                }
            }
        }
        foreach (var metered in store.Table(ExternalServicesModule.MeteringEvents).Rows)
        {
            if (!metered.TestMode && metered.Timestamp <= now && services.Find(metered.ServiceId) is { } service
                && Cents(metered.Count * metered.UnitPrice) is var amount && amount != 0)
            {
                entries.Add(new("metering-" + metered.Id, service.TenantId, service.TenantId, metered.Timestamp, amount, UsageSourceKind.Metering,
                    metered.Id, service.Id, service.Name, metered.ProductName));
            }
        }
        foreach (var workload in store.Table(QuantumWorkloadsModule.Workloads).Rows)
        {
            if (QuantumBackends.Cost(workload, now) is var cost && cost != 0)
            {
                entries.Add(new("workload-" + workload.Id, workload.TenantId, null, workload.EndsAt, cost, UsageSourceKind.QuantumWorkload,
                    workload.Id, null, workload.Backend, $"{workload.Shots} shots"));
            }
        }
        // What deleted rows were charged (SettledCharges), unless a row of the same source is live again (a reset brought
        // it back), so nothing is charged twice.
        var live = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(store.Table(SettledCharges.Table).Rows.Where(e => e.Timestamp <= now && !live.Contains(e.Id)));
        entries.Sort(static (x, y) => x.Timestamp.CompareTo(y.Timestamp) is var order && order != 0 ? order : string.CompareOrdinal(x.Id, y.Id));
        return entries;
    }

    /// <summary>The entries a tenant paid, as of now. Callers hold the store's lock.</summary>
    public static List<LedgerEntry> PaidBy(FakeHubStore store, string tenantId, DateTimeOffset now) =>
        [.. Entries(store, now).Where(e => e.PayerId == tenantId)];

    /// <summary>The entries others paid for a tenant's services, as of now. Callers hold the store's lock.</summary>
    public static List<LedgerEntry> EarnedBy(FakeHubStore store, string tenantId, DateTimeOffset now) =>
        [.. Entries(store, now).Where(e => e.ProviderId == tenantId && e.PayerId != tenantId)];

    private static void AddExecution(List<LedgerEntry> entries, ServiceRecord? service, string payerId, ExecutionRecord run, DateTimeOffset now)
    {
        var state = run.At(now);
        if (service is null || service.TenantId == payerId || state.Status != ExecutionStatus.Succeeded || state.EndedAt is not { } ended
            || ended > now || ExecutionPrice(service) is not { } price || price.Amount == 0)
        {
            return;
        }
        entries.Add(new("execution-" + run.Id, payerId, service.TenantId, ended, price.Amount, UsageSourceKind.ServiceExecution, run.Id, service.Id,
            service.Name, price.Products));
    }
}
