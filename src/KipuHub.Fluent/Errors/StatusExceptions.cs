using System.Net;

namespace KipuHub.Errors;

/// <summary>The API answered 400 Bad Request: the request was malformed (unparseable JSON, wrong JSON types, bad query values).</summary>
public sealed class BadRequestException : ApiException
{
    /// <summary>Creates the exception for a 400 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public BadRequestException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.BadRequest, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 401 Unauthorized: the token in <c>X-Auth-Token</c> is missing, unknown or expired.</summary>
public sealed class UnauthorizedException : ApiException
{
    /// <summary>Creates the exception for a 401 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public UnauthorizedException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.Unauthorized, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 403 Forbidden: the caller is not a member of the organization named in <c>X-OrganizationId</c>, or its role is too low for the action.</summary>
public sealed class ForbiddenException : ApiException
{
    /// <summary>Creates the exception for a 403 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public ForbiddenException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.Forbidden, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 404 Not Found: the id is unknown, or the resource belongs to another tenant.</summary>
public sealed class NotFoundException : ApiException
{
    /// <summary>Creates the exception for a 404 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public NotFoundException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.NotFound, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 409 Conflict: the resource's state forbids the action (for example deleting a published service).</summary>
public sealed class ConflictException : ApiException
{
    /// <summary>Creates the exception for a 409 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public ConflictException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.Conflict, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 413 Content Too Large: an upload is over the limit.</summary>
public sealed class ContentTooLargeException : ApiException
{
    /// <summary>Creates the exception for a 413 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public ContentTooLargeException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.RequestEntityTooLarge, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 415 Unsupported Media Type: the request body has the wrong <c>Content-Type</c>.</summary>
public sealed class UnsupportedMediaTypeException : ApiException
{
    /// <summary>Creates the exception for a 415 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public UnsupportedMediaTypeException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.UnsupportedMediaType, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 422 Unprocessable Entity: a well-formed body failed validation (a required field is missing or empty, or a value is too long).</summary>
public sealed class UnprocessableEntityException : ApiException
{
    /// <summary>Creates the exception for a 422 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public UnprocessableEntityException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.UnprocessableEntity, method, path, errorMessage, body, headers)
    {
    }
}

/// <summary>The API answered 500 Internal Server Error: the server failed.</summary>
public sealed class InternalServerException : ApiException
{
    /// <summary>Creates the exception for a 500 answer.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="errorMessage">The <c>errorMessage</c> of the JSON error body, if any.</param>
    /// <param name="body">The error body as text, or <see langword="null"/> for none.</param>
    /// <param name="headers">The response headers, or <see langword="null"/> for none.</param>
    public InternalServerException(string method, string path, string? errorMessage = null, string? body = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
        : base(HttpStatusCode.InternalServerError, method, path, errorMessage, body, headers)
    {
    }
}
