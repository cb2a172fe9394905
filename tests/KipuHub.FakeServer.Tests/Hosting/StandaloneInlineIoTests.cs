using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KipuHub.FakeServer.Hosting;

namespace KipuHub.FakeServer.Tests.Hosting;

/// <summary>
/// The kipuhub-fake tool runs requests on its socket threads (inline I/O, FakeHubStandalone) unless
/// DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 says otherwise. An admin reset waits until no API request is in
/// flight; if it waited on a socket thread, a request whose body still has to arrive on that thread could not finish
/// until Kestrel gave up on its body (a 408). One socket thread makes that certain rather than likely.
/// </summary>
public sealed class StandaloneInlineIoTests
{
    [Fact]
    public async Task On_inline_io_a_reset_sent_while_a_write_waits_for_its_body_waits_for_that_write_and_then_undoes_it()
    {
        using var process = StandaloneTests.StartStandalone(
            new Dictionary<string, string> { ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1", ["DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT"] = "1" }, "--urls", "http://127.0.0.1:0");
        try
        {
            var baseUrl = new Uri(await StandaloneTests.ReadBaseUrlAsync(process) + "/");
            using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
            var before = await CountApplicationsAsync(http);

            // A create whose body arrives in two parts: between them it holds the request gate a reset waits for.
            const string body = "{\"name\":\"created-while-resetting\"}";
            using var raw = new TcpClient();
            await raw.ConnectAsync(baseUrl.Host, baseUrl.Port);
            var stream = raw.GetStream();
            var head = $"POST /qc-catalog/v2/applications HTTP/1.1\r\nHost: {baseUrl.Authority}\r\nX-Auth-Token: {Tokens.Demo}\r\n" +
                $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + body[..10]));
            await Task.Delay(TimeSpan.FromSeconds(1));

            var reset = http.PostAsync(new Uri(baseUrl, "/_admin/reset"), content: null);
            await Task.Delay(TimeSpan.FromSeconds(1));
            reset.IsCompleted.Should().BeFalse("a reset waits until the write in flight has finished");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(body[10..]));

            using var reader = new StreamReader(stream, Encoding.ASCII);
            var created = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
            using var resetAnswer = await reset.WaitAsync(TimeSpan.FromSeconds(20));

            created.Should().StartWith("HTTP/1.1 200", "the write that held the gate finishes while the reset waits").And.Contain("created-while-resetting");
            resetAnswer.StatusCode.Should().Be(HttpStatusCode.OK);
            (await CountApplicationsAsync(http)).Should().Be(before, "the reset ran after the write, so the new application is gone");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_tool_serves_inline_by_default_and_from_the_thread_pool_when_the_variable_is_0()
    {
        var inline = await StartAndReadAsync("");
        var pooled = await StartAndReadAsync("0");

        inline.Banner.Should().Contain("I/O: inline").And.Contain($"{FakeHubStandalone.InlineCompletionsVariable}=0 for the thread pool");
        pooled.Banner.Should().Contain("I/O: thread pool");
        if (OperatingSystem.IsLinux() && Environment.ProcessorCount > 1)
        {
            // The runtime itself followed the switch the tool set: with inline completions it runs a socket thread per
            // core, so that no socket thread becomes the bottleneck; without them one serves up to 30 cores.
            inline.SocketThreads.Should().Be(Environment.ProcessorCount, "the tool switched the runtime's inline completions on before its first socket");
            pooled.SocketThreads.Should().BeLessThan(Environment.ProcessorCount);
        }
    }

    /// <summary>Starts the tool with the variable set to <paramref name="inlineCompletions"/> ("" as unset): its banner, and how many socket threads it runs once it listens.</summary>
    private static async Task<(string Banner, int SocketThreads)> StartAndReadAsync(string inlineCompletions)
    {
        using var process = StandaloneTests.StartStandalone(
            new Dictionary<string, string> { [FakeHubStandalone.InlineCompletionsVariable] = inlineCompletions, ["DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT"] = "" },
            "--urls", "http://127.0.0.1:0");
        try
        {
            var banner = new StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.AppendLine(line);
                if (line.StartsWith("I/O: ", StringComparison.Ordinal))
                {
                    break;
                }
            }
            var threads = OperatingSystem.IsLinux() ? Directory.GetDirectories($"/proc/{process.Id}/task").Count(IsSocketThread) : 0;
            return (banner.ToString(), threads);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Whether a thread of /proc/PID/task is one of the runtime's socket threads; a thread that ended meanwhile is not.</summary>
    private static bool IsSocketThread(string task)
    {
        try
        {
            return File.ReadAllText(Path.Combine(task, "comm")).Trim() == ".NET Sockets";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<int> CountApplicationsAsync(HttpClient http)
    {
        using var response = await http.SendAsync(HttpMethod.Get, "v2/applications", Tokens.Demo);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return list.RootElement.GetArrayLength();
    }
}
