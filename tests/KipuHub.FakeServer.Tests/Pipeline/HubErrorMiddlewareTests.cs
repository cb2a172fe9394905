using System.Text.Json;
using KipuHub.FakeServer.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace KipuHub.FakeServer.Tests.Pipeline;

public sealed class HubErrorMiddlewareTests
{
    [Fact]
    public async Task An_unhandled_exception_becomes_a_json_500()
    {
        var middleware = new HubErrorMiddleware(_ => throw new InvalidOperationException("boom"), NullLogger<HubErrorMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Path = "/qc-catalog/services";
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(500);
        context.Response.ContentType.Should().Be("application/json");
        context.Response.Body.Position = 0;
        var error = JsonSerializer.Deserialize(context.Response.Body, HubJsonContext.Default.ErrorBody)!;
        error.Status.Should().Be(500);
        error.Error.Should().Be("Internal Server Error");
        error.ErrorMessage.Should().Contain("boom");
        error.Path.Should().Be("/qc-catalog/services");
    }

    [Fact]
    public async Task A_framework_rejection_keeps_its_status_as_a_json_error()
    {
        var middleware = new HubErrorMiddleware(_ => throw new BadHttpRequestException("Request body too large.", 413), NullLogger<HubErrorMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(413);
        context.Response.ContentType.Should().Be("application/json");
    }
}
