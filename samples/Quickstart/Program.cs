// Quickstart: walks the main KipuHub slice. With no configuration it runs against the embedded fake server;
// with KQH_PERSONAL_ACCESS_TOKEN set it makes read-only calls against the real Kipu Quantum Hub instead.
using System.Text;
using KipuHub;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable)))
{
    // Real hub: read-only. The token, organization and base URL come from the KQH_* environment variables.
    using var real = new HubPlatformClient(new HubPlatformClientOptions());
    Console.WriteLine($"Using {real}");
    try
    {
        await ReadOnlyTour(real);
    }
    catch (HubException ex)
    {
        // HubException is the root of every failure of a call: error status, unreadable answer, timeout, lost connection.
        // Several endpoints are known only from the 2024 API (docs/api-coverage.md); say which call failed and stop.
        Console.WriteLine($"A call to the real hub failed: {ex.Message}");
        Environment.ExitCode = 1;
    }
    return;
}

await using var fake = await FakeHubServer.StartAsync();
Console.WriteLine($"Started the fake qc-catalog at {fake.BaseUrl} (token: {FakeHubServer.DemoToken})");
var hub = fake.Client;
var org = await ReadOnlyTour(hub) ?? throw new InvalidOperationException("The demo user owns no organization.");

// Create an application, and subscribe it to a published service.
Console.WriteLine();
Console.WriteLine("== Applications and subscriptions ==");
var app = await hub.Applications.InOrg(org).CreateAsync(new CreateApplicationRequest { Name = "Quickstart app" });
Console.WriteLine($"Created application '{app.Name}' ({app.Id})");
var published = await hub.Services.InOrg(org).Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, 1).ListAsync();
var service = published.Content[0];
var subscription = await hub.Subscriptions.InOrg(org).CreateAsync(new CreateSubscriptionRequest { ServiceId = service.Id, ApplicationId = app.Id });
Console.WriteLine($"Subscribed it to '{service.Name}': subscription {subscription.Id}");

// Create a data pool, upload a file, and download it back.
Console.WriteLine();
Console.WriteLine("== Data pools ==");
var pool = await hub.DataPools.InOrg(org).CreateAsync(new CreateDataPoolRequest { Name = "Quickstart pool" });
Console.WriteLine($"Created data pool '{pool.Name}' ({pool.Id})");
var text = "{\"qubits\": 5, \"shots\": 1024}";
var file = await hub.DataPools.InOrg(org).Files(pool.Id).UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.json", "application/json");
Console.WriteLine($"Uploaded {file.Name}: {file.ContentLength} bytes, {file.ContentType}");
var copy = new MemoryStream();
await hub.DataPools.InOrg(org).Files(pool.Id).DownloadAsync(file.Id, copy);
var roundTrip = Encoding.UTF8.GetString(copy.ToArray());
Console.WriteLine($"Downloaded it back: {roundTrip} ({(roundTrip == text ? "identical" : "DIFFERENT")})");

// Share the pool with the organization where the demo user is VIEWER, and read it from there.
Console.WriteLine();
Console.WriteLine("== Sharing a data pool ==");
var lab = (await hub.Users.GetAccountsAsync()).First(a => a.IsOrganization && a.Role == PermissionRole.Viewer);
var share = await hub.DataPoolShares.Of(pool.Id).InOrg(org).CreateAsync(new CreateDataPoolShareRequest
{
    PrincipalType = SharePrincipalType.Organization, PrincipalId = lab.Id, Role = PermissionRole.Viewer,
});
Console.WriteLine($"Shared '{pool.Name}' with {share.PrincipalName} as {share.Role}");
var asLab = hub.DataPools.InOrg(lab.Id);
var seen = await asLab.GetAsync(pool.Id);
var sharedFiles = await asLab.Files(pool.Id).ListAsync();
Console.WriteLine($"Read as {lab.DisplayName}: '{seen.Name}' ({seen.CurrentUserPermission}), files: {string.Join(", ", sharedFiles.Select(f => f.Name))}");
try
{
    await asLab.Files(pool.Id).UploadAsync(new MemoryStream([1]), "from-the-lab.bin");
}
catch (ForbiddenException ex)
{
    Console.WriteLine($"Uploading there is refused ({(int)ex.StatusCode}): a VIEWER share reads only");
}

