using System.Globalization;
using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Billing;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Eligibility;

/// <summary>
/// The eligibility namespace (docs/contract.md#eligibility): which features the tenant may use, decided by its account
/// type and its balance (<see cref="BillingDomain.Totals"/>). It only answers; no other endpoint enforces it.
/// </summary>
internal sealed class EligibilityModule : IHubModule
{
    /// <summary>The features, in the order they are listed.</summary>
    public static IReadOnlyList<string> Features { get; } = ["PAID_EXECUTION", "QPU_ACCESS", "PUBLISH_SERVICE", "GPU_RESOURCES"];

    public void Register(HubModuleBuilder module) => module.Routes(new HubRouteTable("eligibility")
    {
        [nameof(HubCatalog.EligibilityList)] = List,
        [nameof(HubCatalog.EligibilityGet)] = Get,
    });

    /// <summary>The account type of a tenant: its plan (BASIC, PRO or BUSINESS); an unknown tenant or plan is BASIC.</summary>
    public static string AccountType(TenantRecord? tenant) => tenant?.Plan switch
    {
        "PRO" => "PRO",
        "BUSINESS" => "BUSINESS",
        _ => "BASIC",
    };

    public static IReadOnlyList<FeatureEligibility> All(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var accountType = AccountType(store.Table(Tenancy.Tenants).Find(caller.TenantId));
        var (credits, charges) = BillingDomain.Totals(store, caller.TenantId, store.Now);
        return [.. Features.Select(f => Decide(f, accountType, credits - charges))];
    }

    private static FeatureEligibility Decide(string feature, string accountType, decimal balance)
    {
        var reasons = new List<string>();
        var noCredit = $"The balance is {balance.ToString("0.00", CultureInfo.InvariantCulture)} EUR; this needs credit (a balance above 0).";
        switch (feature)
        {
            case "PAID_EXECUTION":
                if (balance <= 0)
                {
                    reasons.Add(noCredit);
                }
                break;
            case "QPU_ACCESS":
                if (accountType == "BASIC")
                {
                    reasons.Add("Quantum hardware (QPU backends) needs a PRO or BUSINESS account; this one is BASIC.");
                }
                if (balance <= 0)
                {
                    reasons.Add(noCredit);
                }
                break;
            case "PUBLISH_SERVICE":
                if (accountType == "BASIC")
                {
                    reasons.Add("Publishing a service to the marketplace needs a PRO or BUSINESS account; this one is BASIC.");
                }
                break;
            default:
                if (accountType != "BUSINESS")
                {
                    reasons.Add($"GPU resources need a BUSINESS account; this one is {accountType}.");
                }
                break;
        }
        return new FeatureEligibility { Feature = feature, Eligible = reasons.Count == 0, Reasons = reasons, AccountType = accountType };
    }

    private static HubListResult<FeatureEligibility> List(HubRequest request) =>
        request.List(static (store, caller) => All(store, caller));

    private static Results<JsonHttpResult<FeatureEligibility>, HubError> Get(HubRequest request, string feature)
    {
        Result<FeatureEligibility> result = All(request.Store, request.Caller).FirstOrDefault(e => e.Feature == feature) is { } found
            ? found
            : Failure.NotFound($"Unknown feature '{Echo.Of(feature)}'. Known features: {string.Join(", ", Features)}.");
        return result.ToJson(request);
    }
}
