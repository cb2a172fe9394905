using System.Reflection;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Hosting;

/// <summary>
/// The standalone server the <c>kipuhub-fake</c> tool runs: the same app <see cref="FakeHubServer"/> runs in-process,
/// on <c>--urls</c> or http://127.0.0.1:5080. It lives in the library, not in the tool, so that the flags, the banner
/// and the host settings are tested with the rest of the fake.
/// </summary>
internal static class FakeHubStandalone
{
    /// <summary>The runtime's switch for running socket completions on the socket threads ("1"), read once per process; the tool's inline I/O follows it.</summary>
    internal const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Inline I/O, the tool's default: each request runs on the socket thread that read it instead of being handed to
    /// the thread pool, which costs less CPU per request, reads and writes alike, once the server is warm
    /// (benchmarks/results/load.md). Nothing on a request's way blocks a thread (admin operations that wait for
    /// in-flight requests run on the pool: AdminApi.Exclusive), so that is safe. The runtime reads its switch once, when
    /// the first socket is made; the tool sets it for its own process before that, unless the environment says
    /// otherwise ("0" keeps the thread pool). The in-process FakeHubServer never does: its process is the user's.
    /// </summary>
    private static bool UseInlineIo()
    {
        switch (Environment.GetEnvironmentVariable(InlineCompletionsVariable))
        {
            case null or "":
                Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
                return true;
            case "1":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parses the flags, serves until the process is stopped, and returns the exit code (0, or 2 for a bad flag).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // The fake's own flags (FakeHubCommandLine.Usage); the rest (--urls, ...) go to ASP.NET Core.
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(FakeHubCommandLine.Usage);
            return 0;
        }
        if (args.Contains("--version"))
        {
            // The package version and the commit it was built from (SourceLink), as `dotnet tool list` users expect.
            Console.WriteLine("kipuhub-fake " + typeof(FakeHubServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return 0;
        }
        var (options, error) = FakeHubCommandLine.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(FakeHubCommandLine.Usage);
            return 2;
        }

        var inlineIo = UseInlineIo();
        // The slim builder leaves out what a loopback fake never uses (host filtering, IIS, extra log providers); HTTPS
        // endpoints in --urls still work.
        var builder = WebApplication.CreateSlimBuilder(FakeHubCommandLine.HostArguments(args));
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = inlineIo);
        FakeHubCommandLine.UseDefaultUrls(builder);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // The host logs each request's raw URL, query string included, where a token may have been sent by mistake;
        // the journal middleware logs each request itself, with undeclared query values hidden. Off entirely, not at
        // Warning: while that logger is enabled at any level the host starts an Activity for every request.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        await using var app = FakeHubApp.Build(builder, options);

        // Start, then say where to point a client and with which token (this replaces the host's own start-up lines).
        await app.StartAsync().ConfigureAwait(false);
        Console.Write(FakeHubApp.Banner(FakeHubApp.BaseUrls(app), app.Services.GetRequiredService<FakeHubStore>(), options));
        Console.WriteLine(inlineIo
            ? $"I/O: inline, each request on the socket thread that read it ({InlineCompletionsVariable}=0 for the thread pool)."
            : $"I/O: thread pool ({InlineCompletionsVariable} is not 1).");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
