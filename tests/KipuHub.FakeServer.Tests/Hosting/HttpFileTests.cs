using System.Text.RegularExpressions;

namespace KipuHub.FakeServer.Tests.Hosting;

/// <summary>Every request in KipuHub.FakeServer.http runs against a fake server as written.</summary>
public sealed partial class HttpFileTests
{
    [Fact]
    public async Task Every_request_in_the_http_file_runs()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { AdminKey = "s3cret" });
        var lines = await File.ReadAllLinesAsync(FindHttpFile());
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new List<(string Title, List<string> Lines)>();
        foreach (var line in lines)
        {
            if (VariableLine().Match(line) is { Success: true } variable)
            {
                variables[variable.Groups[1].Value] = variable.Groups[2].Value.Trim();
            }
            else if (line.StartsWith("###", StringComparison.Ordinal))
            {
                requests.Add((line, []));
            }
            else if (requests.Count > 0)
            {
                requests[^1].Lines.Add(line);
            }
        }
        variables["host"] = hub.AdminUrl.GetLeftPart(UriPartial.Authority);
        variables["org"] = hub.DemoOrganizationId;
        string Expand(string text)
        {
            for (var i = 0; i < 3; i++)
            {
                text = Placeholder().Replace(text, m => variables[m.Groups[1].Value]);
            }
            return text;
        }

        using var http = new HttpClient();
        var ran = 0;
        foreach (var (title, body) in requests)
        {
            var content = body.SkipWhile(string.IsNullOrWhiteSpace).ToList();
            if (content.Count == 0 || content[0].StartsWith('#'))
            {
                continue;
            }
            var requestLine = Expand(content[0]).Split(' ', 2);
            using var request = new HttpRequestMessage(new HttpMethod(requestLine[0]), requestLine[1]);
            var headerLines = content.Skip(1).TakeWhile(l => !string.IsNullOrWhiteSpace(l)).ToList();
            var payload = string.Join("\n", content.Skip(1 + headerLines.Count)).Trim();
            string? contentType = null;
            foreach (var header in headerLines.Select(Expand))
            {
                var (name, value) = (header[..header.IndexOf(':')].Trim(), header[(header.IndexOf(':') + 1)..].Trim());
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = value;
                }
                else
                {
                    request.Headers.Add(name, value);
                }
            }
            if (payload.Length > 0)
            {
                request.Content = new StringContent(Expand(payload), Encoding.UTF8, contentType ?? "application/json");
            }

            using var response = await http.SendAsync(request);

            var status = (int)response.StatusCode;
            var answer = await response.Content.ReadAsStringAsync();
            if (requestLine[1].Contains("paste-the-created-id-here", StringComparison.Ordinal))
            {
                status.Should().Be(404, "{0}: the placeholder id names no tenant", title);
            }
            else
            {
                status.Should().BeInRange(200, 299, "{0} answered {1}", title, answer);
            }
            ran++;
        }

        ran.Should().BeGreaterThan(25);
    }

    private static string FindHttpFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "KipuHub.FakeServer", "KipuHub.FakeServer.http");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("src/KipuHub.FakeServer/KipuHub.FakeServer.http was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^@(\w+)\s*=\s*(.*)$")]
    private static partial Regex VariableLine();

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
