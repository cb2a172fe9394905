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
        variables["lab"] = hub.ViewerOrganizationId;
        (variables["service"], variables["version"]) = await BuiltFromFilesAsync(hub);
        variables["listing"] = (await hub.Client.Marketplace.ListAsync())[0].Id;
        var workflow = await hub.Client.WorkflowServices.InOrg(hub.DemoOrganizationId).CreateAsync(new CreateWorkflowServiceRequest { Name = "pasted" });
        (variables["workflow"], variables["workflowVersion"]) = (workflow.Id, workflow.ServiceDefinitions![0].Id);
        var managed = await hub.Client.ManagedServices.InOrg(hub.DemoOrganizationId).CreateAsync(new CreateManagedServiceRequest { Name = "pasted" }, new MemoryStream([1]));
        (variables["managed"], variables["managedVersion"]) = (managed.Id, managed.ServiceDefinitions![0].Id);
        var external = hub.Client.ExternalServices.InOrg(hub.DemoOrganizationId);
        var created = await external.CreateAsync(new CreateExternalServiceRequest { Name = "pasted", Url = "https://example.com" },
            new MemoryStream("{\"openapi\": \"3.0.3\"}"u8.ToArray()));
        var plan = await external.CreatePricingPlanAsync(created.Id, created.ServiceDefinitions![0].Id,
            new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "call", AmountMajor = 1 }] });
        (variables["external"], variables["externalVersion"], variables["product"]) = (created.Id, created.ServiceDefinitions[0].Id, plan.Products![0].Id);
        var jobs = hub.Client.ServiceJobs.InOrg(hub.DemoOrganizationId);
        var finished = (await jobs.Where(j => j.Status == ExecutionStatus.Succeeded).Page(0, 2).ListAsync()).Content;
        var pending = (await jobs.Where(j => j.Status == ExecutionStatus.Pending).Page(0, 2).ListAsync()).Content;
        (variables["finishedJobId"], variables["finishedJobId2"]) = (finished[0].Id, finished[1].Id);
        (variables["pendingJobId"], variables["pendingJobId2"]) = (pending[0].Id, pending[1].Id);
        var executions = hub.Client.ServiceExecutions.InOrg(hub.DemoOrganizationId);
        variables["execution"] = (await executions.Where(e => e.Status == ExecutionStatus.Succeeded).Page(0, 1).ListAsync()).Content[0].Id;
        variables["runningExecution"] = (await executions.Where(e => e.Status == ExecutionStatus.Running).Page(0, 1).ListAsync()).Content[0].Id;
        foreach (var pool in await hub.Client.DataPools.InOrg(hub.DemoOrganizationId).ListAsync())
        {
            if ((await hub.Client.DataPoolShares.Of(pool.Id).InOrg(hub.DemoOrganizationId).ListAsync()).TotalElements == 0)
            {
                variables["sharedPool"] = pool.Id;
                break;
            }
        }
        variables["demoUser"] = hub.DemoUserId;
        variables["invitation"] = (await hub.Client.Users.Invitations().Page(0, 1).ListAsync()).Content[0].Id;
        using (var bob = hub.CreateClient("bob-token"))
        {
            variables["bobInvitation"] = (await bob.Users.Invitations().Page(0, 1).ListAsync()).Content[0].Id;
        }
        variables["notification"] = (await hub.Client.UserNotifications.Where(n => n.Read == false).Page(0, 1).ListAsync()).Content[0].Id;
        variables["budget"] = (await hub.Client.Billing.InOrg(hub.DemoOrganizationId).Budgets().ListAsync())[0].Id;
        variables.Where(v => v.Value.StartsWith("paste-", StringComparison.Ordinal)).Should().BeEmpty("the test fills every id a user pastes");
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
                // A multipart body's lines end in CRLF on the wire (RFC 2046), whatever the file's line endings.
                var multipart = contentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
                request.Content = new StringContent(multipart ? Expand(payload).ReplaceLineEndings("\r\n") + "\r\n" : Expand(payload), Encoding.UTF8);
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "application/json");
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

    /// <summary>The ids a user pastes into @service and @version: a CREATED version of the demo organization, built from files.</summary>
    private static async Task<(string Service, string Version)> BuiltFromFilesAsync(FakeHubServer hub)
    {
        var services = hub.Client.Services.InOrg(hub.DemoOrganizationId);
        await foreach (var service in services.Where(s => s.Lifecycle == ServiceLifecycle.Created).Page(0, 100).AllAsync())
        {
            var version = services.Version(service.Id, service.ServiceDefinitionId!);
            if (service.BuildStatus == BuildStatus.Success && (await version.GetAsync()).Source?.Type == "FileSource")
            {
                return (service.Id, service.ServiceDefinitionId!);
            }
        }
        throw new InvalidOperationException("The seed has no CREATED, built, file-sourced service in the demo organization.");
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
