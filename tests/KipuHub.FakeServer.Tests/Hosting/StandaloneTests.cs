using System.Diagnostics;
using KipuHub.FakeServer.Hosting;

namespace KipuHub.FakeServer.Tests.Hosting;

public sealed class StandaloneTests
{
    [Theory]
    [InlineData(new string[0], 42)]
    [InlineData(new[] { "--seed", "7" }, 7)]
    [InlineData(new[] { "--seed=-3" }, -3)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5080", "--seed", "9" }, 9)]
    public void The_seed_argument_picks_the_data_set(string[] args, int seed)
    {
        var (options, error) = FakeHubCommandLine.Parse(args);

        error.Should().BeNull();
        options!.Seed.Should().Be(seed);
    }

    [Theory]
    [InlineData(new[] { "--seed" }, "needs a value")]
    [InlineData(new[] { "--seed", "abc" }, "got 'abc'")]
    [InlineData(new[] { "--seed", "1.5" }, "got '1.5'")]
    [InlineData(new[] { "--seed=" }, "got ''")]
    [InlineData(new[] { "--seed", "99999999999" }, "must be an integer")]
    public void A_bad_seed_is_a_clear_error(string[] args, string expected)
    {
        var (options, error) = FakeHubCommandLine.Parse(args);

        options.Should().BeNull();
        error.Should().Contain("--seed").And.Contain(expected);
    }

    [Fact]
    public async Task The_banner_names_the_base_url_the_demo_token_and_the_organization_ids()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 });

        var banner = FakeHubApp.Banner([hub.BaseUrl], hub.Store, hub.Options);

        var lines = banner.Split(Environment.NewLine);
        lines.Should().Contain($"Base URL: {hub.BaseUrl}")
            .And.Contain("Demo token (X-Auth-Token): demo-token")
            .And.Contain($"Demo user id: {hub.DemoUserId}")
            .And.Contain($"Organization (X-OrganizationId): {hub.DemoOrganizationId} Kipu Demo Org (demo is OWNER)")
            .And.Contain($"Organization (X-OrganizationId): {hub.ViewerOrganizationId} Qubit Research Lab (demo is VIEWER)");
        lines[0].Should().Contain("seed 7");
    }

    [Fact]
    public async Task The_standalone_server_prints_its_base_url_and_serves_the_same_data_as_in_process()
    {
        using var process = StartStandalone("--urls", "http://127.0.0.1:0", "--seed", "7");
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process);
            await using var inProcess = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 });
            using var http = new HttpClient();
            using var inProcessHttp = HubHttp.CreateClient(inProcess);

            using var standalone = await http.SendAsync(HttpMethod.Get, baseUrl + "/my/accounts", Tokens.Demo);
            using var local = await inProcessHttp.FetchAsync("my/accounts");

            baseUrl.Should().StartWith("http://127.0.0.1:").And.EndWith("/qc-catalog");
            standalone.StatusCode.Should().Be(HttpStatusCode.OK);
            (await standalone.Content.ReadAsStringAsync()).Should().Be(await local.Content.ReadAsStringAsync(),
                "the seed, not the process, decides the data (no per-process string hashing)");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_standalone_server_refuses_a_non_integer_seed()
    {
        using var process = StartStandalone("--seed", "seven");

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(2);
        stderr.Should().Contain("--seed must be an integer").And.Contain("'seven'");
    }

    private static Process StartStandalone(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(FakeHubServer).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
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
        throw new InvalidOperationException($"The server exited without printing its address: {await process.StandardError.ReadToEndAsync()}");
    }
}
