using KipuHub.Contract.Tool.Reading;
using KipuHub.Contract.Tool.Report;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Tests;

public sealed class FakeIsCleanTests
{
    [Fact]
    public async Task The_fakes_own_document_shows_no_drift()
    {
        var text = await FakeDocument.TextAsync();

        var result = FakeDocument.Diff(text);

        result.CatalogEndpoints.Should().Be(HubCatalog.All.Count);
        result.Matched.Should().Be(HubCatalog.All.Count, "every catalog endpoint is in the fake's document");
        result.ApiOperations.Should().Be(HubCatalog.All.Count);
        result.Differences.Should().BeEmpty(MarkdownReport.Write(result, Acceptances.None, "the fake", "3.1"));
    }

    [Fact]
    public async Task The_command_on_the_fakes_document_exits_0_and_says_no_drift()
    {
        var (exit, output, error) = await FakeDocument.RunAsync(await FakeDocument.TextAsync());

        exit.Should().Be(0, output + error);
        output.Should().Contain("**No drift.**").And.Contain($"{HubCatalog.All.Count} matched");
    }

    [Fact]
    public async Task The_fakes_document_as_yaml_reads_the_same()
    {
        var document = DocumentLoader.Parse(await FakeDocument.TextAsync(), "fake").Document;
        var yaml = await document.SerializeAsYamlAsync(OpenApiSpecVersion.OpenApi3_1);

        var (exit, output, error) = await FakeDocument.RunAsync(yaml, ".yaml");

        yaml.Should().StartWith("openapi: '3.1").And.NotContain("\"paths\"");
        exit.Should().Be(0, output + error);
        output.Should().Contain("(OpenAPI 3.1, ").And.Contain("**No drift.**");
    }

    [Fact]
    public async Task The_fakes_document_written_as_openapi_3_0_reads_the_same()
    {
        var document = DocumentLoader.Parse(await FakeDocument.TextAsync(), "fake").Document;
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_0);

        var result = FakeDocument.Diff(json);

        json.Should().Contain("\"openapi\": \"3.0");
        DocumentLoader.Parse(json, "3.0").Version.Should().Be("3.0");
        result.Differences.Should().BeEmpty(MarkdownReport.Write(result, Acceptances.None, "the fake as 3.0", "3.0"));
    }
}
