using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>The algorithms namespace's routes; paging, the name search and sorting come from the catalog entries.</summary>
internal static class AlgorithmsApi
{
    public static HubRouteTable Routes { get; } = new("algorithms")
    {
        [nameof(HubCatalog.AlgorithmsList)] = List,
        [nameof(HubCatalog.AlgorithmsGet)] = Get,
        [nameof(HubCatalog.AlgorithmsCreate)] = Create,
        [nameof(HubCatalog.AlgorithmsUpdate)] = Update,
        [nameof(HubCatalog.AlgorithmsDelete)] = Delete,
        [nameof(HubCatalog.AlgorithmSketchesList)] = ListSketches,
        [nameof(HubCatalog.AlgorithmSketchesUpload)] = UploadSketch,
        [nameof(HubCatalog.AlgorithmSketchesDownloadImage)] = SketchImage,
        [nameof(HubCatalog.AlgorithmSketchesDelete)] = DeleteSketch,
        [nameof(HubCatalog.AlgorithmRelationsList)] = ListRelations,
        [nameof(HubCatalog.AlgorithmRelationsCreate)] = CreateRelation,
        [nameof(HubCatalog.AlgorithmRelationsDelete)] = DeleteRelation,
        [nameof(HubCatalog.AlgorithmMembersList)] = ListMembers,
        [nameof(HubCatalog.AlgorithmMembersSet)] = SetMember,
        [nameof(HubCatalog.AlgorithmMembersDelete)] = DeleteMember,
    };

    private static HubListResult<Algorithm> List(HubRequest request) =>
        request.List(static (store, caller) => AlgorithmsDomain.List(store, caller));

    private static Results<JsonHttpResult<Algorithm>, HubError> Get(HubRequest request, string id) =>
        AlgorithmsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<Algorithm>, HubError> Create(HubRequest request, JsonBody<CreateAlgorithmRequest> body) =>
        AlgorithmsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Algorithm>, HubError> Update(HubRequest request, string id, JsonBody<UpdateAlgorithmRequest> body) =>
        AlgorithmsDomain.Update(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        AlgorithmsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<AlgorithmSketch>, HubError> ListSketches(HubRequest request, string id) =>
        AlgorithmSketchesDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<AlgorithmSketch>, HubError> UploadSketch(HubRequest request, string id, Upload image) =>
        AlgorithmSketchesDomain.Add(request.Store, request.Caller, id,
            new SketchUpload(image.FileName, image.ContentType, image.Bytes, request.Uploads!.GetValueOrDefault("description")?.Bytes)).ToJson(request);

    private static Results<FileContentHttpResult, HubError> SketchImage(HubRequest request, string id, string sketchId) =>
        AlgorithmSketchesDomain.Image(request.Store, request.Caller, id, sketchId).ToBytes();

    private static Results<NoContent, HubError> DeleteSketch(HubRequest request, string id, string sketchId) =>
        AlgorithmSketchesDomain.Delete(request.Store, request.Caller, id, sketchId).OrNoContent();

    private static Results<HubListResult<AlgorithmRelation>, HubError> ListRelations(HubRequest request, string id) =>
        AlgorithmRelationsDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<AlgorithmRelation>, HubError> CreateRelation(HubRequest request, string id, JsonBody<CreateAlgorithmRelationRequest> body) =>
        AlgorithmRelationsDomain.Create(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> DeleteRelation(HubRequest request, string id, string relationId) =>
        AlgorithmRelationsDomain.Delete(request.Store, request.Caller, id, relationId).OrNoContent();

    private static Results<HubListResult<AlgorithmMember>, HubError> ListMembers(HubRequest request, string id) =>
        AlgorithmMembersDomain.List(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<AlgorithmMember>, HubError> SetMember(HubRequest request, string id, JsonBody<SetAlgorithmMemberRequest> body) =>
        AlgorithmMembersDomain.Set(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> DeleteMember(HubRequest request, string id, string memberId) =>
        AlgorithmMembersDomain.Delete(request.Store, request.Caller, id, memberId).OrNoContent();
}
