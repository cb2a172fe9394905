using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Errors;
using KipuHub.Serialization;

namespace KipuHub.Http;

/// <summary>
/// Reads the answer to a call: a success body as the endpoint's result, or an error body as an <see cref="ApiException"/>.
/// It is an instance per connection only because error bodies are searched for that connection's token.
/// </summary>
internal sealed class HubResponseReader
{
    /// <summary>How much of an error body is read and kept.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>As Stream.CopyToAsync: under the large object heap threshold.</summary>
    private const int CopyBufferBytes = 81_920;

    /// <summary>Tokens shorter than this are not searched for in error bodies (redacting them would mangle text).</summary>
    private const int MinRedactableTokenLength = 8;

    private readonly string _apiKey;

    public HubResponseReader(HubSettings settings)
    {
        _apiKey = settings.ApiKey;
    }

    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CallState state, JsonTypeInfo<T> resultType, CancellationToken token)
    {
        // The expected type's name is only needed for an error; computing it on every call cost reflection and ~400 B.
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            throw new HubResponseException(state.Method, state.Path, response.StatusCode, $"it has no body, where {state.Call.Endpoint.Id} returns a {FriendlyName(resultType.Type)}.");
        }
        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            T? result;
            try
            {
                result = await JsonSerializer.DeserializeAsync(stream, resultType, token).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new HubResponseException(
                    state.Method,
                    state.Path,
                    response.StatusCode,
                    $"its body could not be read as the {FriendlyName(resultType.Type)} that {state.Call.Endpoint.Id} returns: {ex.Message}",
                    ex);
            }
            catch (IOException ex)
            {
                throw ConnectionLost(state, ex);
            }
            return result ?? throw new HubResponseException(
                state.Method, state.Path, response.StatusCode, $"its body is JSON null, where {state.Call.Endpoint.Id} returns a {FriendlyName(resultType.Type)}.");
        }
    }

    /// <remarks>
    /// Copied by hand rather than with Stream.CopyToAsync, so that a failed read (the connection) and a failed write
    /// (the caller's stream, a full disk say) are told apart.
    /// </remarks>
    public static async Task<bool> CopyBodyAsync(HttpResponseMessage response, CallState state, Stream destination, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferBytes);
        try
        {
            var source = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await source.ReadAsync(buffer, token).ConfigureAwait(false);
                    }
                    catch (IOException ex)
                    {
                        throw ConnectionLost(state, ex);
                    }
                    if (read == 0)
                    {
                        return true;
                    }
                    await destination.WriteAsync(buffer.AsMemory(0, read), token).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<ApiException> ReadErrorAsync(HttpResponseMessage response, CallState state, CancellationToken token)
    {
        string body;
        try
        {
            body = await ReadCappedTextAsync(response.Content, MaxErrorBodyBytes, token).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw ConnectionLost(state, ex);
        }
        var errorMessage = LooksLikeJson(response.Content, body) ? ParseErrorMessage(body) : null;
        return CreateApiException(
            response.StatusCode,
            state.Method,
            state.Path,
            Redact(errorMessage),
            Redact(body)!,
            CollectHeaders(response));
    }

    internal static ApiException CreateApiException(
        HttpStatusCode status,
        string method,
        string path,
        string? errorMessage,
        string body,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers) => (int)status switch
        {
            400 => new BadRequestException(method, path, errorMessage, body, headers),
            401 => new UnauthorizedException(method, path, errorMessage, body, headers),
            403 => new ForbiddenException(method, path, errorMessage, body, headers),
            404 => new NotFoundException(method, path, errorMessage, body, headers),
            409 => new ConflictException(method, path, errorMessage, body, headers),
            413 => new ContentTooLargeException(method, path, errorMessage, body, headers),
            415 => new UnsupportedMediaTypeException(method, path, errorMessage, body, headers),
            422 => new UnprocessableEntityException(method, path, errorMessage, body, headers),
            500 => new InternalServerException(method, path, errorMessage, body, headers),
            _ => new ApiException(status, method, path, errorMessage, body, headers),
        };

    private static async Task<string> ReadCappedTextAsync(HttpContent content, int maxBytes, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var total = 0;
            var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total, maxBytes - total), token).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }
            }
            return EncodingOf(content).GetString(buffer, 0, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The server has answered, so the attempts are over: a body cut off is not retried.</summary>
    private static HubConnectionException ConnectionLost(CallState state, IOException cause) =>
        new(state.Method, state.Path, state.Attempts, cause);

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // Unknown charset: fall back to UTF-8.
            }
        }
        return Encoding.UTF8;
    }

    private static bool LooksLikeJson(HttpContent content, string body)
    {
        var mediaType = content.Headers.ContentType?.MediaType;
        return mediaType is not null && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            || body.AsSpan().TrimStart().StartsWith("{");
    }

    private static string? ParseErrorMessage(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, HubJsonContext.Default.ErrorBody);
            return string.IsNullOrWhiteSpace(error?.ErrorMessage) ? null : error.ErrorMessage;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = [.. values];
        }
        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = [.. values];
        }
        return headers;
    }

    /// <summary>Hides the token should a server or proxy echo it into an error body.</summary>
    private string? Redact(string? text) =>
        text is null || _apiKey.Length < MinRedactableTokenLength
            ? text
            : text.Replace(_apiKey, "***", StringComparison.Ordinal);

    private static string FriendlyName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(FriendlyName))}>";
    }
}
