using System.Net;

namespace KipuHub.Errors;

/// <summary>
/// The API answered a call with a non-success status. Statuses with a meaning of their own raise a subclass
/// (<see cref="BadRequestException"/> 400, <see cref="UnauthorizedException"/> 401, <see cref="ForbiddenException"/> 403,
/// <see cref="NotFoundException"/> 404, <see cref="ConflictException"/> 409, <see cref="ContentTooLargeException"/> 413,
/// <see cref="UnsupportedMediaTypeException"/> 415, <see cref="UnprocessableEntityException"/> 422,
/// <see cref="InternalServerException"/> 500); any other status raises this type itself.
/// </summary>
/// <remarks>
/// Transient statuses (408, 429, 502, 503, 504) are retried first, as <see cref="HubPlatformClientOptions.MaxRetries"/> allows;
/// the exception describes the last answer. Neither the message nor any property holds request headers or the token.
/// </remarks>
public class ApiException : HubException
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_noHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the exception for an error answer.</summary>
    /// <param name="statusCode">The status of the answer.</param>
    /// <param name="method">The HTTP method of the call, for example <c>POST</c>.</param>
    /// <param name="path">The path of the call relative to the base URL, values filled in, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text (at most its first 64 KB), or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers (content headers included), or <see langword="null"/> for none.</param>
    public ApiException(
        HttpStatusCode statusCode,
        string method,
        string path,
        string? errorMessage = null,
        string? body = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(method, path, FormatMessage(statusCode, method, path, errorMessage))
    {
        StatusCode = statusCode;
        ErrorMessage = errorMessage;
        Body = body ?? "";
        Headers = headers ?? s_noHeaders;
    }

    /// <summary>The status of the answer, for example <see cref="HttpStatusCode.NotFound"/>; cast it to <see cref="int"/> for the number.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The server's explanation: the <c>errorMessage</c> of the JSON error body, or <see langword="null"/> when the body has none or is not JSON.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The error body as text: at most its first 64 KB, or empty when there was none.</summary>
    public string Body { get; }

    /// <summary>The response headers, content headers included, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The standard reason phrase of a status, for example <c>Not Found</c>; empty for unknown statuses.</summary>
    internal static string ReasonPhraseOf(HttpStatusCode statusCode)
    {
        using var response = new HttpResponseMessage(statusCode);
        return response.ReasonPhrase ?? "";
    }

    private static string FormatMessage(HttpStatusCode statusCode, string method, string path, string? errorMessage)
    {
        var reason = ReasonPhraseOf(statusCode);
        var status = reason.Length == 0 ? $"{(int)statusCode}" : $"{(int)statusCode} {reason}";
        return string.IsNullOrWhiteSpace(errorMessage)
            ? $"{method} {path} failed with {status}."
            : $"{method} {path} failed with {status}: {errorMessage}";
    }
}
