using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using KipuHub.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KipuHub.FakeServer.DataPools;

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
        request.List(static (store, caller) => store.ListDataPools(caller));

    private static Results<JsonHttpResult<DataPool>, HubError> Create(HubRequest request, JsonBody<CreateDataPoolRequest> body) =>
        request.Store.CreateDataPool(request.Caller, body.Value).ToJson();

    private static Results<JsonHttpResult<DataPool>, HubError> Get(HubRequest request, string id) =>
        request.Store.GetDataPool(request.Caller, id).ToJson();

    private static Results<JsonHttpResult<DataPool>, HubError> Update(HubRequest request, string id, JsonBody<UpdateDataPoolRequest> body) =>
        request.Store.UpdateDataPool(request.Caller, id, body.Value).ToJson();

    private static Results<NoContent, HubError> Delete(HubRequest request, string id) =>
        request.Store.DeleteDataPool(request.Caller, id).OrNoContent();

    private static Results<HubListResult<DataPoolFile>, HubError> ListFiles(HubRequest request, string id) =>
        request.Store.ListFiles(request.Caller, id).ToList(request);

    private static Results<JsonHttpResult<DataPoolFile>, HubError> Upload(HubRequest request, string id, Upload upload, string? filename) =>
        request.Store.AddFile(request.Caller, id, upload, filename).ToJson();

    private static Results<FileContentHttpResult, HubError> Download(HubRequest request, string id, string fileId)
    {
        var found = request.Store.GetFile(request.Caller, id, fileId);
        return found.Error is { } error ? error : TypedResults.Bytes(found.Value!.Bytes, found.Value.ContentType, found.Value.Name);
    }

    private static Results<NoContent, HubError> DeleteFile(HubRequest request, string id, string fileId) =>
        request.Store.DeleteFile(request.Caller, id, fileId).OrNoContent();
}
