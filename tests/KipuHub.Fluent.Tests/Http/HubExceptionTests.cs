using KipuHub.Errors;
using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>Every failure of a call derives from <see cref="HubException"/>, so one catch is enough.</summary>
public sealed class HubExceptionTests
{
    public static TheoryData<string, Type> Failures
    {
        get
        {
            var data = new TheoryData<string, Type>
            {
                { "418", typeof(ApiException) },
                { "503", typeof(ApiException) },
                { "malformed json", typeof(HubResponseException) },
                { "no body", typeof(HubResponseException) },
                { "timeout", typeof(HubTimeoutException) },
                { "HttpClient.Timeout", typeof(HubTimeoutException) },
                { "connection refused", typeof(HubConnectionException) },
                { "body cut off", typeof(HubConnectionException) },
            };
            foreach (var row in HubConnectionErrorTests.MappedStatuses)
            {
                data.Add($"{row[0]}", (Type)row[1]);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EveryFailureOfACall_IsCaughtByCatchHubException(string failure, Type expected)
    {
        var handler = new StubHttpHandler();
        HttpClient? slowClient = null;
        switch (failure)
        {
            case "malformed json":
                handler.Then(200, """{"id":""");
                break;
            case "no body":
                handler.Then(204, "");
                break;
            case "timeout":
                handler.ThenDelay(TimeSpan.FromSeconds(30));
                break;
            case "HttpClient.Timeout":
                handler.ThenDelay(TimeSpan.FromSeconds(30));
                slowClient = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(100) };
                break;
            case "connection refused":
                handler.ThenConnectionFailure();
                break;
            case "body cut off":
                handler.ThenBodyCutOff();
                break;
            default:
                handler.Then(int.Parse(failure), HubConnectionErrorTests.ErrorJson(int.Parse(failure), "no"));
                break;
        }
        using var connection = TestHub.Connect(handler, o =>
        {
            o.Timeout = failure == "timeout" ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(20);
            o.HttpClient = slowClient ?? o.HttpClient;
        });

        HubException? caught = null;
        try
        {
            await connection.SendJsonAsync(TestHub.GetService("svc-7"), TestJsonContext.Default.Probe, default);
        }
        catch (HubException ex)
        {
            caught = ex;
        }

        caught.Should().NotBeNull().And.BeOfType(expected);
        caught!.Method.Should().Be("GET");
        caught.Path.Should().Be("/services/svc-7");
    }

    [Fact]
    public void EveryPublicExceptionTypeOfTheLibrary_DerivesFromHubException()
    {
        var exceptions = typeof(HubPlatformClient).Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t))
            .ToList();

        exceptions.Should().Contain([typeof(HubException), typeof(ApiException), typeof(NotFoundException), typeof(HubResponseException), typeof(HubTimeoutException), typeof(HubConnectionException)]);
        exceptions.Should().OnlyContain(t => t.IsSubclassOf(typeof(HubException)) || t == typeof(HubException));
        typeof(HubException).IsAbstract.Should().BeTrue("only its subclasses say what went wrong");
    }

    [Fact]
    public void HubTimeoutException_IsNoLongerATimeoutException() =>
        typeof(HubTimeoutException).IsSubclassOf(typeof(TimeoutException)).Should().BeFalse("one root means one base type");

    [Fact]
    public async Task ProgrammingErrorsAndCancellation_StayOutsideTheRoot()
    {
        var handler = new StubHttpHandler();
        using var connection = TestHub.Connect(handler);

        var cancelled = () => connection.SendAsync(TestHub.GetService(), new CancellationToken(canceled: true));
        var badScope = () => connection.SendAsync(TestHub.GetService() with { Scope = ScopeChoice.Organization(" ") }, default);

        (await cancelled.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<HubException>();
        (await badScope.Should().ThrowAsync<ArgumentException>()).Which.Should().NotBeAssignableTo<HubException>();
        handler.Requests.Should().BeEmpty("both are raised before anything is sent");
    }
}
