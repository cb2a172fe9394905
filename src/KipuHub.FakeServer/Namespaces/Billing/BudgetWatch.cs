using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>A budget passed in one month: the spending of that month went above the limit at <see cref="PassedAt"/>.</summary>
internal sealed record BudgetPassing(string BudgetId, string TenantId, string Name, int Year, int Month, decimal Limit, decimal Spent, DateTimeOffset PassedAt);

/// <summary>
/// Which budgets a tenant has passed, and when, on the fake's clock: for the hook that raises "budget passed"
/// notifications. A budget is passed in a calendar month (UTC) when the sum of that month's entries it counts (all the
/// tenant's, or one service's) goes above its limit; it is passed at the time of the entry that took it above, or at
/// the budget's creation if it was already above then. Months before the budget's creation do not count.
/// </summary>
internal static class BudgetWatch
{
    /// <summary>Every passing of every budget up to now, oldest first. Takes the store's read lock.</summary>
    public static IReadOnlyList<BudgetPassing> Passings(FakeHubStore store, string? tenantId = null)
    {
        using var read = store.Reading();
        var now = store.Now;
        var entries = Ledger.Entries(store, now);
        var passings = new List<BudgetPassing>();
        foreach (var budget in store.Table(BillingModule.Budgets).Rows.Where(b => tenantId is null || b.TenantId == tenantId))
        {
            var paid = entries.Where(e => e.PayerId == budget.TenantId).ToList();
            for (var month = new DateTime(budget.CreatedAt.UtcDateTime.Year, budget.CreatedAt.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                 month <= now.UtcDateTime; month = month.AddMonths(1))
            {
                var state = Month(budget, paid, (month.Year, month.Month));
                if (state.PassedAt is { } at)
                {
                    passings.Add(new(budget.Id, budget.TenantId, budget.Name, month.Year, month.Month, budget.Amount, state.Spent, at));
                }
            }
        }
        return [.. passings.OrderBy(p => p.PassedAt).ThenBy(p => p.BudgetId, StringComparer.Ordinal)];
    }

    /// <summary>A budget's spending in one month and when it went above the limit (null if it did not).</summary>
    public static (decimal Spent, DateTimeOffset? PassedAt) Month(BudgetRecord budget, IEnumerable<LedgerEntry> paid, (int Year, int Month) month)
    {
        var spent = 0m;
        DateTimeOffset? passedAt = null;
        foreach (var entry in paid)
        {
            if (entry.MonthOf != month || entry.PayerId != budget.TenantId || (budget.ServiceId is { } service && entry.ServiceId != service))
            {
                continue;
            }
            spent += entry.Amount;
            if (passedAt is null && spent > budget.Amount)
            {
                passedAt = entry.Timestamp > budget.CreatedAt ? entry.Timestamp : budget.CreatedAt;
            }
        }
        return (spent, passedAt);
    }
}
