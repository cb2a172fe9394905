// AnalyzersInAction: each KipuHub rule fires exactly once below, on purpose.
// Build it (`dotnet build samples/AnalyzersInAction`) and the warnings list KH0001 ... KH0006.
// Each "Fixed" comment shows the compliant form. Nothing runs unless you pass --run; then the KH0003 and KH0004
// lines throw at run time, exactly as the warnings predicted.
using KipuHub;
using KipuHub.Models;

if (args is not ["--run"])
{
    Console.WriteLine("Build this project to see the KipuHub analyzers (KH0001-KH0006) report on this file.");
    Console.WriteLine("See docs/rules/README.md for what each rule means.");
    return;
}

var organizationId = Environment.GetEnvironmentVariable(HubPlatformClientOptions.OrganizationIdVariable) ?? "<organization-id>";

// KH0005: a hard-coded token. Fixed: read HubPlatformClientOptions.ApiKeyVariable from the environment.
using var hub = new HubPlatformClient("kqh_sample_token_do_not_commit");

// KH0001: no scope decision. Fixed: hub.Services.InOrg(organizationId).GetAsync("service-id").
var service = await hub.Services.GetAsync("service-id");
Console.WriteLine(service.Name);

// KH0002: ListAsync without Page(...) reads only the first 20. Fixed: .Page(0, 20) or AllAsync().
var firstPage = await hub.Services.InOrg(organizationId).ListAsync();
Console.WriteLine(firstPage.Content.Count);

// KH0003: Name is not a filter of ServicesList. Fixed: s => s.Lifecycle == ServiceLifecycle.Published.
var byName = hub.Services.InOrg(organizationId).Where(s => s.Name == "qaoa").Page(0, 20);
Console.WriteLine(byName);

// KH0004: ServicesList returns at most 2000 items per page. Fixed: .Page(0, 2000).
var huge = hub.Services.InOrg(organizationId).Page(0, 5000);
Console.WriteLine(huge);

// KH0006: builds a command and drops it, so nothing is deleted. Fixed: await ... .Delete("service-id").SendAsync().
hub.Services.InOrg(organizationId).Delete("service-id");

// Compliant: scoped, paged, translatable, sent.
var published = await hub.Services
    .InOrg(organizationId)
    .Where(s => s.Lifecycle == ServiceLifecycle.Published)
    .OrderByDescending(s => s.CreatedAt)
    .Page(0, 20)
    .ListAsync();
Console.WriteLine(published.Content.Count);
