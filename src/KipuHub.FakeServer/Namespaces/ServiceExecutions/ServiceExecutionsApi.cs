using System.Text.Json.Nodes;
using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.ServiceExecutions;

/// <summary>The service_executions namespace's routes; paging, the status and service filters and sorting come from the catalog entry.</summary>
internal static class ServiceExecutionsApi
{
    public static HubRouteTable Routes { get; } = new("service_executions")
    {
        [nameof(HubCatalog.ServiceExecutionsList)] = List,
        [nameof(HubCatalog.ServiceExecutionsGet)] = Get,
        [nameof(HubCatalog.ServiceExecutionsInput)] = Input,
        [nameof(HubCatalog.ServiceExecutionsResult)] = Result,
        [nameof(HubCatalog.ServiceExecutionsLogs)] = Logs,
        [nameof(HubCatalog.ServiceExecutionsMetrics)] = Metrics,
        [nameof(HubCatalog.ServiceExecutionsCancel)] = Cancel,
    };

    private static HubListResult<ServiceExecution> List(HubRequest request) =>
        request.List(static (store, caller) => ServiceExecutionsDomain.List(store, caller));

    private static Results<JsonHttpResult<ServiceExecution>, HubError> Get(HubRequest request, string id) =>
        ServiceExecutionsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<JsonNode>, HubError> Input(HubRequest request, string id) =>
        ServiceExecutionsDomain.Input(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<JsonNode>, HubError> Result(HubRequest request, string id) =>
        ServiceExecutionsDomain.ResultOf(request.Store, request.Caller, id).ToJson(request);

    private static Results<ContentHttpResult, HubError> Logs(HubRequest request, string id) =>
        ServiceExecutionsDomain.Logs(request.Store, request.Caller, id).ToText();

    private static Results<JsonHttpResult<ExecutionMetrics>, HubError> Metrics(HubRequest request, string id) =>
        ServiceExecutionsDomain.Metrics(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<ServiceExecution>, HubError> Cancel(HubRequest request, string id) =>
        ServiceExecutionsDomain.Cancel(request.Store, request.Caller, id).ToJson(request);
}
