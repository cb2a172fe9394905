using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.UseCases;

/// <summary>The use_cases namespace's routes; paging, the title search and sorting come from the catalog entry.</summary>
internal static class UseCasesApi
{
    public static HubRouteTable Routes { get; } = new("use_cases")
    {
        [nameof(HubCatalog.UseCasesList)] = List,
        [nameof(HubCatalog.UseCasesGet)] = Get,
        [nameof(HubCatalog.UseCasesCreate)] = Create,
        [nameof(HubCatalog.UseCasesUpdate)] = Update,
        [nameof(HubCatalog.UseCasesDelete)] = Delete,
    };

    private static HubListResult<UseCase> List(HubRequest request) =>
        request.List(static (store, caller) => UseCasesDomain.List(store, caller));

    private static Results<JsonHttpResult<UseCase>, HubError> Get(HubRequest request, string id) =>
        UseCasesDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<UseCase>, HubError> Create(HubRequest request, JsonBody<CreateUseCaseRequest> body) =>
        UseCasesDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<UseCase>, HubError> Update(HubRequest request, string id, JsonBody<UpdateUseCaseRequest> body) =>
        UseCasesDomain.Update(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        UseCasesDomain.Delete(request.Store, request.Caller, id).OrNoContent();
}
