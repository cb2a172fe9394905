using System.Text.Json;
using KipuHub.Contract;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Store;
using KipuHub.FakeServer.Wire;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// A request that passed the shared pipeline: authenticated, in a tenant the caller may act in with the method's
/// role, with valid query and body. Handlers take it as a parameter (bound by HandlerInvoker).
/// </summary>
internal sealed class HubRequest
{
    public required HubEndpoint Endpoint { get; init; }

    public required FakeHubStore Store { get; init; }

    public required Caller Caller { get; init; }

    public required HubQuery Query { get; init; }

    public object? Body { get; init; }

    /// <summary>The declared parts of a multipart body that were sent, by name.</summary>
    public IReadOnlyDictionary<string, Upload>? Uploads { get; init; }

    /// <summary>The first declared part of a multipart body, which is always required.</summary>
    public Upload? Upload => Uploads?.GetValueOrDefault(Endpoint.Parts[0].Name);

    /// <summary>The request's trace, which the answer's bytes are handed to (<see cref="IHeldResult"/>).</summary>
    public required RequestTrace Trace { get; init; }

    /// <summary>A list answered the way the catalog says: a filtered, sorted page envelope or plain array.</summary>
    public HubListResult<T> List<T>(IEnumerable<T> items) => new(this, items, null);

    /// <summary>
    /// A list the store reads only when the store's list cache has no answer for this caller, tenant, query and state:
    /// reading every page of a list then reads and sorts it once. Only for endpoints whose list depends on nothing but
    /// the caller and the state (no path parameter); <paramref name="read"/> must be a static lambda.
    /// </summary>
    public HubListResult<T> List<T>(Func<FakeHubStore, Caller, IReadOnlyList<T>> read) => Endpoint.PathParameters.Count == 0
        ? new(this, null, read)
        : throw new InvalidOperationException($"{Endpoint.Id} has path parameters; its list is not keyed by them, so it cannot be cached.");
}

/// <summary>The parsed JSON body of an endpoint whose catalog entry names <typeparamref name="T"/> as its request.</summary>
internal sealed class JsonBody<T> where T : class
{
    private JsonBody(T value) => Value = value;

    public T Value { get; }

    /// <summary>The body of a request that passed the pipeline, if it is a <typeparamref name="T"/>.</summary>
    internal static JsonBody<T>? Of(HubRequest request) => request.Body is T value ? new JsonBody<T>(value) : null;
}

/// <summary>The text body of an endpoint whose catalog entry declares <see cref="HubBodyKind.Text"/>.</summary>
internal sealed record TextBody(string Text);

/// <summary>A part of a multipart upload (the first declared one when bound), read into memory within the upload limit.</summary>
internal sealed record Upload(string? FileName, string ContentType, byte[] Bytes);

/// <summary>
/// A result that hands its finished body to the request's trace (<see cref="RequestTrace.HoldBack"/>) when the
/// journal is tracing the request, instead of writing it: the journal sends it once the entry is recorded.
/// </summary>
internal interface IHeldResult : IResult;

/// <summary>Writes a list as the catalog entry's shape says: a page envelope or a plain JSON array.</summary>
internal sealed class HubListResult<T> : IHeldResult, IStatusCodeHttpResult
{
    private readonly HubRequest _request;
    private readonly IEnumerable<T>? _items;
    private readonly Func<FakeHubStore, Caller, IReadOnlyList<T>>? _read;

    internal HubListResult(HubRequest request, IEnumerable<T>? items, Func<FakeHubStore, Caller, IReadOnlyList<T>>? read)
    {
        _request = request;
        _items = items;
        _read = read;
    }

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = _read is null ? Serialize(_request.Query.Arrange(_items!)) : Cached(_read);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = bytes.Length;
        // The journal sends the bytes once the entry is recorded: no copy through its buffer.
        _request.Trace.HoldBack(bytes);
        return Task.CompletedTask;
    }

    /// <summary>The page's bytes from the store's list cache, or from a list read, arranged and kept there.</summary>
    private byte[] Cached(Func<FakeHubStore, Caller, IReadOnlyList<T>> read)
    {
        var store = _request.Store;
        var caller = _request.Caller;
        var query = _request.Query;
        var (page, size) = _request.Endpoint.Shape == HubResultShape.Page ? (query.Page, query.Size) : (-1, -1);
        var key = new ListKey(_request.Endpoint.Id, caller.UserId, caller.TenantId, caller.Role, query.ArrangementKey);
        var view = store.Lists.Find(key, store.Version, page, size, out var cached);
        if (cached is not null)
        {
            return cached;
        }
        view ??= Arrange(read, key);
        var bytes = Serialize((List<T>)view.Items);
        store.Lists.AddPage(view, page, size, bytes);
        return bytes;
    }

    // Apart from Cached, so a cache hit does not allocate the closure this needs.
    private ListView Arrange(Func<FakeHubStore, Caller, IReadOnlyList<T>> read, in ListKey key)
    {
        var store = _request.Store;
        var caller = _request.Caller;
        var (items, version) = store.ReadVersioned(() => read(store, caller));
        return store.Lists.Add(key, version, _request.Query.Arrange(items), items.Count);
    }

    private byte[] Serialize(List<T> arranged)
    {
        if (_request.Endpoint.Shape != HubResultShape.Page)
        {
            return JsonSerializer.SerializeToUtf8Bytes<IReadOnlyList<T>>(arranged, FakeWire.Answer<IReadOnlyList<T>>());
        }
        var page = _request.Query.PageOf(arranged);
        var envelope = new PageEnvelope<T>(page.Content, page.PageIndex, page.Size, page.TotalElements, page.TotalPages);
        return JsonSerializer.SerializeToUtf8Bytes(envelope, FakeWire.Answer<PageEnvelope<T>>());
    }
}
