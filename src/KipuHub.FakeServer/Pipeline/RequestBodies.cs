using System.Text.Json;
using KipuHub.Contract;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>Reads request bodies by the catalog's body kind, answering client mistakes with 400, 413, 415 or 422.</summary>
internal static class RequestBodies
{
    /// <summary>Room for multipart boundaries and part headers on top of the file itself.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    private const string FilePart = "file";

    public static async Task<Result<object>> ReadJsonAsync(HttpContext context, HubEndpoint endpoint)
    {
        var requestType = endpoint.RequestType!;
        if (!IsJson(context.Request.ContentType))
        {
            return Failure.UnsupportedMediaType($"{endpoint.Method} {endpoint.PathTemplate} takes a JSON body ({requestType.Name}) " +
                $"with Content-Type application/json, got {Describe(context.Request.ContentType)}.");
        }
        object? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, FakeWire.Info(requestType), context.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Failure.Malformed($"The body is not a valid {requestType.Name} JSON document: {ex.Message}");
        }
        // Spelled out: in a conditional, the Failure would convert to object and pass as the body.
        if (body is null)
        {
            return Failure.Invalid($"The body must be a {requestType.Name} JSON object, not null.");
        }
        return body;
    }

    public static async Task<Result<Upload>> ReadUploadAsync(HttpContext context, HubEndpoint endpoint, long limit)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.UnsupportedMediaType($"{endpoint.Method} {endpoint.PathTemplate} takes a multipart/form-data upload " +
                $"with a part named '{FilePart}', got {Describe(request.ContentType)}.");
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            return Failure.Malformed("The multipart/form-data Content-Type has no boundary parameter.");
        }
        // Refuse a declared oversize body before reading a byte of it.
        if (request.ContentLength > limit + MultipartOverheadBytes)
        {
            return TooLarge(limit);
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        Upload? upload = null;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value != FilePart
                    || upload is not null)
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    continue;
                }
                var bytes = await ReadCappedAsync(section.Body, limit, context.RequestAborted);
                if (bytes is null)
                {
                    return TooLarge(limit);
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                    ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                upload = new Upload(string.IsNullOrWhiteSpace(fileName) ? null : fileName, section.ContentType ?? "application/octet-stream", bytes);
            }
        }
        // Kestrel's own BadHttpRequestException is an IOException too; it must keep its status, so let it pass.
        catch (Exception ex) when (ex is (IOException or InvalidDataException) and not BadHttpRequestException
            && !context.RequestAborted.IsCancellationRequested)
        {
            return Failure.Malformed($"The multipart/form-data body is malformed: {ex.Message}");
        }
        return upload is null
            ? Failure.Malformed($"The multipart/form-data body has no part named '{FilePart}'. Send the file in a part named '{FilePart}'.")
            : upload;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Failure TooLarge(long limit) =>
        Failure.TooLarge($"The upload is larger than the limit of {limit} bytes ({limit / 1024.0 / 1024.0:0.##} MiB).");

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static string Describe(string? contentType) =>
        string.IsNullOrEmpty(contentType) ? "no Content-Type" : $"'{contentType}'";
}
