using System.Text.Json;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>The error body (docs/contract.md#errors): <c>errorMessage</c>, <c>status</c>, <c>error</c>, <c>path</c>.</summary>
public class ErrorBodyJsonTests
{
    [Fact]
    public void ErrorBody_KipuErrorDocument_ReadsEveryField()
    {
        var body = Read("""
            {
              "errorMessage": "Service version has active subscriptions; use UNPUBLISH_FORCE to cancel them.",
              "status": 409,
              "error": "Conflict",
              "path": "/qc-catalog/services/a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60/versions/e4da3b7f-bbce-4345-9777-2b0c7d3e1a55/commands"
            }
            """);

        body.Should().Be(new ErrorBody
        {
            ErrorMessage = "Service version has active subscriptions; use UNPUBLISH_FORCE to cancel them.",
            Status = 409,
            Error = "Conflict",
            Path = "/qc-catalog/services/a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60/versions/e4da3b7f-bbce-4345-9777-2b0c7d3e1a55/commands",
        });
    }

    [Fact]
    public void ErrorBody_SpringBootDefaultError_ReadsStatusErrorAndPathWithoutMessage()
    {
        var body = Read("""
            { "timestamp": "2024-03-05T14:22:10.512+00:00", "status": 404, "error": "Not Found", "path": "/qc-catalog/v2/applications/c20ad4d7" }
            """);

        body.ErrorMessage.Should().BeNull();
        body.Status.Should().Be(404);
        body.Error.Should().Be("Not Found");
        body.Path.Should().Be("/qc-catalog/v2/applications/c20ad4d7");
    }

    [Fact]
    public void ErrorBody_MessageOnly_ReadsTheMessage()
    {
        var body = Read("""{ "errorMessage": "Invalid API key" }""");

        body.ErrorMessage.Should().Be("Invalid API key");
        body.Status.Should().BeNull();
    }

    private static ErrorBody Read(string json) => JsonSerializer.Deserialize(json, HubJsonContext.Default.ErrorBody)!;
}
