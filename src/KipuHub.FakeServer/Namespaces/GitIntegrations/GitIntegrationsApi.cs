using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.GitIntegrations;

/// <summary>The git_integrations namespace's routes; paging, the provider filter, sorting and roles come from the catalog entries.</summary>
internal static class GitIntegrationsApi
{
    public static HubRouteTable Routes { get; } = new("git_integrations")
    {
        [nameof(HubCatalog.GitIntegrationsList)] = List,
        [nameof(HubCatalog.GitIntegrationsCreate)] = Create,
        [nameof(HubCatalog.GitIntegrationsGet)] = Get,
        [nameof(HubCatalog.GitIntegrationsDelete)] = Delete,
        [nameof(HubCatalog.GitIntegrationRepositoriesList)] = Repositories,
    };

    private static HubListResult<GitIntegration> List(HubRequest request) =>
        request.List(static (store, caller) => GitIntegrationsDomain.List(store, caller));

    private static Results<JsonHttpResult<GitIntegration>, HubError> Create(HubRequest request, JsonBody<CreateGitIntegrationRequest> body) =>
        GitIntegrationsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<GitIntegration>, HubError> Get(HubRequest request, string id) =>
        GitIntegrationsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        GitIntegrationsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<GitRepository>, HubError> Repositories(HubRequest request, string id) =>
        GitIntegrationsDomain.Repositories(request.Store, request.Caller, id).ToList(request);
}
