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

    /// <summary>The largest JSON body (docs/contract.md#limits); larger is 413.</summary>
    public const int MaxJsonBytes = 1024 * 1024;

    /// <summary>The longest multipart boundary RFC 2046 allows.</summary>
    private const int MaxBoundaryLength = 70;

    public static async Task<Result<object>> ReadJsonAsync(HttpContext context, HubEndpoint endpoint)
    {
        var requestType = endpoint.RequestType!;
        if (!IsJson(context.Request.ContentType))
        {
            return Failure.UnsupportedMediaType($"{endpoint.Method} {endpoint.PathTemplate} takes a JSON body ({requestType.Name}) " +
                $"with Content-Type application/json, got {Describe(context.Request.ContentType)}.");
        }
        if (context.Request.ContentLength > MaxJsonBytes)
        {
            return JsonTooLarge();
        }
        var bytes = await ReadCappedAsync(context.Request.Body, MaxJsonBytes, context.RequestAborted);
        if (bytes is null)
        {
            return JsonTooLarge();
        }
        if (TextProblem(bytes) is { } badText)
        {
            return Failure.Malformed($"The body is not a valid {requestType.Name} JSON document: {badText}");
        }
        object? body;
        try
        {
            body = JsonSerializer.Deserialize(bytes, FakeWire.Info(requestType));
        }
        catch (JsonException ex)
        {
            return Failure.Malformed($"The body is not a valid {requestType.Name} JSON document: {Echo.Of(ex.Message)}");
        }
        // Spelled out: in a conditional, the Failure would convert to object and pass as the body.
        if (body is null)
        {
            return Failure.Invalid($"The body must be a {requestType.Name} JSON object, not null.");
        }
        if (BodyRules.Problem(body) is { } invalid)
        {
            return invalid;
        }
        return body;
    }

    /// <summary>
    /// Reads every token and decodes every string and property name, the ignored ones included: the serializer skips
    /// unknown properties without decoding them, so invalid UTF-8 or a lone surrogate there would otherwise pass.
    /// </summary>
    private static string? TextProblem(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(reader.GetString()))
                {
                    return $"the string at byte {reader.TokenStartIndex} holds a lone surrogate; JSON text must be valid Unicode.";
                }
            }
            return null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Echo.Of(ex.Message);
        }
    }

    // Invalid UTF-8 makes GetString throw; an escaped lone surrogate (\uD800) decodes, so it is looked for here.
    private static bool IsValidText(string? text) => text is null || !HasLoneSurrogate(text);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i])))
            {
                return true;
            }
            if (char.IsLowSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static Failure JsonTooLarge() =>
        Failure.TooLarge($"A JSON body is at most {MaxJsonBytes} bytes (1 MiB).");

    /// <summary>The declared parts of a multipart body, by name; the first declared part is required, and a part sent twice is 400.</summary>
    public static async Task<Result<IReadOnlyDictionary<string, Upload>>> ReadUploadAsync(HttpContext context, HubEndpoint endpoint, long limit)
    {
        var request = context.Request;
        var required = endpoint.Parts.Where(p => p.Required).Select(p => $"'{p.Name}'").ToList();
        var described = required.Count == 1 && endpoint.Parts.Count == 1 ? $"a part named {required[0]}"
            : $"the parts {string.Join(", ", endpoint.Parts.Select(p => $"'{p.Name}'" + (p.Required ? "" : " (optional)")))}";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.UnsupportedMediaType($"{endpoint.Method} {endpoint.PathTemplate} takes a multipart/form-data upload " +
                $"with {described}, got {Describe(request.ContentType)}.");
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            return Failure.Malformed("The multipart/form-data Content-Type has no boundary parameter.");
        }
        if (boundary.Length > MaxBoundaryLength)
        {
            return Failure.Malformed($"The multipart boundary is {boundary.Length} characters long; at most {MaxBoundaryLength} are allowed (RFC 2046).");
        }
        // Refuse a declared oversize body before reading a byte of it.
        if (request.ContentLength > limit + MultipartOverheadBytes)
        {
            return TooLarge(limit);
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var uploads = new Dictionary<string, Upload>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
                    : null;
                if (name is null || !endpoint.Parts.Any(p => p.Name == name) || uploads.ContainsKey(name))
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    continue;
                }
                var bytes = await ReadCappedAsync(section.Body, limit - total, context.RequestAborted);
                if (bytes is null)
                {
                    return TooLarge(limit);
                }
                total += bytes.Length;
                var fileName = HeaderUtilities.RemoveQuotes(disposition!.FileNameStar).Value
                    ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (PartTypeProblem(section.ContentType) is { } badType)
                {
                    return badType;
                }
                uploads[name] = new Upload(string.IsNullOrWhiteSpace(fileName) ? null : fileName, section.ContentType ?? "application/octet-stream", bytes);
            }
        }
        // Kestrel's own BadHttpRequestException is an IOException too; it must keep its status, so let it pass.
        catch (Exception ex) when (ex is (IOException or InvalidDataException) and not BadHttpRequestException
            && !context.RequestAborted.IsCancellationRequested)
        {
            return Failure.Malformed($"The multipart/form-data body is malformed: {ex.Message}");
        }
        return endpoint.Parts.FirstOrDefault(p => p.Required && !uploads.ContainsKey(p.Name)) is { } missing
            ? Failure.Malformed($"The multipart/form-data body has no part named '{missing.Name}'. Send {described}.")
            : uploads;
    }

    /// <summary>A text body (text/plain, or XML), strict UTF-8, at most <see cref="MaxJsonBytes"/> bytes.</summary>
    public static async Task<Result<string>> ReadTextAsync(HttpContext context, HubEndpoint endpoint)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !s_textTypes.Contains(mediaType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return Failure.UnsupportedMediaType($"{endpoint.Method} {endpoint.PathTemplate} takes a text body with Content-Type " +
                $"{string.Join(", ", s_textTypes)}, got {Describe(context.Request.ContentType)}.");
        }
        var bytes = context.Request.ContentLength > MaxJsonBytes ? null : await ReadCappedAsync(context.Request.Body, MaxJsonBytes, context.RequestAborted);
        if (bytes is null)
        {
            return Failure.TooLarge($"A text body is at most {MaxJsonBytes} bytes (1 MiB).");
        }
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Failure.Malformed("The body is not UTF-8 text.");
        }
    }

    private static readonly string[] s_textTypes = ["text/plain", "text/xml", "application/xml"];

    /// <summary>
    /// The file part's media type must be one a download can send back: a parseable type/subtype of printable ASCII
    /// (a control or non-ASCII character there would make every download of the file fail).
    /// </summary>
    private static Failure? PartTypeProblem(string? contentType) =>
        contentType is null
        || (contentType.Length <= 255 && contentType.All(c => c is >= ' ' and <= '~') && MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.SubType.HasValue)
            ? null
            : Failure.UnsupportedMediaType($"The file part's Content-Type {Echo.Of(contentType)} is not a media type: give type/subtype in printable ASCII, " +
                "for example text/csv or application/octet-stream.");

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
        string.IsNullOrEmpty(contentType) ? "no Content-Type" : $"'{Echo.Of(contentType)}'";
}
