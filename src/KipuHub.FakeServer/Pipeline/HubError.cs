using System.Text.Json;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;
using Microsoft.AspNetCore.WebUtilities;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// Every failure the fake answers with: the API's JSON error body (<c>errorMessage</c>, <c>status</c>, <c>error</c>,
/// <c>path</c>), as the client would read it from the real API (docs/contract.md#errors).
/// </summary>
internal sealed class HubError : IHeldResult, IStatusCodeHttpResult
{
    /// <summary>A safety net under the per-value quoting (<see cref="Echo"/>): no message grows past this.</summary>
    public const int MaxMessageLength = 1_000;

    private HubError(int status, string message)
    {
        Status = status;
        Message = message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "…";
    }

    public int Status { get; }

    public string Message { get; }

    int? IStatusCodeHttpResult.StatusCode => Status;

    public static HubError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static HubError Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, message);

    public static HubError NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static HubError Internal(string message) => new(StatusCodes.Status500InternalServerError, message);

    public static HubError WithStatus(int status, string message) => new(status, message);

    /// <summary>The answer to a request the store or the pipeline refused: each kind of failure has its status.</summary>
    public static HubError From(Failure failure) => new(StatusOf(failure.Kind), failure.Message);

    public static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.Malformed => StatusCodes.Status400BadRequest,
        FailureKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        FailureKind.Denied => StatusCodes.Status403Forbidden,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        FailureKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        FailureKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A failure kind without a status."),
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = new ErrorBody(Message, Status, ReasonPhrases.GetReasonPhrase(Status), httpContext.Request.PathBase.Add(httpContext.Request.Path).Value);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, FakeWire.Info<ErrorBody>());
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.ContentLength = bytes.Length;
        if (Journal.RequestTrace.Of(httpContext) is { } trace)
        {
            trace.HoldBack(bytes);
            return Task.CompletedTask;
        }
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    public override string ToString() => $"{Status} {Message}";
}
