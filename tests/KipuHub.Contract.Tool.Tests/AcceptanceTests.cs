using System.Text.Json.Nodes;

namespace KipuHub.Contract.Tool.Tests;

public sealed class AcceptanceTests
{
    private static async Task<string> DocumentWithoutSortAsync()
    {
        var document = await FakeDocument.NodeAsync();
        var parameters = document["paths"]!["/qc-catalog/services"]!["get"]!["parameters"]!.AsArray();
        parameters.Remove(parameters.Single(p => p!["name"]!.GetValue<string>() == "sort"));
        return document.ToJsonString();
    }

    [Fact]
    public async Task An_accepted_difference_is_reported_as_accepted_and_is_not_drift()
    {
        var accept = Path.GetTempFileName();
        await File.WriteAllLinesAsync(accept, ["# known: the live API takes no sort yet", "ServicesList query sort: only in KipuHub", ""]);
        try
        {
            var (exit, output, error) = await FakeDocument.RunAsync(await DocumentWithoutSortAsync(), ".json", "--accept", accept);

            exit.Should().Be(0, output + error);
            output.Should().Contain("- `ServicesList query sort: only in KipuHub` (accepted)")
                .And.Contain("**No drift.** 1 accepted difference(s), 0 stale acceptance(s).");
        }
        finally
        {
            File.Delete(accept);
        }
    }

    [Fact]
    public async Task A_line_pasted_from_the_report_is_accepted_as_its_key()
    {
        var accept = Path.GetTempFileName();
        await File.WriteAllLinesAsync(accept, ["- `ServicesList query sort: only in KipuHub` KipuHub sends sort"]);
        try
        {
            var (exit, _, _) = await FakeDocument.RunAsync(await DocumentWithoutSortAsync(), ".json", "--accept", accept);

            exit.Should().Be(0);
        }
        finally
        {
            File.Delete(accept);
        }
    }

    [Fact]
    public async Task A_stale_acceptance_is_reported_but_does_not_fail()
    {
        var accept = Path.GetTempFileName();
        await File.WriteAllLinesAsync(accept, ["# fixed upstream since", "ServicesGet: only in KipuHub"]);
        try
        {
            var (exit, output, _) = await FakeDocument.RunAsync(await FakeDocument.TextAsync(), ".json", "--accept", accept);

            exit.Should().Be(0);
            output.Should().Contain("## Stale acceptances").And.Contain("- line 2: `ServicesGet: only in KipuHub`")
                .And.Contain("1 stale acceptance(s)");
        }
        finally
        {
            File.Delete(accept);
        }
    }

    [Fact]
    public async Task An_unaccepted_difference_still_fails_beside_an_accepted_one()
    {
        var document = JsonNode.Parse(await DocumentWithoutSortAsync())!;
        document["paths"]!.AsObject().Remove("/qc-catalog/services/{id}");
        var accept = Path.GetTempFileName();
        await File.WriteAllLinesAsync(accept, ["ServicesList query sort: only in KipuHub"]);
        try
        {
            var (exit, output, _) = await FakeDocument.RunAsync(document.ToJsonString(), ".json", "--accept", accept);

            exit.Should().Be(1);
            output.Should().Contain("**Drift: 2 difference(s)**, 1 accepted");
        }
        finally
        {
            File.Delete(accept);
        }
    }
}
