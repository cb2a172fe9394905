using System.Globalization;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>
/// The billing rules (docs/contract.md#billing). Every figure reads <see cref="Ledger"/> at the fake's now: the balance is
/// credits granted minus the tenant's entries, the history lists them, cost reports and dashboard costs sum them, revenue
/// sums what others paid for the tenant's services, and a budget's spending sums this month's.
/// </summary>
internal static class BillingDomain
{
    public const int MaxBudgets = 50;
    public const decimal MaxBudgetAmount = 1_000_000m;

    public static Balance Balance(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var now = store.Now;
        var (credits, charges) = Totals(store, caller.TenantId, now);
        return new Balance { Amount = credits - charges, Currency = Ledger.Currency, Credits = credits, Charges = charges, AsOf = now };
    }

    /// <summary>Credits granted and charges of a tenant as of <paramref name="now"/>. Callers hold the lock.</summary>
    public static (decimal Credits, decimal Charges) Totals(FakeHubStore store, string tenantId, DateTimeOffset now) =>
        (store.Table(BillingModule.Credits).Rows.Where(c => c.TenantId == tenantId && c.GrantedAt <= now).Sum(c => c.Amount),
         Ledger.PaidBy(store, tenantId, now).Sum(e => e.Amount));

    public static IReadOnlyList<Credit> Credits(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var now = store.Now;
        return [.. store.Table(BillingModule.Credits).VisibleTo(caller).Where(c => c.GrantedAt <= now)
            .Select(c => new Credit { Id = c.Id, Amount = c.Amount, Currency = Ledger.Currency, Description = c.Description, GrantedAt = c.GrantedAt })];
    }

    public static Result<IReadOnlyList<UsageEntry>> History(FakeHubStore store, Caller caller, string? from, string? to)
    {
        var period = Period.Parse(from, to);
        if (period.Failure is { } failure)
        {
            return failure;
        }
        using var read = store.Reading();
        return Ledger.PaidBy(store, caller.TenantId, store.Now).Where(e => period.Value.Contains(e.Timestamp)).Select(Dto).ToList();
    }

