using System.Net;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Http;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubConnectionReadTests
{
    [Fact]
    public async Task SendJsonAsync_DeserializesWithTheGivenTypeInfo()
    {
        var handler = new StubHttpHandler().Then(200, """{"id":"p-1","count":3,"unknown":true}""");
        using var connection = TestHub.Connect(handler);

        var probe = await connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        probe.Should().Be(new Probe("p-1", 3));
    }

    [Fact]
    public async Task SendJsonAsync_ReadsCatalogModels()
    {
        var handler = new StubHttpHandler().Then(200, """{"id":"svc-1","name":"Demo"}""");
        using var connection = TestHub.Connect(handler);

        var service = await connection.SendJsonAsync(TestHub.GetService(), ServicesJsonContext.Default.Service, default);

        service.Id.Should().Be("svc-1");
        service.Name.Should().Be("Demo");
    }

    [Fact]
    public async Task SendJsonAsync_WrongShape_IsAResponseExceptionNamingTheEndpoint()
    {
        var handler = new StubHttpHandler().Then(200, """[{"id":"p-1"}]""");
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendJsonAsync(TestHub.GetService("svc-4"), TestJsonContext.Default.Probe, default);

        var error = (await act.Should().ThrowAsync<HubResponseException>()).Which;
        error.Message.Should().StartWith("GET /services/svc-4 answered 200 OK, but its body could not be read as the Probe that ServicesGet returns:");
        error.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Path.Should().Be("/services/svc-4");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task SendJsonAsync_NoResult_IsAResponseException(string body)
    {
        var handler = new StubHttpHandler().Then(200, body);
        using var connection = TestHub.Connect(handler);

        var act = () => connection.SendJsonAsync(TestHub.GetService(), TestJsonContext.Default.Probe, default);

        (await act.Should().ThrowAsync<HubResponseException>()).WithMessage("GET /services/svc-1 answered 200 OK, but *body*ServicesGet returns a Probe*");
    }

    [Fact]
    public async Task SendAsync_IgnoresTheBody()
    {
        var handler = new StubHttpHandler().Then(204, "");
        using var connection = TestHub.Connect(handler);

        await connection.SendAsync(new HubCall(HubCatalog.ServicesDelete, ["svc-1"]), default);

        handler.Requests.Should().ContainSingle().Which.Method.Should().Be(HttpMethod.Delete);
    }

    [Fact]
    public async Task SendTextAsync_ReadsText()
    {
        var handler = new StubHttpHandler().Then(200, "step 1\nstep 2 ✓", "text/plain");
        using var connection = TestHub.Connect(handler);

        var text = await connection.SendTextAsync(new HubCall(HubCatalog.ServiceVersionsBuildLogs, ["s", "v"]), default);

        text.Should().Be("step 1\nstep 2 ✓");
        handler.Requests.Single().Header("Accept").Should().Be("*/*");
    }

    [Fact]
    public async Task DownloadAsync_CopiesTheBodyIntoTheDestination()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var handler = new StubHttpHandler().Then(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });
        using var connection = TestHub.Connect(handler);
        using var destination = new MemoryStream();

        await connection.DownloadAsync(new HubCall(HubCatalog.DataPoolFilesDownload, ["pool", "file"]), destination, default);

        destination.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public async Task DownloadAsync_ErrorStatus_WritesNothing()
    {
        var handler = new StubHttpHandler().Then(404, TestErrors.Json(404, "no file"));
        using var connection = TestHub.Connect(handler);
        using var destination = new MemoryStream();

        var act = () => connection.DownloadAsync(new HubCall(HubCatalog.DataPoolFilesDownload, ["pool", "file"]), destination, default);

        await act.Should().ThrowAsync<NotFoundException>();
        destination.Length.Should().Be(0);
    }

    [Fact]
    public async Task SendAsync_SendsTheBodyAndHeaders()
    {
        var handler = new StubHttpHandler().Then(200, """{"id":"app-1","count":0}""");
        using var connection = TestHub.Connect(handler, o => o.OrganizationId = TestHub.OrgId);

        await connection.SendJsonAsync(TestHub.CreateApplication(), TestJsonContext.Default.Probe, default);

        var request = handler.Requests.Single();
        request.Uri.AbsoluteUri.Should().Be("https://hub.test/qc-catalog/v2/applications");
        request.Body.Should().Be("""{"name":"app"}""");
        request.ContentType.Should().StartWith("application/json");
        request.Header("X-Auth-Token").Should().Be(TestHub.Token);
        request.Header("X-OrganizationId").Should().Be(TestHub.OrgId);
    }

    [Fact]
    public async Task Dispose_DisposesOnlyAnHttpClientItCreated()
    {
        var handler = new StubHttpHandler();
        var injected = new HttpClient(handler);
        var connection = TestHub.Connect(handler, o => o.HttpClient = injected);

        connection.Dispose();
        connection.Dispose();

        using var request = new HttpRequestMessage(HttpMethod.Get, "https://hub.test/x");
        (await injected.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        var act = () => connection.SendAsync(TestHub.GetService(), default);
        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task OwnHttpClient_IsCreatedAndDisposed()
    {
        var connection = new HubConnection(new HubPlatformClientOptions { ApiKey = TestHub.Token }, TestHub.NoEnvironment);

        connection.Dispose();

        var act = () => connection.SendAsync(TestHub.GetService(), default);
        await act.Should().ThrowAsync<ObjectDisposedException>();
    }
}

internal static class TestErrors
{
    public static string Json(int status, string message) => HubConnectionErrorTests.ErrorJson(status, message);
}
