using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The files of one implementation: a paged query sorted by <c>name</c> or <c>createdAt</c>, upload from a stream, download to a stream, delete.</summary>
public sealed class ImplementationFilesQuery : HubPagedQuery<ImplementationFilesQuery, ImplementationFile>
{
    private readonly string _algorithmId;
    private readonly string _implementationId;

    internal ImplementationFilesQuery(QueryState state, string algorithmId, string implementationId)
        : base(state, HubCatalog.ImplementationFilesList, [algorithmId, implementationId])
    {
        _algorithmId = algorithmId;
        _implementationId = implementationId;
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesList))]
    public Task<Page<ImplementationFile>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementationFile, cancellationToken);

    /// <summary>Reads every file, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesList))]
    public IAsyncEnumerable<ImplementationFile> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementationFile, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesList))]
    public IAsyncEnumerable<Page<ImplementationFile>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementationFile, cancellationToken);

    /// <summary>A command that uploads a file (multipart part <c>file</c>). The stream is read when the command is sent, and is not closed.</summary>
    /// <param name="content">The file's bytes, read from the current position.</param>
    /// <param name="fileName">The file's name in the implementation; unique there.</param>
    /// <param name="contentType">The media type. <value>Default: <c>application/octet-stream</c>.</value></param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.ImplementationFilesUpload))]
    public HubCommand<ImplementationFile> Upload(Stream content, string fileName, string? contentType = null) =>
        Json(Call(HubCatalog.ImplementationFilesUpload, _algorithmId, _implementationId) with
        {
            Content = FileUpload.Content(content, fileName, contentType, "program.py"),
        }, ImplementationsJsonContext.Default.ImplementationFile);

    /// <summary>Uploads a file (multipart part <c>file</c>). The stream is not closed.</summary>
    /// <param name="content">The file's bytes, read from the current position.</param>
    /// <param name="fileName">The file's name in the implementation; unique there.</param>
    /// <param name="contentType">The media type. <value>Default: <c>application/octet-stream</c>.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesUpload))]
    public Task<ImplementationFile> UploadAsync(Stream content, string fileName, string? contentType = null, CancellationToken cancellationToken = default) =>
        Upload(content, fileName, contentType).SendAsync(cancellationToken);

    /// <summary>A command that streams a file's bytes into <paramref name="destination"/> without buffering the whole file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesDownload))]
    public HubCommand Download(string fileId, Stream destination) =>
        Download(Call(HubCatalog.ImplementationFilesDownload, _algorithmId, _implementationId, fileId), destination);

    /// <summary>Streams a file's bytes into <paramref name="destination"/> without buffering the whole file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesDownload))]
    public Task DownloadAsync(string fileId, Stream destination, CancellationToken cancellationToken = default) =>
        Download(fileId, destination).SendAsync(cancellationToken);

    /// <summary>A command that deletes a file.</summary>
    /// <param name="fileId">The file's id.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesDelete))]
    public HubCommand Delete(string fileId) => Empty(Call(HubCatalog.ImplementationFilesDelete, _algorithmId, _implementationId, fileId));

    /// <summary>Deletes a file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationFilesDelete))]
    public Task DeleteAsync(string fileId, CancellationToken cancellationToken = default) => Delete(fileId).SendAsync(cancellationToken);

    private protected override ImplementationFilesQuery With(QueryState state) => new(state, _algorithmId, _implementationId);
}
