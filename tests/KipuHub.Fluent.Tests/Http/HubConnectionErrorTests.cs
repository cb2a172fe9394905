using System.Net;
using KipuHub.Errors;
using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubConnectionErrorTests
{
    public static TheoryData<int, Type> MappedStatuses => new()
    {
        { 400, typeof(BadRequestException) },
        { 401, typeof(UnauthorizedException) },
        { 403, typeof(ForbiddenException) },
        { 404, typeof(NotFoundException) },
        { 409, typeof(ConflictException) },
        { 413, typeof(ContentTooLargeException) },
        { 415, typeof(UnsupportedMediaTypeException) },
        { 422, typeof(UnprocessableEntityException) },
        { 500, typeof(InternalServerException) },
    };

    [Theory]
    [MemberData(nameof(MappedStatuses))]
    public async Task ErrorStatus_RaisesItsOwnExceptionType(int status, Type expected)
    {
        var handler = new StubHttpHandler().Then(status, ErrorJson(status, "the server says no"));
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendJsonAsync(TestHub.GetService("svc-9"), TestJsonContext.Default.Probe, default);

        var error = (await act.Should().ThrowAsync<ApiException>()).Which;
        error.Should().BeOfType(expected);
        ((int)error.StatusCode).Should().Be(status);
        error.ErrorMessage.Should().Be("the server says no");
        error.Method.Should().Be("GET");
        error.Path.Should().Be("/services/svc-9");
        error.Message.Should().StartWith($"GET /services/svc-9 failed with {status} ").And.EndWith(": the server says no");
        handler.Requests.Should().HaveCount(1, "{0} is not transient", status);
    }

    [Fact]
    public async Task UnlistedStatus_RaisesTheBaseType()
    {
        var handler = new StubHttpHandler().Then(418, ErrorJson(418, "short and stout"));
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<ApiException>()).Which;
        error.GetType().Should().Be<ApiException>();
        ((int)error.StatusCode).Should().Be(418);
        error.ErrorMessage.Should().Be("short and stout");
    }

    [Fact]
    public async Task TransientStatusAfterEveryRetry_RaisesTheBaseType()
    {
        var handler = new StubHttpHandler().Then(503, ErrorJson(503, "maintenance"));
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<ApiException>()).Which;
        error.GetType().Should().Be<ApiException>();
        error.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.Message.Should().Be("GET /services/svc-1 failed with 503 Service Unavailable: maintenance");
    }

    [Fact]
    public async Task Message_MatchesTheDocumentedShape()
    {
        var handler = new StubHttpHandler().Then(422, """{"errorMessage":"name must not be empty","status":422,"error":"Unprocessable Entity","path":"/qc-catalog/v2/applications"}""");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.CreateApplication(), default);

        (await act.Should().ThrowAsync<UnprocessableEntityException>())
            .WithMessage("POST /v2/applications failed with 422 Unprocessable Entity: name must not be empty");
    }

    [Fact]
    public async Task NonJsonBody_IsKeptAndTheMessageFallsBackToTheReasonPhrase()
    {
        const string html = "<html><body>Bad gateway at the edge</body></html>";
        var handler = new StubHttpHandler().Then(404, html, "text/html");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<NotFoundException>()).Which;
        error.ErrorMessage.Should().BeNull();
        error.Body.Should().Be(html);
        error.Message.Should().Be("GET /services/svc-1 failed with 404 Not Found.");
    }

    [Fact]
    public async Task JsonBodyWithoutErrorMessage_FallsBackToTheReasonPhrase()
    {
        var handler = new StubHttpHandler().Then(400, """{"status":400,"error":"Bad Request"}""");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<BadRequestException>()).Which;
        error.ErrorMessage.Should().BeNull();
        error.Message.Should().Be("GET /services/svc-1 failed with 400 Bad Request.");
    }

    [Fact]
    public async Task MalformedJsonBody_IsKeptAsText()
    {
        var handler = new StubHttpHandler().Then(409, """{"errorMessage": 42""");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<ConflictException>()).Which;
        error.ErrorMessage.Should().BeNull();
        error.Body.Should().Be("""{"errorMessage": 42""");
    }

    [Fact]
    public async Task ResponseHeaders_AreExposedReadOnlyAndCaseInsensitive()
    {
        var handler = new StubHttpHandler().Then(403, ErrorJson(403, "not a member"), configure: r => r.Headers.Add("X-Request-Id", "req-7"));
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<ForbiddenException>()).Which;
        error.Headers["x-request-id"].Should().Equal("req-7");
        error.Headers["Content-Type"].Should().ContainSingle().Which.Should().StartWith("application/json");
        error.Headers.Should().NotContainKey("X-Auth-Token");
    }

    [Fact]
    public async Task LargeErrorBody_IsCappedAt64KB()
    {
        var huge = new string('x', 200_000);
        var handler = new StubHttpHandler().Then(500, huge, "text/plain");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<InternalServerException>()).Which;
        error.Body.Length.Should().Be(HubResponseReader.MaxErrorBodyBytes);
    }

    [Fact]
    public async Task ErrorBodyThatEchoesTheToken_IsRedacted()
    {
        var handler = new StubHttpHandler().Then(401, ErrorJson(401, $"token {TestHub.Token} is unknown"));
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendAsync(TestHub.GetService(), default);

        var error = (await act.Should().ThrowAsync<UnauthorizedException>()).Which;
        error.ErrorMessage.Should().Be("token *** is unknown");
        error.Body.Should().NotContain(TestHub.Token);
        error.ToString().Should().NotContain(TestHub.Token);
    }

    [Fact]
    public void Exceptions_CanBeBuiltByUsersForTheirOwnTests()
    {
        var error = new NotFoundException("GET", "/services/x", "no such service");

        error.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.Body.Should().BeEmpty();
        error.Headers.Should().BeEmpty();
        error.Message.Should().Be("GET /services/x failed with 404 Not Found: no such service");
    }

    internal static string ErrorJson(int status, string message) =>
        $$"""{"errorMessage":"{{message}}","status":{{status}},"error":"whatever","path":"/qc-catalog/services"}""";
}
