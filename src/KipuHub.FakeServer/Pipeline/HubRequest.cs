using System.Text.Json;
using KipuHub.Contract;
using KipuHub.FakeServer.Data;
using KipuHub.Serialization;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// A request that passed the shared pipeline: authenticated, in a tenant the caller may act in with the method's
/// role, with valid query and body. Handlers take it as a parameter; minimal APIs bind it through <see cref="BindAsync"/>.
/// </summary>
internal sealed class HubRequest
{
    private static readonly object s_itemKey = new();

    public required HubEndpoint Endpoint { get; init; }

    public required FakeHubStore Store { get; init; }

    public required Caller Caller { get; init; }

    public required HubQuery Query { get; init; }

    public object? Body { get; init; }

    public Upload? Upload { get; init; }

    public static ValueTask<HubRequest?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context));

    public static HubRequest? From(HttpContext context) => context.Items[s_itemKey] as HubRequest;

    public void AttachTo(HttpContext context) => context.Items[s_itemKey] = this;

    /// <summary>A list answered the way the catalog says: a filtered, sorted page envelope or plain array.</summary>
    public HubListResult<T> List<T>(IEnumerable<T> items) => new(this, items);
}

/// <summary>The parsed JSON body of an endpoint whose catalog entry names <typeparamref name="T"/> as its request.</summary>
internal sealed class JsonBody<T> where T : class
{
    private JsonBody(T value) => Value = value;

    public T Value { get; }

    public static ValueTask<JsonBody<T>?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(HubRequest.From(context)?.Body is T value ? new JsonBody<T>(value) : null);
}

/// <summary>The <c>file</c> part of a multipart upload, read into memory within the upload limit.</summary>
internal sealed record Upload(string? FileName, string ContentType, byte[] Bytes)
{
    public static ValueTask<Upload?> BindAsync(HttpContext context) => ValueTask.FromResult(HubRequest.From(context)?.Upload);
}

/// <summary>Writes a list as the catalog entry's shape says: a page envelope or a plain JSON array.</summary>
internal sealed class HubListResult<T>(HubRequest request, IEnumerable<T> items) : IResult, IStatusCodeHttpResult
{
    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = request.Endpoint.Shape == HubResultShape.Page
            ? JsonSerializer.SerializeToUtf8Bytes(PageEnvelope<T>.From(request.Query.ToPage(items)), HubJson.Info<PageEnvelope<T>>())
            : JsonSerializer.SerializeToUtf8Bytes<IReadOnlyList<T>>(request.Query.Arrange(items), HubJson.Info<IReadOnlyList<T>>());
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
