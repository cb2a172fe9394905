using KipuHub.FakeServer.Namespaces.Billing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.QuantumWorkloads;

/// <summary>
/// The cross-organization view of quantum workloads: every account of the caller (its personal account and every
/// organization it is a member of) together, whatever X-OrganizationId says. Costs show only for accounts where the
/// caller is OWNER; elsewhere <c>cost</c> and <c>currency</c> are absent. An account the caller is not in never shows.
/// </summary>
internal static class QuantumWorkloadsDomain
{
    public static Result<IReadOnlyList<QuantumWorkload>> List(FakeHubStore store, Caller caller, string? from, string? to)
    {
        var period = Period.Parse(from, to);
        if (period.Failure is { } failure)
        {
            return failure;
        }
        using var read = store.Reading();
        var now = store.Now;
        var accounts = Accounts(store, caller);
        return store.Table(QuantumWorkloadsModule.Workloads).Rows
            .Where(w => accounts.ContainsKey(w.TenantId) && period.Value.Contains(w.CreatedAt))
            .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id, StringComparer.Ordinal)
            .Select(w => Dto(w, accounts[w.TenantId], now))
            .ToList();
    }

    public static Result<QuantumWorkloadSummary> Summary(FakeHubStore store, Caller caller, string? from, string? to)
    {
        var listed = List(store, caller, from, to);
        if (listed.Failure is { } failure)
        {
            return failure;
        }
        var period = Period.Parse(from, to).Value;
        return new QuantumWorkloadSummary
        {
            From = period.From,
            To = period.To,
            Totals = [.. listed.Value!
                .GroupBy(w => (w.OrganizationId, w.Backend))
                .OrderBy(g => g.First().OrganizationName, StringComparer.Ordinal).ThenBy(g => g.Key.OrganizationId, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Backend, StringComparer.Ordinal)
                .Select(g => new QuantumWorkloadTotal
                {
                    OrganizationId = g.Key.OrganizationId,
                    OrganizationName = g.First().OrganizationName,
                    Backend = g.Key.Backend,
                    Workloads = g.Count(),
                    Shots = g.Sum(w => (long)w.Shots),
                    Cost = g.First().Cost is null ? null : g.Sum(w => w.Cost ?? 0),
                })],
        };
    }

    /// <summary>The caller's accounts by id, each with its display name and the caller's role there. Callers hold the lock.</summary>
    private static Dictionary<string, (string Name, PermissionRole Role)> Accounts(FakeHubStore store, Caller caller)
    {
        var accounts = new Dictionary<string, (string, PermissionRole)>(StringComparer.Ordinal);
        foreach (var tenant in store.Table(Tenancy.Tenants).Rows)
        {
            if (tenant.Id == caller.UserId)
            {
                accounts[tenant.Id] = (tenant.DisplayName, PermissionRole.Owner);
            }
            else if (tenant.IsOrganization && tenant.RoleOf(caller.UserId) is { } role)
            {
                accounts[tenant.Id] = (tenant.DisplayName, role);
            }
        }
        return accounts;
    }

    private static QuantumWorkload Dto(QuantumWorkloadRecord workload, (string Name, PermissionRole Role) account, DateTimeOffset now)
    {
        var status = workload.StatusAt(now);
        var owner = account.Role == PermissionRole.Owner;
        return new QuantumWorkload
        {
            Id = workload.Id,
            OrganizationId = workload.TenantId,
            OrganizationName = account.Name,
            Backend = workload.Backend,
            Provider = QuantumBackends.Of(workload.Backend).Provider,
            Shots = workload.Shots,
            Status = status,
            CreatedAt = workload.CreatedAt,
            EndedAt = status == ExecutionStatus.Running ? null : workload.EndsAt,
            Cost = owner ? QuantumBackends.Cost(workload, now) : null,
            Currency = owner ? Ledger.Currency : null,
        };
    }
}
