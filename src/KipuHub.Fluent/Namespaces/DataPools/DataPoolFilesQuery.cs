using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The files of one data pool: a plain list, plus upload from a stream and download to a stream.</summary>
public sealed class DataPoolFilesQuery : HubCollectionQuery<DataPoolFilesQuery, DataPoolFile>
{
    private readonly string _dataPoolId;

    internal DataPoolFilesQuery(QueryState state, string dataPoolId)
        : base(state, HubCatalog.DataPoolFilesList, [dataPoolId]) => _dataPoolId = dataPoolId;

    /// <summary>Sends the list request. The endpoint returns every file at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesList))]
    public Task<IReadOnlyList<DataPoolFile>> ListAsync(CancellationToken cancellationToken = default) =>
        State.Connection.SendJsonAsync(ListCall(), DataPoolsJsonContext.Default.IReadOnlyListDataPoolFile, cancellationToken);

    /// <summary>A command that uploads a file as <c>multipart/form-data</c>. The stream is read when the command is sent, and is not closed.</summary>
    /// <param name="content">The file's bytes, read from the current position.</param>
    /// <param name="fileName">The file's name in the data pool.</param>
    /// <param name="contentType">The media type. <value>Default: <c>application/octet-stream</c>.</value></param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.DataPoolFilesUpload))]
    public HubCommand<DataPoolFile> Upload(Stream content, string fileName, string? contentType = null)
    {
        var call = Call(HubCatalog.DataPoolFilesUpload, _dataPoolId) with
        {
            Query = [new("filename", fileName)],
            Content = FileUpload.Content(content, fileName, contentType, "data.json"),
        };
        return Json(call, DataPoolsJsonContext.Default.DataPoolFile);
    }

    /// <summary>Uploads a file as <c>multipart/form-data</c>. The stream is not closed.</summary>
    /// <param name="content">The file's bytes, read from the current position.</param>
    /// <param name="fileName">The file's name in the data pool.</param>
    /// <param name="contentType">The media type. <value>Default: <c>application/octet-stream</c>.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesUpload))]
    public Task<DataPoolFile> UploadAsync(Stream content, string fileName, string? contentType = null, CancellationToken cancellationToken = default) =>
        Upload(content, fileName, contentType).SendAsync(cancellationToken);

    /// <summary>A command that streams a file's bytes into <paramref name="destination"/> without buffering the whole file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesDownload))]
    public HubCommand Download(string fileId, Stream destination) => Download(Call(HubCatalog.DataPoolFilesDownload, _dataPoolId, fileId), destination);

    /// <summary>Streams a file's bytes into <paramref name="destination"/> without buffering the whole file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesDownload))]
    public Task DownloadAsync(string fileId, Stream destination, CancellationToken cancellationToken = default) =>
        Download(fileId, destination).SendAsync(cancellationToken);

    /// <summary>A command that deletes a file.</summary>
    /// <param name="fileId">The file's id.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesDelete))]
    public HubCommand Delete(string fileId) => Empty(Call(HubCatalog.DataPoolFilesDelete, _dataPoolId, fileId));

    /// <summary>Deletes a file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.DataPoolFilesDelete))]
    public Task DeleteAsync(string fileId, CancellationToken cancellationToken = default) => Delete(fileId).SendAsync(cancellationToken);

    private protected override DataPoolFilesQuery With(QueryState state) => new(state, _dataPoolId);
}
