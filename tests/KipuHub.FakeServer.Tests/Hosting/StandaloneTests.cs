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
            .And.Contain($"Organization (X-OrganizationId): {hub.ViewerOrganizationId} Qubit Research Lab (demo is VIEWER)")
            .And.Contain($"Dashboard: {hub.AdminUrl}/ui");
        lines[0].Should().Contain("seed 7");
    }

    [Fact]
    public async Task With_an_admin_key_the_banner_says_the_admin_API_and_the_dashboard_need_it()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { AdminKey = "s3cret" });

        var lines = FakeHubApp.Banner([hub.BaseUrl], hub.Store, hub.Options).Split(Environment.NewLine);

        lines.Should().Contain($"Admin API: {hub.AdminUrl} (send X-Admin-Key)")
            .And.Contain($"Dashboard: {hub.AdminUrl}/ui (asks for the admin key)")
            .And.NotContain(l => l.Contains("s3cret"), "the banner never prints the key");
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
    public async Task The_standalone_server_logs_each_request_without_a_token_sent_in_the_query_string()
    {
        using var process = StartStandalone("--urls", "http://127.0.0.1:0");
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process);
            using var http = new HttpClient();

            using var response = await http.SendAsync(HttpMethod.Get, baseUrl + $"/services?page=0&size=1&X-Auth-Token={Tokens.Alice}", Tokens.Demo);

            var logged = await ReadLineContainingAsync(process, " answered ");
            logged.Should().Contain("page=0&size=1&X-Auth-Token=***").And.Contain("answered 200").And.NotContain(Tokens.Alice).And.NotContain(Tokens.Demo);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var rest = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        rest.Should().NotContain(Tokens.Alice, "no log line, of the fake or of the host, may hold the token");
    }

    [Fact]
    public async Task The_standalone_server_refuses_a_misspelt_flag()
    {
        using var process = StartStandalone("--sed", "3");

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(2);
        stderr.Should().Contain("Unknown flag '--sed'").And.Contain("did you mean --seed");
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

    internal static Process StartStandalone(params string[] args) => StartStandalone(new Dictionary<string, string>(), args);

    /// <summary>Starts the kipuhub-fake tool's build with <paramref name="args"/> and these environment variables set.</summary>
    internal static Process StartStandalone(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The kipuhub-fake tool's own build, copied beside the tests by the project reference.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KipuHub.FakeServer.Tool.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }

    private static async Task<string> ReadLineContainingAsync(Process process, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new InvalidOperationException($"The server printed no line with '{text}'.");
    }

    internal static async Task<string> ReadBaseUrlAsync(Process process)
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

public sealed class StandaloneFlagTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var (options, error) = FakeHubCommandLine.Parse([]);

        error.Should().BeNull();
        options!.Seed.Should().Be(42);
        options.Strict.Should().BeFalse();
        options.RequireOrganization.Should().BeFalse();
        options.Latency.Should().Be(TimeSpan.Zero);
        options.LatencyMax.Should().BeNull();
        options.AdminKey.Should().BeNull();
        options.JournalSize.Should().Be(1000);
        options.UploadLimitBytes.Should().Be(10 * 1024 * 1024);
        FakeHubCommandLine.Usage.Should().Contain("(default 42)").And.Contain("(default 1000)").And.Contain("(default 10485760 = 10 MiB)")
            .And.Contain("(default none: open)").And.Contain("(default 0)").And.Contain("(default off");
    }

    [Fact]
    public void Every_flag_is_read_in_both_spellings_and_taken_out_of_the_host_arguments()
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--seed=7", "--strict", "--require-organization=true", "--latency", "50-200",
            "--admin-key", "k", "--journal-size=5", "--upload-limit", "1024", "--environment", "Development"];

        var (options, error) = FakeHubCommandLine.Parse(args);

        error.Should().BeNull();
        options!.Seed.Should().Be(7);
        options.Strict.Should().BeTrue();
        options.RequireOrganization.Should().BeTrue();
        options.Latency.Should().Be(TimeSpan.FromMilliseconds(50));
        options.LatencyMax.Should().Be(TimeSpan.FromMilliseconds(200));
        options.AdminKey.Should().Be("k");
        options.JournalSize.Should().Be(5);
        options.UploadLimitBytes.Should().Be(1024);
        FakeHubCommandLine.HostArguments(args).Should().Equal("--urls", "http://127.0.0.1:0", "--environment", "Development");
    }

    [Theory]
    [InlineData(new[] { "--latency", "fast" }, "--latency must be milliseconds")]
    [InlineData(new[] { "--latency", "200-50" }, "latency range's top")]
    [InlineData(new[] { "--latency" }, "--latency needs a value")]
    [InlineData(new[] { "--journal-size", "0" }, "journal size must be 1 to 1,000,000")]
    [InlineData(new[] { "--journal-size", "-5" }, "--journal-size must be a whole number")]
    [InlineData(new[] { "--upload-limit", "10MB" }, "--upload-limit must be a whole number of bytes")]
    [InlineData(new[] { "--upload-limit", "0" }, "upload limit must be at least 1 byte")]
    [InlineData(new[] { "--admin-key=" }, "--admin-key needs a non-empty key")]
    [InlineData(new[] { "--strict=maybe" }, "--strict is a switch")]
    public void A_bad_flag_is_a_clear_error(string[] args, string expected)
    {
        var (options, error) = FakeHubCommandLine.Parse(args);

        options.Should().BeNull();
        error.Should().Contain(expected);
    }

    [Fact]
    public async Task The_standalone_server_honours_strict_admin_key_and_journal_size()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The kipuhub-fake tool's own build, copied beside the tests by the project reference.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KipuHub.FakeServer.Tool.dll"));
        foreach (var arg in new[] { "--urls", "http://127.0.0.1:0", "--strict", "--admin-key", "k", "--journal-size", "2" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("ASPNETCORE_URLS");
        using var process = Process.Start(start)!;
        try
        {
            string? baseUrl = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (baseUrl is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("Base URL: ", StringComparison.Ordinal))
                {
                    baseUrl = line["Base URL: ".Length..].Trim();
                }
            }
            baseUrl.Should().NotBeNull("the server prints its base URL once it listens");
            var admin = new Uri(new Uri(baseUrl!), "/_admin/journal");
            using var http = new HttpClient();

            using var strict = await http.SendAsync(HttpMethod.Get, baseUrl + "/services", Tokens.Demo);
            for (var i = 0; i < 3; i++)
            {
                using var _ = await http.SendAsync(HttpMethod.Get, baseUrl + "/my/accounts", Tokens.Demo);
            }
            using var noKey = await http.GetAsync(admin);
            using var request = new HttpRequestMessage(HttpMethod.Get, admin);
            request.Headers.Add("X-Admin-Key", "k");
            using var journal = await http.SendAsync(request);

            strict.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await strict.Content.ReadAsStringAsync()).Should().Contain("KH0002");
            noKey.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            journal.StatusCode.Should().Be(HttpStatusCode.OK);
            using var body = System.Text.Json.JsonDocument.Parse(await journal.Content.ReadAsStringAsync());
            body.RootElement.GetProperty("entries").GetArrayLength().Should().Be(2);
            body.RootElement.GetProperty("dropped").GetInt64().Should().Be(2);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
