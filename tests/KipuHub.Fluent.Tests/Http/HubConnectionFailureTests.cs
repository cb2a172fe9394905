using System.Net;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Http;
using Microsoft.Extensions.Logging;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>A server that cannot be reached, or a connection lost part-way through a body, raises <see cref="HubConnectionException"/>.</summary>
public sealed class HubConnectionFailureTests
{
    [Fact]
    public async Task ConnectionFailure_MessageNamesTheCallTheAttemptsAndTheCause_ButNotTheToken()
    {
        var handler = new StubHttpHandler().ThenConnectionFailure();
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService("svc-2"), default);

        var error = (await act.Should().ThrowAsync<HubConnectionException>()).Which;
        error.Message.Should().Be("GET /services/svc-2 could not reach the server or lost the connection (3 attempts): HttpRequestException: Connection refused (stub)");
        error.ToString().Should().NotContain(TestHub.Token);
    }

    [Fact]
    public async Task ConnectionFailure_IsLoggedOnceAsFailed()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new StubHttpHandler().ThenConnectionFailure();
        using var connection = TestHub.Connect(handler, o =>
        {
            o.LoggerFactory = factory;
            o.MaxRetries = 0;
        });

        await FluentActions.Awaiting(() => connection.SendAsync(TestHub.GetService(), default)).Should().ThrowAsync<HubConnectionException>();

        logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning).Which.Message
            .Should().MatchRegex(@"^GET /services/svc-1 failed after \d+ ms \(attempt 1\): HttpRequestException: Connection refused \(stub\)$");
    }

    public static TheoryData<string> BodyKinds => ["json", "text", "download", "error"];

    [Theory]
    [MemberData(nameof(BodyKinds))]
    public async Task BodyThatBreaksOffMidStream_RaisesHubConnectionException(string kind)
    {
        var handler = new StubHttpHandler().ThenBodyCutOff(kind == "error" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        using var connection = TestHub.Connect(handler);
        using var destination = new MemoryStream();

        Func<Task> act = kind switch
        {
            "json" => () => connection.SendJsonAsync(TestHub.GetService("svc-6"), TestJsonContext.Default.Probe, default),
            "text" => () => connection.SendTextAsync(TestHub.GetService("svc-6"), default),
            "download" => () => connection.DownloadAsync(TestHub.GetService("svc-6"), destination, default),
            _ => () => connection.SendAsync(TestHub.GetService("svc-6"), default),
        };

        var error = (await act.Should().ThrowAsync<HubConnectionException>()).Which;
        error.Attempts.Should().Be(1, "an answer that has begun is not retried");
        error.Path.Should().Be("/services/svc-6");
        error.Message.Should().StartWith("GET /services/svc-6 could not reach the server or lost the connection (1 attempt): ");
        Causes(error).Should().ContainSingle(e => e is HttpIOException, "the original failure is kept");
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task PlainIOExceptionFromTheBody_IsTheInnerException()
    {
        var broken = new IOException("Broken pipe (stub)");
        var handler = new StubHttpHandler().ThenBodyCutOff(failure: broken);
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        (await act.Should().ThrowAsync<HubConnectionException>()).Which.InnerException.Should().BeSameAs(broken);
    }

    [Fact]
    public async Task DownloadWhoseDestinationFails_RaisesTheDestinationsOwnException()
    {
        var handler = new StubHttpHandler().Then(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[1000]) });
        using var connection = TestHub.Connect(handler);
        var full = new IOException("No space left on device (stub)");

        var act = () => connection.DownloadAsync(new HubCall(HubCatalog.DataPoolFilesDownload, ["pool", "file"]), new FailingWriteStream(full), default);

        (await act.Should().ThrowAsync<IOException>()).Which.Should().BeSameAs(full, "the caller's stream failed, not the connection");
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var cause = error.InnerException; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }

    private sealed class FailingWriteStream(IOException failure) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw failure;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException(failure);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException(failure);
    }
}
