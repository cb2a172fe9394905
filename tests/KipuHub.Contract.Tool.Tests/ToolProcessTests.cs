using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KipuHub.Contract.Tool.Tests;

/// <summary>The built tool run as a process, as <c>kipuhub-contract</c> runs it.</summary>
public sealed class ToolProcessTests
{
    private static async Task<(int Exit, string Output, string Error)> RunToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The tool's own build, copied beside the tests by the project reference.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KipuHub.Contract.Tool.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_tool_reports_drift_with_exit_code_1_and_writes_the_report_where_asked()
    {
        var document = await FakeDocument.NodeAsync();
        document["paths"]!.AsObject().Remove("/qc-catalog/datapools");
        var folder = Directory.CreateTempSubdirectory("kipuhub-contract-");
        try
        {
            var file = Path.Combine(folder.FullName, "openapi.json");
            await File.WriteAllTextAsync(file, document.ToJsonString());
            var report = Path.Combine(folder.FullName, "report.md");

            var printed = await RunToolAsync("diff", file);
            var written = await RunToolAsync("diff", file, "--output", report);

            printed.Exit.Should().Be(1, printed.Error);
            printed.Output.Should().Contain("## data_pools").And.Contain("- `DataPoolsList: only in KipuHub`").And.Contain("- `DataPoolsCreate: only in KipuHub`");
            written.Exit.Should().Be(1);
            written.Output.Should().Contain($"report written to {report}");
            (await File.ReadAllTextAsync(report)).Should().Be(printed.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_tool_exits_0_on_the_fakes_document_and_2_on_a_bad_flag()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kipuhub-contract-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await FakeDocument.TextAsync());
        try
        {
            (await RunToolAsync("diff", file)).Exit.Should().Be(0);
            var bad = await RunToolAsync("diff", file, "--strict");
            bad.Exit.Should().Be(2);
            bad.Error.Should().Contain("unknown flag '--strict'").And.Contain("Usage: kipuhub-contract diff");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
