using System.Diagnostics;
using System.Net;
using KipuHub.Errors;
using KipuHub.Http;
using Microsoft.Extensions.Logging;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubConnectionRetryTests
{
    [Fact]
    public async Task TransientThenSuccess_SucceedsAfterExactlyThreeAttemptsWithDefaultMaxRetries()
    {
        var handler = new StubHttpHandler().Then(503).Then(503).Then(200, """{"id":"p","count":1}""");
        using var connection = TestHub.Connect(handler);

        var probe = await connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        probe.Id.Should().Be("p");
        handler.Requests.Should().HaveCount(3);
        new HubPlatformClientOptions().MaxRetries.Should().Be(2, "the test relies on the default");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task AlwaysTransient_FailsAfterExactlyMaxRetriesPlusOneAttempts(int maxRetries)
    {
        var handler = new StubHttpHandler().Then(503);
        using var connection = TestHub.Connect(handler, o => o.MaxRetries = maxRetries);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        (await act.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        handler.Requests.Should().HaveCount(maxRetries + 1);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientStatuses_AreRetried(int status)
    {
        var handler = new StubHttpHandler().Then(status).Then(200);
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(TestHub.GetService(), default);

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ConnectionFailures_AreRetried()
    {
        var handler = new StubHttpHandler().ThenConnectionFailure().ThenConnectionFailure().Then(200);
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(TestHub.GetService(), default);

        handler.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ConnectionFailureOnEveryAttempt_RaisesHubConnectionExceptionAfterMaxRetriesPlusOneAttempts(int maxRetries)
    {
        var handler = new StubHttpHandler().ThenConnectionFailure();
        using var connection = TestHub.Connect(handler, o => o.MaxRetries = maxRetries);

        var act = () => connection.SendAsync(TestHub.GetService("svc-5"), default);

        var error = (await act.Should().ThrowAsync<HubConnectionException>()).Which;
        error.InnerException.Should().BeOfType<HttpRequestException>().Which.Message.Should().Be("Connection refused (stub)");
        error.Attempts.Should().Be(maxRetries + 1);
        error.Method.Should().Be("GET");
        error.Path.Should().Be("/services/svc-5");
        handler.Requests.Should().HaveCount(maxRetries + 1);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task NonTransientStatuses_AreNotRetried(int status)
    {
        var handler = new StubHttpHandler().Then(status).Then(200);
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        await act.Should().ThrowAsync<ApiException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Post_IsNotRetried()
    {
        var handler = new StubHttpHandler().Then(503).Then(200);
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.CreateApplication(), default);

        (await act.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Post_ConnectionFailureIsNotRetried()
    {
        var handler = new StubHttpHandler().ThenConnectionFailure().Then(200);
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.CreateApplication(), default);

        (await act.Should().ThrowAsync<HubConnectionException>()).Which.Attempts.Should().Be(1);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Post_IsRetriedWhenTheCallAllowsIt_WithAFreshBodyEachAttempt()
    {
        var handler = new StubHttpHandler().Then(503).ThenConnectionFailure().Then(200);
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(TestHub.CreateApplication() with { RetryUnsafe = true }, default);

        handler.Requests.Should().HaveCount(3);
        handler.Requests.Select(r => r.Body).Should().AllBe("""{"name":"app"}""");
        handler.Requests.Select(r => r.Message).Should().OnlyHaveUniqueItems("a request message cannot be sent twice");
        handler.Requests.Should().OnlyContain(r => ContentIsDisposed(r.Message), "every attempt's request is disposed when the call ends");
    }

    [Fact]
    public async Task RetryAfterDeltaSeconds_IsHonoured()
    {
        var handler = new StubHttpHandler()
            .Then(429, configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Then(200);
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(TestHub.GetService(), default);

        var requests = handler.Requests;
        requests.Should().HaveCount(2);
        Gap(requests[0], requests[1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task RetryAfterHttpDate_IsHonoured()
    {
        // An HTTP-date has whole seconds; 3 s ahead leaves at least 2 s after truncation.
        var handler = new StubHttpHandler()
            .Then(503, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", DateTimeOffset.UtcNow.AddSeconds(3).ToString("R")))
            .Then(200);
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(TestHub.GetService(), default);

        var requests = handler.Requests;
        requests.Should().HaveCount(2);
        Gap(requests[0], requests[1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task MaxRetriesZero_MakesOneAttempt()
    {
        var handler = new StubHttpHandler().ThenConnectionFailure().Then(200);
        using var connection = TestHub.Connect(handler, o => o.MaxRetries = 0);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        (await act.Should().ThrowAsync<HubConnectionException>()).Which.InnerException.Should().BeOfType<HttpRequestException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task DiscardedResponses_AreDisposed()
    {
        var handler = new StubHttpHandler().Then(503).Then(502).Then(200, """{"id":"p","count":1}""");
        using var connection = TestHub.Connect(handler);

        await connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        handler.Contents.Should().HaveCount(3);
        handler.Contents.Should().OnlyContain(c => c.Disposed, "discarded answers free their connection and the last one is disposed after reading");
    }

    [Fact]
    public async Task Backoff_GrowsFromRetryDelay()
    {
        var handler = new StubHttpHandler().Then(503);
        using var connection = TestHub.Connect(handler, o =>
        {
            o.RetryDelay = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 2;
        });

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        await act.Should().ThrowAsync<ApiException>();
        var requests = handler.Requests;
        // With jitter the delays vary, but retrying at all takes some of the base delay.
        (Gap(requests[0], requests[1]) + Gap(requests[1], requests[2])).Should().BeGreaterThan(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task EveryRetry_IsLoggedAsAWarningWithItsReason()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new StubHttpHandler().Then(503).ThenConnectionFailure().Then(200);
        using var connection = TestHub.Connect(handler, o => o.LoggerFactory = factory);

        await connection.SendAsync(TestHub.GetService(), default);

        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        warnings.Should().HaveCount(2);
        warnings[0].Message.Should().StartWith("GET /services/svc-1 failed with 503 Service Unavailable; retry 1 of 2 in ");
        warnings[1].Message.Should().StartWith("GET /services/svc-1 failed with HttpRequestException: Connection refused (stub); retry 2 of 2 in ");
        logs.Entries.Where(e => e.Level == LogLevel.Debug).Select(e => e.Value("Attempt")).Should().Equal(1, 2, 3);
        var done = logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Information).Which;
        done.Message.Should().MatchRegex(@"^GET /services/svc-1 answered 200 in \d+ ms \(attempt 3\)$");
        logs.Entries.Should().OnlyContain(e => e.Category == "KipuHub.HubPlatformClient");
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, false)]
    [InlineData(501, false)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(505, false)]
    public void IsTransient_CoversExactlyTheDocumentedStatuses(int status, bool transient) =>
        HubSender.IsTransient((HttpStatusCode)status).Should().Be(transient);

    private static TimeSpan Gap(RecordedRequest first, RecordedRequest second) =>
        Stopwatch.GetElapsedTime(first.Timestamp, second.Timestamp);

    private static bool ContentIsDisposed(HttpRequestMessage request)
    {
        try
        {
            request.Content!.ReadAsStream();
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }
}