// Upload new source code: a build starts, and it finishes when the fake's clock says so. No sleeping.
Console.WriteLine();
Console.WriteLine("== A build on the fake's clock ==");
var built = (await hub.Services.InOrg(org).Where(s => s.Lifecycle == ServiceLifecycle.Created).Page(0, 100).ListAsync()).Content
    .First(s => s.Type == ServiceType.Managed && s.BuildStatus == BuildStatus.Success);
var version = hub.Services.InOrg(org).Version(built.Id, built.ServiceDefinitionId!);
await version.UploadSourceCodeAsync(new MemoryStream(Zip("src/program.py", "def run(data, params):\n    return data\n")));
Console.WriteLine($"Uploaded source code to '{built.Name}': build {(await version.GetBuildStatusAsync()).Status} at {fake.Clock.UtcNow:HH:mm:ss}");
fake.Clock.Advance(TimeSpan.FromSeconds(30));
Console.WriteLine($"Advanced the clock 30 s: build {(await version.GetBuildStatusAsync()).Status} at {fake.Clock.UtcNow:HH:mm:ss}");
Console.WriteLine($"Published it: {(await version.PublishAsync()).Lifecycle}");

// Invite bob (another seeded user) to the organization; bob accepts and can act in it at once.
Console.WriteLine();
Console.WriteLine("== Inviting a member ==");
using var bob = fake.CreateClient(fake.SeedInfo.Principals.Single(p => p.Username == "bob").Token);
var bobEmail = fake.SeedInfo.Organizations.SelectMany(o => o.Members).First(m => m.Username == "bob").Email;
var invitation = await hub.Organizations.Invitations(org).CreateAsync(new CreateInvitationRequest { Email = bobEmail, Role = PermissionRole.Viewer });
Console.WriteLine($"Invited {invitation.Email} to '{invitation.OrganizationName}' as {invitation.Role}: {invitation.State}");
var accepted = await bob.Users.Invitations().AcceptAsync(invitation.Id);
Console.WriteLine($"bob accepted: {accepted.State}");
var bobsAccounts = await bob.Users.GetAccountsAsync();
Console.WriteLine($"bob's accounts now: {string.Join(", ", bobsAccounts.Select(a => $"{a.DisplayName} ({a.Role})"))}");
var bobSees = await bob.Services.InOrg(org).Page(0, 1).ListAsync();
Console.WriteLine($"bob sees {bobSees.TotalElements} services in '{invitation.OrganizationName}'");
Console.WriteLine();
Console.WriteLine("Done. See README.md for the fake server, the demo principal and the analyzers.");

static async Task<string?> ReadOnlyTour(HubPlatformClient hub)
{
    Console.WriteLine();
    Console.WriteLine("== Who am I ==");
    var me = await hub.Authentication.AuthorizeAsync();
    Console.WriteLine($"Signed in with the token '{me.AccessToken?.Name}' ({me.AccountType} plan), member of {me.OrganizationMemberships?.Count ?? 0} organizations");
    var accounts = await hub.Users.GetAccountsAsync();
    foreach (var account in accounts)
    {
        Console.WriteLine($"  {(account.IsOrganization ? "organization" : "personal")}: {account.DisplayName} ({account.Role}) id={account.Id}");
    }
    var org = hub.OrganizationId ?? accounts.FirstOrDefault(a => a.IsOrganization && a.Role == PermissionRole.Owner)?.Id;

    Console.WriteLine();
    Console.WriteLine("== Services, a page at a time ==");
    var query = org is null ? hub.Services.InPersonalAccount() : hub.Services.InOrg(org);
    for (var index = 0; ; index++)
    {
        var page = await query.OrderBy(s => s.Name).Page(index, 20).ListAsync();
        Console.WriteLine($"  {page}: first is '{page.Content.FirstOrDefault()?.Name}'");
        if (!page.HasNext || index == 4)
        {
            break;
        }
    }

    Console.WriteLine();
    Console.WriteLine("== Only published services ==");
    var published = query.Where(s => s.Lifecycle == ServiceLifecycle.Published);
    Console.WriteLine($"  {published}");
    var count = 0;
    await foreach (var service in published.AllAsync())
    {
        if (count++ < 3)
        {
            Console.WriteLine($"  {service.Name} [{service.Lifecycle}]");
        }
    }
    Console.WriteLine($"  {count} published in all");
    return org;
}

static byte[] Zip(string name, string content)
{
    using var buffer = new MemoryStream();
    using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
    using (var writer = new StreamWriter(zip.CreateEntry(name).Open()))
    {
        writer.Write(content);
    }
    return buffer.ToArray();
}
