using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.QuantumWorkloads;

/// <summary>The quantum_workloads namespace's routes; paging, the backend filter and sorting come from the catalog entry.</summary>
internal static class QuantumWorkloadsApi
{
    public static HubRouteTable Routes { get; } = new("quantum_workloads")
    {
        [nameof(HubCatalog.QuantumWorkloadsList)] = List,
        [nameof(HubCatalog.QuantumWorkloadsSummary)] = Summary,
    };

    private static Results<HubListResult<QuantumWorkload>, HubError> List(HubRequest request, string? from, string? to) =>
        QuantumWorkloadsDomain.List(request.Store, request.Caller, from, to).ToList(request);

    private static Results<JsonHttpResult<QuantumWorkloadSummary>, HubError> Summary(HubRequest request, string? from, string? to) =>
        QuantumWorkloadsDomain.Summary(request.Store, request.Caller, from, to).ToJson(request);
}
