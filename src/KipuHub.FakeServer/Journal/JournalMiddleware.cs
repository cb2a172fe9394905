using System.Diagnostics;
using KipuHub.FakeServer.Admin;
using Microsoft.AspNetCore.Http.Features;

namespace KipuHub.FakeServer.Journal;

/// <summary>
/// The outermost middleware: records every API request (not the admin API's, nor the OpenAPI document) with what
/// the pipeline learned about it. It reads no request header, so the token never reaches the journal.
/// </summary>
internal sealed partial class JournalMiddleware(RequestDelegate next, JournalBuffer journal, TimeProvider clock, ILogger<JournalMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(AdminApi.BasePath) || path.StartsWithSegments("/openapi"))
        {
            await next(context);
            return;
        }
        var trace = new RequestTrace();
        trace.AttachTo(context);
        var timestamp = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        // A request that cannot have a body (a GET without Content-Length or chunking, say) has nothing to count.
        var requestBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false
            ? null
            : new CountingStream(context.Request.Body);
        // The answer is held back until its entry is in the journal: a test that asserts on the journal right after
        // its call returns must find the call there. The fake's own results and errors hand their bytes to the trace
        // (IHeldResult); any other result writes into the trace's buffer (HandlerInvoker sees to it).
        if (requestBody is not null)
        {
            context.Request.Body = requestBody;
        }
        try
        {
            await next(context);
        }
        finally
        {
            if (requestBody is not null)
            {
                context.Request.Body = requestBody.Inner;
            }
            trace.RestoreBody(context);
            var entry = new JournalRecord
            {
                Timestamp = timestamp,
                Method = context.Request.Method,
                Path = context.Request.PathBase.Add(path).Value ?? string.Empty,
                Query = trace.Query?.Recorded ?? QueryRedaction.Of(context.Request.QueryString, trace.Endpoint),
                Route = trace.Endpoint?.Id,
                TenantId = trace.TenantId,
                PrincipalId = trace.PrincipalId,
                Principal = trace.Principal,
                Status = trace.Dropped ? 0 : context.Response.StatusCode,
                DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                RequestBytes = Math.Max(requestBody?.Count ?? 0, context.Request.ContentLength ?? 0),
                ResponseBytes = trace.Dropped ? 0 : (trace.Buffered?.Length ?? 0) + trace.HeldBody.Length,
                Page = trace.Page,
                Size = trace.Size,
                Fault = trace.Fault,
                Diagnostics = trace.Diagnostics is { } found ? [.. found] : [],
            };
            journal.Add(entry);
            // The host's own request log prints the raw query string, which may hold a token; this line hides it.
            // Checked first, so a quiet log costs no string per request.
            if (logger.IsEnabled(LogLevel.Information))
            {
                LogRequest(logger, entry.Method, entry.Path, entry.Query.Length > 0 ? "?" + entry.Query : "", entry.Status, entry.DurationMs);
            }
        }
        // Read once: Kestrel hands out the token under a lock.
        var aborted = context.RequestAborted;
        if (!trace.Dropped && !aborted.IsCancellationRequested)
        {
            // The answer is whole by now, so it can say its length: a framework result (JSON) would otherwise go out
            // chunked, its body and the closing chunk as two sends, where one send with Content-Length does.
            var length = (trace.Buffered?.Length ?? 0) + trace.HeldBody.Length;
            if (length > 0 && !context.Response.HasStarted && context.Response.ContentLength is null)
            {
                context.Response.ContentLength = length;
            }
            if (trace.Buffered is { Length: > 0 } buffered)
            {
                buffered.Position = 0;
                await buffered.CopyToAsync(context.Response.Body, aborted);
            }
            if (trace.HeldBody.Length > 0)
            {
                await context.Response.Body.WriteAsync(trace.HeldBody, aborted);
            }
        }
    }

    /// <summary>Passes bytes through and counts them.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public Stream Inner { get; } = inner;

        public long Count { get; private set; }

        public override bool CanRead => Inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => Inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => Inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => Inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Inner.Read(buffer, offset, count);
            Count += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await Inner.ReadAsync(buffer, cancellationToken);
            Count += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Inner.Write(buffer, offset, count);
            Count += count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Inner.WriteAsync(buffer, cancellationToken);
            Count += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}{Query} answered {Status} in {DurationMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, string query, int status, double durationMs);
}
