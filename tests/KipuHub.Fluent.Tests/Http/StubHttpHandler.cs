using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that records every request and answers from a script, in order. When the
/// script runs out, the last step answers again (so <c>Always(503)</c> is one step). With no script it answers 200 <c>{}</c>.
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _last;

    public StubHttpHandler()
    {
        _last = (_, _) => Task.FromResult(Json(HttpStatusCode.OK, "{}"));
    }

    /// <summary>Every request seen, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Every response handed out, in order (to check that discarded ones were disposed).</summary>
    public ConcurrentQueue<TrackedContent> Contents { get; } = new();

    public StubHttpHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public StubHttpHandler Then(Func<HttpResponseMessage> response) => Then((_, _) => Task.FromResult(response()));

    public StubHttpHandler Then(HttpStatusCode status, string body = "{}", string mediaType = "application/json", Action<HttpResponseMessage>? configure = null) =>
        Then(() =>
        {
            var response = Json(status, body, mediaType);
            configure?.Invoke(response);
            return response;
        });

    public StubHttpHandler Then(int status, string body = "{}", string mediaType = "application/json", Action<HttpResponseMessage>? configure = null) =>
        Then((HttpStatusCode)status, body, mediaType, configure);

    /// <summary>Throws as a refused connection would.</summary>
    public StubHttpHandler ThenConnectionFailure() =>
        Then((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (stub)", null, null)));

    /// <summary>
    /// Answers <paramref name="status"/> with the start of a JSON body, then fails the next read as a dropped connection
    /// would: with <paramref name="failure"/>, or by default the <see cref="HttpIOException"/> SocketsHttpHandler raises.
    /// </summary>
    public StubHttpHandler ThenBodyCutOff(HttpStatusCode status = HttpStatusCode.OK, IOException? failure = null) =>
        Then(() =>
        {
            var cut = failure ?? new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely (stub).");
            var content = new StreamContent(new BreakingStream("""{"id":"p","count":"""u8.ToArray(), cut));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(status) { Content = content };
        });

    /// <summary>Waits (honouring cancellation) before answering 200.</summary>
    public StubHttpHandler ThenDelay(TimeSpan delay, string body = "{}") =>
        Then(async (_, token) =>
        {
            await Task.Delay(delay, token);
            return Json(HttpStatusCode.OK, body);
        });

    public HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        var content = new TrackedContent(Encoding.UTF8.GetBytes(body), mediaType);
        Contents.Enqueue(content);
        return new HttpResponseMessage(status) { Content = content };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.NonValidated.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            Stopwatch.GetTimestamp(),
            request));
        if (_script.TryDequeue(out var step))
        {
            _last = step;
        }
        var response = await _last(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    /// <summary>A byte body that remembers whether it was disposed.</summary>
    internal sealed class TrackedContent : ByteArrayContent
    {
        public TrackedContent(byte[] bytes, string mediaType)
            : base(bytes)
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}

/// <summary>Delivers its bytes, then fails; not seekable, so that its content has no length, as a streamed answer.</summary>
internal sealed class BreakingStream(byte[] bytes, IOException failure) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == bytes.Length)
        {
            throw failure;
        }
        var count = Math.Min(buffer.Length, bytes.Length - _position);
        bytes.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return ValueTask.FromResult(Read(buffer.Span));
        }
        catch (IOException ex)
        {
            return ValueTask.FromException<int>(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>What a request looked like when it reached the handler.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body,
    long Timestamp,
    HttpRequestMessage Message)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
