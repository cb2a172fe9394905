using System.Globalization;
using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>billing</c> namespace: a paged query over the tenant's usage history (what it paid), and the commands for its
/// balance, credits, budgets, cost reports and the 2024 dashboard figures. Every figure derives from the same usage entries.
/// </summary>
public sealed class BillingQuery : HubPagedQuery<BillingQuery, UsageEntry>
{
    internal BillingQuery(QueryState state)
        : base(state, HubCatalog.BillingHistory, [])
    {
    }

    /// <summary>Limits the history to entries from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive); either may be null.</summary>
    /// <param name="from">The first moment, or null for no lower bound.</param>
    /// <param name="to">The moment after the last, or null for no upper bound.</param>
    public BillingQuery Between(DateTimeOffset? from, DateTimeOffset? to) => With(Period.Apply(State, from, to));

    /// <summary>Sends the history request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingHistory))]
    public Task<Page<UsageEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(BillingJsonContext.Default.PageEnvelopeUsageEntry, cancellationToken);

    /// <summary>Reads every matching usage entry, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.BillingHistory))]
    public IAsyncEnumerable<UsageEntry> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(BillingJsonContext.Default.PageEnvelopeUsageEntry, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.BillingHistory))]
    public IAsyncEnumerable<Page<UsageEntry>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(BillingJsonContext.Default.PageEnvelopeUsageEntry, cancellationToken);

    /// <summary>A command that gets the tenant's balance.</summary>
    [HubOperation(nameof(HubCatalog.BillingBalance))]
    public HubCommand<Balance> Balance() => Json(Call(HubCatalog.BillingBalance), BillingJsonContext.Default.Balance);

    /// <summary>Gets the tenant's balance: credits granted minus charges, as of now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingBalance))]
    public Task<Balance> BalanceAsync(CancellationToken cancellationToken = default) => Balance().SendAsync(cancellationToken);

    /// <summary>The credits granted to the tenant, oldest first.</summary>
    [HubOperation(nameof(HubCatalog.BillingCredits))]
    public HubArrayQuery<Credit> Credits() =>
        new(State, HubCatalog.BillingCredits, [], BillingJsonContext.Default.IReadOnlyListCredit);

    /// <summary>The tenant's budgets, oldest first, each with this month's spending.</summary>
    [HubOperation(nameof(HubCatalog.BillingBudgetsList))]
    public HubArrayQuery<Budget> Budgets() =>
        new(State, HubCatalog.BillingBudgetsList, [], BillingJsonContext.Default.IReadOnlyListBudget);

    /// <summary>A command that creates a monthly budget.</summary>
    /// <param name="request">The name, the monthly amount and optionally a service.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsCreate))]
    public HubCommand<Budget> CreateBudget(BudgetRequest request) =>
        Json(Call(HubCatalog.BillingBudgetsCreate), request, BillingJsonContext.Default.BudgetRequest, BillingJsonContext.Default.Budget);

    /// <summary>Creates a monthly budget.</summary>
    /// <param name="request">The name, the monthly amount and optionally a service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsCreate))]
    public Task<Budget> CreateBudgetAsync(BudgetRequest request, CancellationToken cancellationToken = default) =>
        CreateBudget(request).SendAsync(cancellationToken);

    /// <summary>A command that replaces a budget's name, amount and service.</summary>
    /// <param name="budgetId">The budget's id.</param>
    /// <param name="request">The new name, amount and service.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsUpdate))]
    public HubCommand<Budget> UpdateBudget(string budgetId, BudgetRequest request) =>
        Json(Call(HubCatalog.BillingBudgetsUpdate, budgetId), request, BillingJsonContext.Default.BudgetRequest, BillingJsonContext.Default.Budget);

    /// <summary>Replaces a budget's name, amount and service.</summary>
    /// <param name="budgetId">The budget's id.</param>
    /// <param name="request">The new name, amount and service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsUpdate))]
    public Task<Budget> UpdateBudgetAsync(string budgetId, BudgetRequest request, CancellationToken cancellationToken = default) =>
        UpdateBudget(budgetId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes a budget.</summary>
    /// <param name="budgetId">The budget's id.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsDelete))]
    public HubCommand DeleteBudget(string budgetId) => Empty(Call(HubCatalog.BillingBudgetsDelete, budgetId));

    /// <summary>Deletes a budget.</summary>
    /// <param name="budgetId">The budget's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingBudgetsDelete))]
    public Task DeleteBudgetAsync(string budgetId, CancellationToken cancellationToken = default) => DeleteBudget(budgetId).SendAsync(cancellationToken);

    /// <summary>A command that sums the tenant's usage between two times, by service or by day.</summary>
    /// <param name="from">The first moment, or null for the start of the current month.</param>
    /// <param name="to">The moment after the last, or null for now.</param>
    /// <param name="groupBy"><c>SERVICE</c> (the default) or <c>DAY</c>.</param>
    [HubOperation(nameof(HubCatalog.BillingCostReports))]
    public HubCommand<CostReport> CostReport(DateTimeOffset? from = null, DateTimeOffset? to = null, string? groupBy = null) =>
        Json(Call(HubCatalog.BillingCostReports) with { Query = [.. Period.Pairs(from, to), .. groupBy is null ? [] : new KeyValuePair<string, string>[] { new("groupBy", groupBy) }] },
            BillingJsonContext.Default.CostReport);

    /// <summary>Sums the tenant's usage between two times, by service or by day.</summary>
    /// <param name="from">The first moment, or null for the start of the current month.</param>
    /// <param name="to">The moment after the last, or null for now.</param>
    /// <param name="groupBy"><c>SERVICE</c> (the default) or <c>DAY</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingCostReports))]
    public Task<CostReport> CostReportAsync(DateTimeOffset? from = null, DateTimeOffset? to = null, string? groupBy = null, CancellationToken cancellationToken = default) =>
        CostReport(from, to, groupBy).SendAsync(cancellationToken);

    /// <summary>A command that gets what the tenant paid in one month (<c>GET /dashboard/costs</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    [HubOperation(nameof(HubCatalog.BillingDashboardCosts))]
    public HubCommand<MonthAmount> DashboardCosts(int year, int month) =>
        Json(Call(HubCatalog.BillingDashboardCosts) with { Query = Month(year, month) }, BillingJsonContext.Default.MonthAmount);

    /// <summary>Gets what the tenant paid in one month (<c>GET /dashboard/costs</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingDashboardCosts))]
    public Task<MonthAmount> DashboardCostsAsync(int year, int month, CancellationToken cancellationToken = default) =>
        DashboardCosts(year, month).SendAsync(cancellationToken);

    /// <summary>A command that gets what others paid in one month for the tenant's services (<c>GET /dashboard/revenue</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    [HubOperation(nameof(HubCatalog.BillingDashboardRevenue))]
    public HubCommand<MonthAmount> DashboardRevenue(int year, int month) =>
        Json(Call(HubCatalog.BillingDashboardRevenue) with { Query = Month(year, month) }, BillingJsonContext.Default.MonthAmount);

    /// <summary>Gets what others paid in one month for the tenant's services (<c>GET /dashboard/revenue</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.BillingDashboardRevenue))]
    public Task<MonthAmount> DashboardRevenueAsync(int year, int month, CancellationToken cancellationToken = default) =>
        DashboardRevenue(year, month).SendAsync(cancellationToken);

    private static KeyValuePair<string, string>[] Month(int year, int month) =>
        [new("year", year.ToString(CultureInfo.InvariantCulture)), new("month", month.ToString(CultureInfo.InvariantCulture))];

    private protected override BillingQuery With(QueryState state) => new(state);
}
