using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>
/// The service_jobs namespace's routes. The 2024 <c>/jobs</c> paths are catalog aliases of these and are served by the
/// same handlers (<see cref="HubRouteMapper"/>); the list answers a page or a plain array as the entry's shape says.
/// </summary>
internal static class ServiceJobsApi
{
    public static HubRouteTable Routes { get; } = new("service_jobs")
    {
        [nameof(HubCatalog.ServiceJobsList)] = List,
        [nameof(HubCatalog.ServiceJobsCreate)] = Create,
        [nameof(HubCatalog.ServiceJobsGet)] = Get,
        [nameof(HubCatalog.ServiceJobsDelete)] = Delete,
        [nameof(HubCatalog.ServiceJobsCancel)] = Cancel,
        [nameof(HubCatalog.ServiceJobsLogs)] = Logs,
        [nameof(HubCatalog.ServiceJobsCosts)] = Costs,
    };

    private static HubListResult<JobOverview> List(HubRequest request) =>
        request.List(static (store, caller) => ServiceJobsDomain.List(store, caller));

    private static Results<JsonHttpResult<Job>, HubError> Create(HubRequest request, JsonBody<CreateJobRequest> body) =>
        ServiceJobsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Job>, HubError> Get(HubRequest request, string id) =>
        ServiceJobsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        ServiceJobsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<JsonHttpResult<Job>, HubError> Cancel(HubRequest request, string id) =>
        ServiceJobsDomain.Cancel(request.Store, request.Caller, id).ToJson(request);

    private static Results<ContentHttpResult, HubError> Logs(HubRequest request, string id) =>
        ServiceJobsDomain.GetLog(request.Store, request.Caller, id).ToText();

    private static Results<HubListResult<ProductUsage>, HubError> Costs(HubRequest request, string id) =>
        ServiceJobsDomain.GetCosts(request.Store, request.Caller, id).ToList(request);
}
