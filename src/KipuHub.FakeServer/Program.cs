using KipuHub.FakeServer.Hosting;
using KipuHub.FakeServer.Store;

// The fake's own flags (FakeHubCommandLine.Usage); the rest (--urls, ...) go to ASP.NET Core.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(FakeHubCommandLine.Usage);
    return 0;
}
var (options, error) = FakeHubCommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(FakeHubCommandLine.Usage);
    return 2;
}

// Host: the same app FakeHubServer runs in-process, on --urls or http://127.0.0.1:5080.
// The slim builder leaves out what a loopback fake never uses (host filtering, IIS, extra log providers); HTTPS
// endpoints in --urls still work.
var builder = WebApplication.CreateSlimBuilder(FakeHubCommandLine.HostArguments(args));
builder.WebHost.UseKestrelHttpsConfiguration();
FakeHubCommandLine.UseDefaultUrls(builder);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
// The host logs each request's raw URL, query string included, where a token may have been sent by mistake;
// the journal middleware logs each request itself, with undeclared query values hidden. Off entirely, not at Warning:
// while that logger is enabled at any level the host starts an Activity for every request.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
var app = FakeHubApp.Build(builder, options);

// Start, then say where to point a client and with which token (this replaces the host's own start-up lines).
await app.StartAsync();
Console.WriteLine(FakeHubApp.Banner(FakeHubApp.BaseUrls(app), app.Services.GetRequiredService<FakeHubStore>(), options));
await app.WaitForShutdownAsync();
return 0;

/// <summary>The standalone server; public so test hosts can name the assembly's entry point.</summary>
public partial class Program { }
