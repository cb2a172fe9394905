using System.Diagnostics;
using System.Reflection;
using KipuHub.Models;

namespace KipuHub.FakeServer.Tests.Hosting;

/// <summary>
/// The kipuhub-fake dotnet tool as a user gets it: packed into a local feed during the test run, installed with
/// <c>dotnet tool install</c> from that feed alone, started, and called over HTTP with the client.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("kipuhub-tool-");

    [Fact]
    public async Task The_tool_installs_from_a_local_feed_and_serves_the_seed_it_is_given_over_HTTP()
    {
        var (command, package) = await InstallToolAsync();

        var help = await RunAsync(command, ["--help"]);
        help.Output.Should().Contain("--seed").And.Contain("--strict").And.Contain("--admin-key");
        var version = await RunAsync(command, ["--version"]);
        version.Output.Should().StartWith($"kipuhub-fake {package}", "the version the package was installed at");

        using var server = Start(command, "--urls", "http://127.0.0.1:0", "--seed", "7");
        try
        {
            var baseUrl = await ReadBaseUrlAsync(server);
            await using var inProcess = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 });
            using var client = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = FakeHubServer.DemoToken, BaseUrl = new Uri(baseUrl) });

            var fromTool = await client.Services.InOrg(inProcess.DemoOrganizationId).Page(0, 50).ListAsync();
            var expected = await inProcess.Client.Services.InOrg(inProcess.DemoOrganizationId).Page(0, 50).ListAsync();

            fromTool.TotalElements.Should().BeGreaterThan(0);
            fromTool.Content.Select(s => (s.Id, s.Name)).Should().Equal(expected.Content.Select(s => (s.Id, s.Name)),
                "the installed tool runs the same fake, and the seed decides the data");
            var created = await client.Applications.InOrg(inProcess.DemoOrganizationId).CreateAsync(new CreateApplicationRequest { Name = "from the tool" });
            (await client.Applications.InOrg(inProcess.DemoOrganizationId).GetAsync(created.Id)).Name.Should().Be("from the tool");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_installed_tool_refuses_a_misspelt_flag_with_exit_code_2()
    {
        var (command, _) = await InstallToolAsync();

        var result = await RunAsync(command, ["--sed", "3"], expectedExitCode: 2);

        result.Error.Should().Contain("Unknown flag '--sed'").And.Contain("did you mean --seed");
    }

    [Fact]
    public void The_fake_server_is_a_library_without_an_entry_point_or_a_global_Program_type()
    {
        var assembly = typeof(FakeHubServer).Assembly;

        assembly.EntryPoint.Should().BeNull("test projects reference the fake as a library; the tool is the executable");
        assembly.GetExportedTypes().Should().NotContain(type => type.Namespace == null,
            "a public global type (such as a top-level Program) would clash with the referencing project's own");
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>Packs the tool from this build into a feed of its own and installs it from there; returns the command's path and the package version.</summary>
    private async Task<(string Command, string Version)> InstallToolAsync()
    {
        var feed = _work.CreateSubdirectory("feed").FullName;
        var tools = Path.Combine(_work.FullName, "tools");
        // --no-build: the tool was built with this test project (project reference), in the same configuration.
        await RunAsync(Dotnet, ["pack", ToolProject(), "-c", BuildConfiguration, "--no-build", "-o", feed, "-nodeReuse:false"]);
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "KipuHub.FakeServer.Tool.*.nupkg").Single());
        var version = package["KipuHub.FakeServer.Tool.".Length..];

        // Only the local feed, and a package cache of its own, so that no earlier build's package of the same version
        // and no remote source takes part.
        var config = Path.Combine(_work.FullName, "nuget.config");
        await File.WriteAllTextAsync(config,
            $"""<configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>""");
        await RunAsync(Dotnet, ["tool", "install", "KipuHub.FakeServer.Tool", "--version", version, "--tool-path", tools, "--configfile", config]);

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "kipuhub-fake.exe" : "kipuhub-fake");
        File.Exists(command).Should().BeTrue($"dotnet tool install puts the kipuhub-fake command in {tools}");
        return (command, version);
    }

    private async Task<(string Output, string Error)> RunAsync(string fileName, string[] args, int expectedExitCode = 0)
    {
        using var process = Start(fileName, args);
        using var timeout = new CancellationTokenSource(s_commandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(expectedExitCode, $"{Path.GetFileName(fileName)} {string.Join(' ', args)} printed:\n{await output}\n{await error}");
        return (await output, await error);
    }

    private Process Start(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _work.FullName,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_work.FullName, "packages");
        // The installed command is an app host: it finds the runtime through DOTNET_ROOT wherever dotnet is installed.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet);
        start.Environment.Remove("ASPNETCORE_URLS");
        return Process.Start(start)!;
    }

    private static async Task<string> ReadBaseUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Base URL: ", StringComparison.Ordinal))
            {
                return line["Base URL: ".Length..].Trim();
            }
        }
        throw new InvalidOperationException($"kipuhub-fake exited without printing its address: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>The dotnet host running this test (DOTNET_HOST_PATH under dotnet test), links resolved, so DOTNET_ROOT is its folder.</summary>
    private static string Dotnet { get; } = ResolveDotnet();

    private static string ResolveDotnet()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")).First(File.Exists);
        return new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(host);
    }

    private static string BuildConfiguration =>
        typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string ToolProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "KipuHub.FakeServer.Tool", "KipuHub.FakeServer.Tool.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"src/KipuHub.FakeServer.Tool not found above {AppContext.BaseDirectory}.");
    }
}
