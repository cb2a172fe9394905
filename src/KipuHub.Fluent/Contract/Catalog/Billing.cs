using KipuHub.Models;

namespace KipuHub.Contract;

// The billing namespace: balance, credits, budgets, usage history and cost reports of the tenant, all derived from one
// ledger of usage entries; and the 2024 dashboard figures (costs paid, revenue earned) of a month.
public static partial class HubCatalog
{
    /// <summary>Gets the tenant's balance: credits granted minus charges, as of now.</summary>
    [HubEndpoint("billing", "GET", "/billing/balance", Result = typeof(Balance), Evidence = HubEvidence.Modelled,
        Summary = "Gets the tenant's balance: credits granted minus charges, as of now.")]
    public static HubEndpoint BillingBalance => Entry();

    /// <summary>Lists the credits granted to the tenant.</summary>
    [HubEndpoint("billing", "GET", "/billing/credits", Shape = HubResultShape.Array, Result = typeof(Credit), Evidence = HubEvidence.Modelled,
        Summary = "Lists the credits granted to the tenant.")]
    public static HubEndpoint BillingCredits => Entry();

    /// <summary>Lists the tenant's monthly budgets, each with what was spent against it this month.</summary>
    [HubEndpoint("billing", "GET", "/billing/budgets", Shape = HubResultShape.Array, Result = typeof(Budget), Evidence = HubEvidence.Modelled,
        Summary = "Lists the tenant's monthly budgets, each with what was spent against it this month.")]
    public static HubEndpoint BillingBudgetsList => Entry();

    /// <summary>Creates a monthly budget.</summary>
    [HubEndpoint("billing", "POST", "/billing/budgets", Result = typeof(Budget), Request = typeof(BudgetRequest), Evidence = HubEvidence.Modelled,
        Summary = "Creates a monthly budget.")]
    public static HubEndpoint BillingBudgetsCreate => Entry();

    /// <summary>Replaces a budget's name, amount and service.</summary>
    [HubEndpoint("billing", "PUT", "/billing/budgets/{id}", Result = typeof(Budget), Request = typeof(BudgetRequest), Evidence = HubEvidence.Modelled,
        Summary = "Replaces a budget's name, amount and service.")]
    public static HubEndpoint BillingBudgetsUpdate => Entry();

    /// <summary>Deletes a budget.</summary>
    [HubEndpoint("billing", "DELETE", "/billing/budgets/{id}", Shape = HubResultShape.Empty, Evidence = HubEvidence.Modelled,
        Summary = "Deletes a budget.")]
    public static HubEndpoint BillingBudgetsDelete => Entry();

    /// <summary>Lists the tenant's usage entries (what it paid), a page at a time, optionally between two times.</summary>
    [HubEndpoint("billing", "GET", "/billing/history", Shape = HubResultShape.Page, Result = typeof(UsageEntry), Evidence = HubEvidence.Modelled,
        Summary = "Lists the tenant's usage entries (what it paid), a page at a time, optionally between two times.")]
    [HubQueryParameter("from")]
    [HubQueryParameter("to")]
    [HubSort(nameof(UsageEntry.Timestamp), "timestamp")]
    [HubSort(nameof(UsageEntry.Amount), "amount")]
    public static HubEndpoint BillingHistory => Entry();

    /// <summary>Sums the tenant's usage between two times, by service or by day.</summary>
    [HubEndpoint("billing", "GET", "/billing/cost-reports", Result = typeof(CostReport), Evidence = HubEvidence.Modelled,
        Summary = "Sums the tenant's usage between two times, by service or by day.")]
    [HubQueryParameter("from")]
    [HubQueryParameter("to")]
    [HubQueryParameter("groupBy")]
    public static HubEndpoint BillingCostReports => Entry();

    /// <summary>What the tenant paid in one month, by kind of usage and product.</summary>
    [HubEndpoint("billing", "GET", "/dashboard/costs", Result = typeof(MonthAmount), Evidence = HubEvidence.Legacy2024,
        Summary = "What the tenant paid in one month, by kind of usage and product.")]
    [HubQueryParameter("year")]
    [HubQueryParameter("month")]
    public static HubEndpoint BillingDashboardCosts => Entry();

    /// <summary>What others paid in one month for the tenant's own services, by service and product.</summary>
    [HubEndpoint("billing", "GET", "/dashboard/revenue", Result = typeof(MonthAmount), Evidence = HubEvidence.Legacy2024,
        Summary = "What others paid in one month for the tenant's own services, by service and product.")]
    [HubQueryParameter("year")]
    [HubQueryParameter("month")]
    public static HubEndpoint BillingDashboardRevenue => Entry();
}
