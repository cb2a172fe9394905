using KipuHub.Errors;
using KipuHub.Http;
using Microsoft.Extensions.Logging;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>The token appears in no log line, exception, or ToString, whatever happens to a call.</summary>
public sealed class RedactionTests
{
    [Fact]
    public async Task Token_AppearsNowhereAcrossSuccessRetriesErrorsAndTimeouts()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new StubHttpHandler()
            .Then(503).ThenConnectionFailure().Then(200, """{"id":"p","count":1}""")     // success after retries
            .Then(401, HubConnectionErrorTests.ErrorJson(401, "bad token"))               // error
            .Then(422, $"echo: X-Auth-Token={TestHub.Token}", "text/plain")               // error that echoes the token
            .ThenConnectionFailure()                                                      // connection failure on a POST
            .ThenDelay(TimeSpan.FromSeconds(30));                                         // timeout
        var options = TestHub.Options(handler, o =>
        {
            o.LoggerFactory = factory;
            o.OrganizationId = TestHub.OrgId;
            o.Headers["X-Trace"] = "t";
        });
        using var connection = new HubConnection(options, TestHub.NoEnvironment);
        var texts = new List<string>();

        await connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);
        texts.Add((await Catch(() => connection.SendAsync(TestHub.GetService(), default))).ToString());
        var echoed = (ApiException)await Catch(() => connection.SendAsync(TestHub.GetService(), default));
        texts.Add(echoed.ToString());
        texts.Add(echoed.Body);
        texts.Add((await Catch(() => connection.SendAsync(TestHub.CreateApplication(), default))).ToString());
        using var timeout = new HubConnection(TestHub.Options(handler, o =>
        {
            o.LoggerFactory = factory;
            o.Timeout = TimeSpan.FromMilliseconds(100);
        }), TestHub.NoEnvironment);
        texts.Add((await Catch(() => timeout.SendAsync(TestHub.GetService(), default))).ToString());
        using var request = connection.CreateRequest(TestHub.CreateApplication());
        texts.Add(request.ToString());
        texts.Add(options.ToString());
        using var client = new HubPlatformClient(options);
        texts.Add(client.ToString());

        logs.Entries.Should().NotBeEmpty();
        logs.Entries.Select(e => e.Level).Should().Contain([LogLevel.Debug, LogLevel.Information, LogLevel.Warning]);
        logs.AllText().Should().NotContain(TestHub.Token);
        logs.AllText().Should().NotContain("X-Auth-Token").And.NotContain("X-Trace");
        texts.Should().HaveCount(8).And.OnlyContain(t => !t.Contains(TestHub.Token));
        echoed.Body.Should().Be("echo: X-Auth-Token=***", "an echoed token is replaced");
    }

    [Fact]
    public async Task Logs_CarryMethodPathStatusAndTimingButNoBodies()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var handler = new StubHttpHandler().Then(404, HubConnectionErrorTests.ErrorJson(404, "secret-ish body text"));
        using var connection = TestHub.Connect(handler, o => o.LoggerFactory = factory);

        await Catch(() => connection.SendAsync(TestHub.GetService("svc-8"), default));

        var sending = logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Debug).Which;
        sending.Message.Should().Be("Sending GET /services/svc-8 (attempt 1)");
        var answered = logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Information).Which;
        answered.Value("Method").Should().Be("GET");
        answered.Value("Path").Should().Be("/services/svc-8");
        answered.Value("StatusCode").Should().Be(404);
        answered.Value("ElapsedMs").Should().BeOfType<long>();
        answered.Value("Attempt").Should().Be(1);
        logs.AllText().Should().NotContain("secret-ish");
    }

    [Fact]
    public async Task NoLoggerFactory_IsFine()
    {
        using var connection = TestHub.Connect(new StubHttpHandler(), o => o.LoggerFactory = null);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        await act.Should().NotThrowAsync();
    }

    private static async Task<Exception> Catch(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (HubException ex)
        {
            return ex;
        }
        throw new InvalidOperationException("The call was expected to fail.");
    }
}
