using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>The implementations namespace's routes; paging, the name search and sorting come from the catalog entries.</summary>
internal static class ImplementationsApi
{
    public static HubRouteTable Routes { get; } = new("implementations")
    {
        [nameof(HubCatalog.ImplementationsListAll)] = ListAll,
        [nameof(HubCatalog.ImplementationsList)] = List,
        [nameof(HubCatalog.ImplementationsGet)] = Get,
        [nameof(HubCatalog.ImplementationsCreate)] = Create,
        [nameof(HubCatalog.ImplementationsUpdate)] = Update,
        [nameof(HubCatalog.ImplementationsDelete)] = Delete,
        [nameof(HubCatalog.ImplementationFilesList)] = ListFiles,
        [nameof(HubCatalog.ImplementationFilesUpload)] = UploadFile,
        [nameof(HubCatalog.ImplementationFilesDownload)] = FileContent,
        [nameof(HubCatalog.ImplementationFilesDelete)] = DeleteFile,
    };

    private static HubListResult<Implementation> ListAll(HubRequest request) =>
        request.List(static (store, caller) => ImplementationsDomain.ListAll(store, caller));

    private static Results<HubListResult<Implementation>, HubError> List(HubRequest request, string algorithmId) =>
        ImplementationsDomain.List(request.Store, request.Caller, algorithmId).ToList(request);

    private static Results<JsonHttpResult<Implementation>, HubError> Get(HubRequest request, string algorithmId, string implementationId) =>
        ImplementationsDomain.Get(request.Store, request.Caller, algorithmId, implementationId).ToJson(request);

    private static Results<JsonHttpResult<Implementation>, HubError> Create(HubRequest request, string algorithmId, JsonBody<CreateImplementationRequest> body) =>
        ImplementationsDomain.Create(request.Store, request.Caller, algorithmId, body.Value).ToJson(request);

    private static Results<JsonHttpResult<Implementation>, HubError> Update(HubRequest request, string algorithmId, string implementationId,
        JsonBody<UpdateImplementationRequest> body) =>
        ImplementationsDomain.Update(request.Store, request.Caller, algorithmId, implementationId, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string algorithmId, string implementationId) =>
        ImplementationsDomain.Delete(request.Store, request.Caller, algorithmId, implementationId).OrNoContent();

    private static Results<HubListResult<ImplementationFile>, HubError> ListFiles(HubRequest request, string algorithmId, string implementationId) =>
        ImplementationFilesDomain.List(request.Store, request.Caller, algorithmId, implementationId).ToList(request);

    private static Results<JsonHttpResult<ImplementationFile>, HubError> UploadFile(HubRequest request, string algorithmId, string implementationId, Upload upload) =>
        ImplementationFilesDomain.Add(request.Store, request.Caller, algorithmId, implementationId,
            new ImplementationFileUpload(upload.FileName, upload.ContentType, upload.Bytes)).ToJson(request);

    private static Results<FileContentHttpResult, HubError> FileContent(HubRequest request, string algorithmId, string implementationId, string fileId) =>
        ImplementationFilesDomain.Content(request.Store, request.Caller, algorithmId, implementationId, fileId).ToBytes();

    private static Results<NoContent, HubError> DeleteFile(HubRequest request, string algorithmId, string implementationId, string fileId) =>
        ImplementationFilesDomain.Delete(request.Store, request.Caller, algorithmId, implementationId, fileId).OrNoContent();
}
