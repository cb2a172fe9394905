using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>The billing namespace's routes.</summary>
internal static class BillingApi
{
    public static HubRouteTable Routes { get; } = new("billing")
    {
        [nameof(HubCatalog.BillingBalance)] = Balance,
        [nameof(HubCatalog.BillingCredits)] = Credits,
        [nameof(HubCatalog.BillingBudgetsList)] = Budgets,
        [nameof(HubCatalog.BillingBudgetsCreate)] = CreateBudget,
        [nameof(HubCatalog.BillingBudgetsUpdate)] = UpdateBudget,
        [nameof(HubCatalog.BillingBudgetsDelete)] = DeleteBudget,
        [nameof(HubCatalog.BillingHistory)] = History,
        [nameof(HubCatalog.BillingCostReports)] = CostReport,
        [nameof(HubCatalog.BillingDashboardCosts)] = Costs,
        [nameof(HubCatalog.BillingDashboardRevenue)] = Revenue,
    };

    private static Results<JsonHttpResult<Balance>, HubError> Balance(HubRequest request) =>
        ((Result<Balance>)BillingDomain.Balance(request.Store, request.Caller)).ToJson(request);

    private static HubListResult<Credit> Credits(HubRequest request) =>
        request.List(static (store, caller) => BillingDomain.Credits(store, caller));

    private static HubListResult<Budget> Budgets(HubRequest request) =>
        request.List(static (store, caller) => BillingDomain.Budgets(store, caller));

    private static Results<JsonHttpResult<Budget>, HubError> CreateBudget(HubRequest request, JsonBody<BudgetRequest> body) =>
        BillingDomain.CreateBudget(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Budget>, HubError> UpdateBudget(HubRequest request, string id, JsonBody<BudgetRequest> body) =>
        BillingDomain.UpdateBudget(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> DeleteBudget(HubRequest request, string id) =>
        BillingDomain.DeleteBudget(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<UsageEntry>, HubError> History(HubRequest request, string? from, string? to) =>
        BillingDomain.History(request.Store, request.Caller, from, to).ToList(request);

    private static Results<JsonHttpResult<CostReport>, HubError> CostReport(HubRequest request, string? from, string? to, string? groupBy) =>
        BillingDomain.CostReport(request.Store, request.Caller, from, to, groupBy).ToJson(request);

    private static Results<JsonHttpResult<MonthAmount>, HubError> Costs(HubRequest request, string? year, string? month) =>
        BillingDomain.Costs(request.Store, request.Caller, year, month).ToJson(request);

    private static Results<JsonHttpResult<MonthAmount>, HubError> Revenue(HubRequest request, string? year, string? month) =>
        BillingDomain.Revenue(request.Store, request.Caller, year, month).ToJson(request);
}