    public static Result<CostReport> CostReport(FakeHubStore store, Caller caller, string? from, string? to, string? groupBy)
    {
        var period = Period.Parse(from, to);
        if (period.Failure is { } failure)
        {
            return failure;
        }
        var grouping = groupBy ?? "SERVICE";
        if (grouping is not ("SERVICE" or "DAY"))
        {
            return Failure.Malformed($"Unknown groupBy '{Echo.Of(groupBy)}'. Accepted: SERVICE (the default), DAY.");
        }
        using var read = store.Reading();
        var now = store.Now;
        var start = period.Value.From ?? new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var within = new Period(start, period.Value.To);
        var entries = Ledger.PaidBy(store, caller.TenantId, now).Where(e => within.Contains(e.Timestamp)).ToList();
        var groups = grouping == "SERVICE"
            ? entries.GroupBy(e => e.ServiceId ?? "QUANTUM_WORKLOADS")
                .Select(g => new CostReportGroup { Key = g.Key, Name = g.First().ServiceId is null ? "Quantum workloads" : g.First().Label, Amount = g.Sum(e => e.Amount), Entries = g.Count() })
                .OrderBy(g => g.Key, StringComparer.Ordinal)
            : entries.GroupBy(e => e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Select(g => new CostReportGroup { Key = g.Key, Name = g.Key, Amount = g.Sum(e => e.Amount), Entries = g.Count() })
                .OrderBy(g => g.Key, StringComparer.Ordinal);
        return new CostReport
        {
            From = start,
            To = period.Value.To,
            GroupBy = grouping,
            Total = entries.Sum(e => e.Amount),
            Currency = Ledger.Currency,
            Groups = [.. groups],
        };
    }

    /// <summary>What the tenant paid in a month: grouped by kind of usage, each kind by label (service or backend).</summary>
    public static Result<MonthAmount> Costs(FakeHubStore store, Caller caller, string? year, string? month) =>
        Month(store, year, month, (y, m, now) => MonthOf(y, m, Ledger.PaidBy(store, caller.TenantId, now), e => e.Kind.Value, e => e.Label));

    /// <summary>What others paid in a month for the tenant's services: grouped by service, each by product.</summary>
    public static Result<MonthAmount> Revenue(FakeHubStore store, Caller caller, string? year, string? month) =>
        Month(store, year, month, (y, m, now) => MonthOf(y, m, Ledger.EarnedBy(store, caller.TenantId, now), e => e.Label, e => e.Product));

    public static IReadOnlyList<Budget> Budgets(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var now = store.Now;
        var entries = Ledger.PaidBy(store, caller.TenantId, now);
        return [.. store.Table(BillingModule.Budgets).VisibleTo(caller).Select(b => Dto(b, entries, now))];
    }

    public static Result<Budget> CreateBudget(FakeHubStore store, Caller caller, BudgetRequest request)
    {
        if (BudgetProblem(request) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        if (ServiceProblem(store, caller, request.ServiceId) is { } badService)
        {
            return write.Commit<Budget>(badService);
        }
        var budgets = store.Table(BillingModule.Budgets);
        if (budgets.VisibleTo(caller).Count >= MaxBudgets)
        {
            return write.Commit<Budget>(Failure.Conflict($"{caller.DescribeTenant()} has {MaxBudgets} budgets already, the most allowed; delete one first."));
        }
        var now = store.Tick();
        var budget = new BudgetRecord
        {
            Id = store.NextId(),
            TenantId = caller.TenantId,
            Name = request.Name!,
            Amount = request.Amount!.Value,
            ServiceId = request.ServiceId,
            CreatedAt = now,
            CreatedBy = caller.Username,
        };
        budgets.Add(budget);
        return write.Commit<Budget>(Dto(budget, Ledger.PaidBy(store, caller.TenantId, now), now));
    }

    /// <summary>Replaces the name, the amount and the service (a null service makes it a budget over all usage).</summary>
    public static Result<Budget> UpdateBudget(FakeHubStore store, Caller caller, string budgetId, BudgetRequest request)
    {
        if (BudgetProblem(request) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var budgets = store.Table(BillingModule.Budgets);
        var found = budgets.Find(caller, budgetId);
        if (found.Failure is { } failure)
        {
            return write.Commit<Budget>(failure);
        }
        if (ServiceProblem(store, caller, request.ServiceId) is { } badService)
        {
            return write.Commit<Budget>(badService);
        }
        var budget = found.Value! with { Name = request.Name!, Amount = request.Amount!.Value, ServiceId = request.ServiceId };
        budgets.Replace(budget);
        var now = store.Tick();
        return write.Commit<Budget>(Dto(budget, Ledger.PaidBy(store, caller.TenantId, now), now));
    }

    public static Failure? DeleteBudget(FakeHubStore store, Caller caller, string budgetId) =>
        store.DeleteOwned(BillingModule.Budgets, caller, budgetId);

    private static Failure? BudgetProblem(BudgetRequest request)
    {
        if (Validation.Name(request.Name, "budget") is { } badName)
        {
            return badName;
        }
        return request.Amount is not { } amount || amount <= 0 || amount > MaxBudgetAmount || decimal.Round(amount, 2) != amount
            ? Failure.Invalid($"The budget needs an 'amount': the monthly limit in EUR, more than 0 and at most {MaxBudgetAmount.ToString(CultureInfo.InvariantCulture)}, " +
                $"with at most two decimals; got {request.Amount?.ToString(CultureInfo.InvariantCulture) ?? "none"}.")
            : null;
    }

    /// <summary>Null unless a service is named that the tenant cannot see (its own, or a published one). Callers hold the lock.</summary>
    private static Failure? ServiceProblem(FakeHubStore store, Caller caller, string? serviceId) =>
        serviceId is null || store.Table(ServicesModule.Services).Find(serviceId) is { } service
            && (service.TenantId == caller.TenantId || service.Version.Lifecycle == ServiceLifecycle.Published)
            ? null
            : Failure.NotFound($"Service '{Echo.Of(serviceId)}' was not found for {caller.DescribeTenant()}: a budget's 'serviceId' names one of its own " +
                "services or a published one (GET /services, GET /marketplace/services), or is left out for all usage.");

    private static Result<MonthAmount> Month(FakeHubStore store, string? year, string? month, Func<int, int, DateTimeOffset, MonthAmount> build)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            return Failure.Malformed($"The dashboard needs 'year' and 'month' as whole numbers (for example year=2026&month=11); got year={Echo.Of(year ?? "(none)")}, month={Echo.Of(month ?? "(none)")}.");
        }
        if (y < 2000 || y > 9999 || m < 1 || m > 12)
        {
            return Failure.Malformed($"'year' is 2000 to 9999 and 'month' 1 to 12; got year={y}, month={m}.");
        }
        using var read = store.Reading();
        return build(y, m, store.Now);
    }

    private static MonthAmount MonthOf(int year, int month, List<LedgerEntry> entries, Func<LedgerEntry, string> group, Func<LedgerEntry, string> product)
    {
        var inMonth = entries.Where(e => e.MonthOf == (year, month)).ToList();
        return new MonthAmount
        {
            Year = year,
            Month = month,
            AmountMajor = Amount(inMonth.Sum(e => e.Amount)),
            Groups = [.. inMonth.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ProductGroup
            {
                Name = g.Key,
                AmountMajor = Amount(g.Sum(e => e.Amount)),
                Products = [.. g.GroupBy(product).OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new ProductAmount { Name = p.Key, AmountMajor = Amount(p.Sum(e => e.Amount)) })],
            })],
        };
    }

    private static AmountMajor Amount(decimal value) => new() { Value = value, Currency = Ledger.Currency };

    private static UsageEntry Dto(LedgerEntry entry) => new()
    {
        Id = entry.Id,
        Timestamp = entry.Timestamp,
        Amount = entry.Amount,
        Currency = Ledger.Currency,
        SourceKind = entry.Kind,
        SourceId = entry.SourceId,
        ServiceId = entry.ServiceId,
        Description = entry.Label,
    };

    private static Budget Dto(BudgetRecord budget, List<LedgerEntry> paid, DateTimeOffset now)
    {
        var passing = BudgetWatch.Month(budget, paid, (now.UtcDateTime.Year, now.UtcDateTime.Month));
        return new Budget
        {
            Id = budget.Id,
            Name = budget.Name,
            Amount = budget.Amount,
            Currency = Ledger.Currency,
            ServiceId = budget.ServiceId,
            Spent = passing.Spent,
            PassedAt = passing.PassedAt,
            CreatedAt = budget.CreatedAt,
            CreatedBy = budget.CreatedBy,
        };
    }
}
