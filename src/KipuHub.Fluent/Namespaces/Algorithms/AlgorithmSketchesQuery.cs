using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The sketches of one algorithm: a paged query sorted by <c>createdAt</c>, image upload and download, delete.</summary>
public sealed class AlgorithmSketchesQuery : HubPagedQuery<AlgorithmSketchesQuery, AlgorithmSketch>
{
    private readonly string _algorithmId;

    internal AlgorithmSketchesQuery(QueryState state, string algorithmId)
        : base(state, HubCatalog.AlgorithmSketchesList, [algorithmId]) => _algorithmId = algorithmId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesList))]
    public Task<Page<AlgorithmSketch>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmSketch, cancellationToken);

    /// <summary>Reads every sketch, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesList))]
    public IAsyncEnumerable<AlgorithmSketch> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmSketch, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesList))]
    public IAsyncEnumerable<Page<AlgorithmSketch>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmSketch, cancellationToken);

    /// <summary>
    /// A command that uploads a sketch as <c>multipart/form-data</c>: the image in the part <c>image</c> and the
    /// description, if any, in the part <c>description</c>. The stream is read when the command is sent, and is not closed.
    /// </summary>
    /// <param name="image">The image's bytes, read from the current position.</param>
    /// <param name="fileName">The image's file name, for example <c>circuit.png</c>.</param>
    /// <param name="description">What the image shows, or null for none.</param>
    /// <param name="contentType">
    /// The media type: <c>image/png</c>, <c>image/jpeg</c> or <c>image/svg+xml</c> (the server refuses others with 415).
    /// <value>Default: taken from the file name's extension (.png, .jpg, .jpeg, .svg), else <c>application/octet-stream</c>.</value>
    /// </param>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name is blank.</exception>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesUpload))]
    public HubCommand<AlgorithmSketch> Upload(Stream image, string fileName, string? description = null, string? contentType = null)
    {
        var files = FileUpload.Parts(new FilePart("image", image, fileName, contentType ?? ImageTypeOf(fileName), "sketch.png"));
        Func<HttpContent> content = description is null ? files : () =>
        {
            var multipart = (MultipartFormDataContent)files();
            multipart.Add(new StringContent(description), "description");
            return multipart;
        };
        return Json(Call(HubCatalog.AlgorithmSketchesUpload, _algorithmId) with { Content = content }, AlgorithmsJsonContext.Default.AlgorithmSketch);
    }

    /// <summary>Uploads a sketch: an image and an optional description. The stream is not closed.</summary>
    /// <param name="image">The image's bytes, read from the current position.</param>
    /// <param name="fileName">The image's file name, for example <c>circuit.png</c>.</param>
    /// <param name="description">What the image shows, or null for none.</param>
    /// <param name="contentType">The media type. <value>Default: taken from the file name's extension.</value></param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesUpload))]
    public Task<AlgorithmSketch> UploadAsync(Stream image, string fileName, string? description = null, string? contentType = null,
        CancellationToken cancellationToken = default) =>
        Upload(image, fileName, description, contentType).SendAsync(cancellationToken);

    /// <summary>A command that streams a sketch's image into <paramref name="destination"/>.</summary>
    /// <param name="sketchId">The sketch's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesDownloadImage))]
    public HubCommand DownloadImage(string sketchId, Stream destination) =>
        Download(Call(HubCatalog.AlgorithmSketchesDownloadImage, _algorithmId, sketchId), destination);

    /// <summary>Streams a sketch's image (the bytes uploaded) into <paramref name="destination"/>.</summary>
    /// <param name="sketchId">The sketch's id.</param>
    /// <param name="destination">Where the bytes are written; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesDownloadImage))]
    public Task DownloadImageAsync(string sketchId, Stream destination, CancellationToken cancellationToken = default) =>
        DownloadImage(sketchId, destination).SendAsync(cancellationToken);

    /// <summary>A command that deletes a sketch.</summary>
    /// <param name="sketchId">The sketch's id.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesDelete))]
    public HubCommand Delete(string sketchId) => Empty(Call(HubCatalog.AlgorithmSketchesDelete, _algorithmId, sketchId));

    /// <summary>Deletes a sketch.</summary>
    /// <param name="sketchId">The sketch's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesDelete))]
    public Task DeleteAsync(string sketchId, CancellationToken cancellationToken = default) => Delete(sketchId).SendAsync(cancellationToken);

    private protected override AlgorithmSketchesQuery With(QueryState state) => new(state, _algorithmId);

    /// <summary>The image media type a file name's extension names, or <c>application/octet-stream</c>.</summary>
    private static string ImageTypeOf(string? fileName) => Path.GetExtension(fileName ?? "").ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".SVG" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
