using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.Namespaces.DataPools;

/// <summary>The data_pools namespace: named sets of files, listed as plain arrays.</summary>
internal static class DataPoolsApi
{
    public static HubRouteTable Routes { get; } = new("data_pools")
    {
        [nameof(HubCatalog.DataPoolsList)] = List,
        [nameof(HubCatalog.DataPoolsCreate)] = Create,
        [nameof(HubCatalog.DataPoolsGet)] = Get,
        [nameof(HubCatalog.DataPoolsUpdate)] = Update,
        [nameof(HubCatalog.DataPoolsDelete)] = Delete,
        [nameof(HubCatalog.DataPoolFilesList)] = ListFiles,
        [nameof(HubCatalog.DataPoolFilesUpload)] = Upload,
        [nameof(HubCatalog.DataPoolFilesDownload)] = Download,
        [nameof(HubCatalog.DataPoolFilesDelete)] = DeleteFile,
    };

    private static HubListResult<DataPool> List(HubRequest request) =>
        request.List(static (store, caller) => DataPoolsDomain.List(store, caller));

    private static Results<JsonHttpResult<DataPool>, HubError> Create(HubRequest request, JsonBody<CreateDataPoolRequest> body) =>
        DataPoolsDomain.Create(request.Store, request.Caller, body.Value).ToJson(request);

    private static Results<JsonHttpResult<DataPool>, HubError> Get(HubRequest request, string id) =>
        DataPoolsDomain.Get(request.Store, request.Caller, id).ToJson(request);

    private static Results<JsonHttpResult<DataPool>, HubError> Update(HubRequest request, string id, JsonBody<UpdateDataPoolRequest> body) =>
        DataPoolsDomain.Update(request.Store, request.Caller, id, body.Value).ToJson(request);

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        DataPoolsDomain.Delete(request.Store, request.Caller, id).OrNoContent();

    private static Results<HubListResult<DataPoolFile>, HubError> ListFiles(HubRequest request, string id) =>
        DataPoolsDomain.ListFiles(request.Store, request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<DataPoolFile>, HubError> Upload(HubRequest request, string id, Upload upload, string? filename) =>
        DataPoolsDomain.AddFile(request.Store, request.Caller, id, new FileUpload(upload.FileName, upload.ContentType, upload.Bytes), filename).ToJson(request);

    private static Results<FileContentHttpResult, HubError> Download(HubRequest request, string id, string fileId) =>
        DataPoolsDomain.GetFile(request.Store, request.Caller, id, fileId).ToBytes();

    private static Results<NoContent, HubError> DeleteFile(HubRequest request, string id, string fileId) =>
        DataPoolsDomain.DeleteFile(request.Store, request.Caller, id, fileId).OrNoContent();
}
