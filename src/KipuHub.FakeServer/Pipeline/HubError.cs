using System.Text.Json;
using KipuHub.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// Every failure the fake answers with: the API's JSON error body (<c>errorMessage</c>, <c>status</c>, <c>error</c>,
/// <c>path</c>), written through HubJsonContext so the client reads exactly what it would read from the real API.
/// </summary>
internal sealed class HubError : IResult, IStatusCodeHttpResult
{
    private HubError(int status, string message)
    {
        Status = status;
        Message = message;
    }

    public int Status { get; }

    public string Message { get; }

    int? IStatusCodeHttpResult.StatusCode => Status;

    public static HubError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static HubError Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, message);

    public static HubError Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);

    public static HubError NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static HubError Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static HubError PayloadTooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);

    public static HubError UnsupportedMediaType(string message) => new(StatusCodes.Status415UnsupportedMediaType, message);

    public static HubError Unprocessable(string message) => new(StatusCodes.Status422UnprocessableEntity, message);

    public static HubError Internal(string message) => new(StatusCodes.Status500InternalServerError, message);

    public static HubError WithStatus(int status, string message) => new(status, message);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = new ErrorBody
        {
            ErrorMessage = Message,
            Status = Status,
            Error = ReasonPhrases.GetReasonPhrase(Status),
            Path = httpContext.Request.PathBase.Add(httpContext.Request.Path).Value,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, HubJsonContext.Default.ErrorBody);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    public override string ToString() => $"{Status} {Message}";
}
