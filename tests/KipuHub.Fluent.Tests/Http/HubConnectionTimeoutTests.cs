using KipuHub.Errors;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubConnectionTimeoutTests
{
    [Fact]
    public async Task SlowServer_RaisesHubTimeoutException()
    {
        var handler = new StubHttpHandler().ThenDelay(TimeSpan.FromSeconds(30));
        using var connection = TestHub.Connect(handler, o => o.Timeout = TimeSpan.FromMilliseconds(200));

        var act = () => connection.SendAsync(TestHub.GetService("svc-3"), default);

        var error = (await act.Should().ThrowAsync<HubTimeoutException>()).Which;
        error.Should().BeAssignableTo<HubException>();
        error.Message.Should().Be("GET /services/svc-3 did not complete within 00:00:00.2000000 (timeout set by HubPlatformClientOptions.Timeout).");
        error.Timeout.Should().Be(TimeSpan.FromMilliseconds(200));
        error.Method.Should().Be("GET");
        error.Path.Should().Be("/services/svc-3");
    }

    [Fact]
    public async Task Timeout_BoundsTheWholeCallIncludingRetries()
    {
        // Each attempt is quick, but the retries together outlast the timeout.
        var handler = new StubHttpHandler().Then(503);
        using var connection = TestHub.Connect(handler, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.MaxRetries = 10;
            o.RetryDelay = TimeSpan.FromMilliseconds(200);
        });

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        await act.Should().ThrowAsync<HubTimeoutException>();
        handler.Requests.Count.Should().BeLessThan(11);
    }

    [Fact]
    public async Task Timeout_BoundsReadingTheBody()
    {
        var handler = new StubHttpHandler().Then(() => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(new SlowStream()) });
        using var connection = TestHub.Connect(handler, o => o.Timeout = TimeSpan.FromMilliseconds(200));

        var act = () => connection.SendTextAsync(TestHub.GetService(), default);

        await act.Should().ThrowAsync<HubTimeoutException>();
    }

    [Fact]
    public async Task CallerCancellation_RaisesOperationCanceledExceptionWithTheCallersToken()
    {
        var handler = new StubHttpHandler().ThenDelay(TimeSpan.FromSeconds(30));
        using var connection = TestHub.Connect(handler, o => o.Timeout = TimeSpan.FromSeconds(20));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var act = () => connection.SendAsync(TestHub.GetService(), cancellation.Token);

        var error = (await act.Should().ThrowAsync<OperationCanceledException>()).Which;
        error.Should().NotBeOfType<HubTimeoutException>();
        error.CancellationToken.Should().Be(cancellation.Token);
    }

    [Fact]
    public async Task AlreadyCancelledToken_SendsNothing()
    {
        var handler = new StubHttpHandler();
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task CallerCancellationDuringARetryDelay_RaisesOperationCanceledException()
    {
        var handler = new StubHttpHandler().Then(503, configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30)));
        using var connection = TestHub.Connect(handler);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        var act = () => connection.SendAsync(TestHub.GetService(), cancellation.Token);

        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cancellation.Token);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task InjectedHttpClientTimeout_RaisesHubTimeoutException()
    {
        var handler = new StubHttpHandler().ThenDelay(TimeSpan.FromSeconds(30));
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(150) };
        using var connection = TestHub.Connect(handler, o =>
        {
            o.HttpClient = client;
            o.Timeout = TimeSpan.FromSeconds(20);
        });

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<HubTimeoutException>()).Which;
        error.Timeout.Should().Be(TimeSpan.FromMilliseconds(150));
        error.Message.Should().Contain("HttpClient.Timeout");
        handler.Requests.Should().HaveCount(1, "an HttpClient timeout is not retried");
    }

    [Fact]
    public async Task InfiniteTimeout_LetsASlowCallFinish()
    {
        var handler = new StubHttpHandler().ThenDelay(TimeSpan.FromMilliseconds(100), """{"id":"p","count":2}""");
        using var connection = TestHub.Connect(handler, o => o.Timeout = Timeout.InfiniteTimeSpan);

        var probe = await connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        probe.Count.Should().Be(2);
    }

    /// <summary>A body that never delivers a byte until cancelled.</summary>
    private sealed class SlowStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
