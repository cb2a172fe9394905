using System.Web;
using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Queries;

/// <summary>
/// A query under one item of a list (a pool's files, a service's versions) keeps the tenant chosen on the list, but
/// never the list's filters, sorts or page: those belong to the list's endpoint, and sent to the nested one they would
/// filter or page it by accident, or be refused by a strict server.
/// </summary>
public sealed class NestedQueryStateTests
{
    private const string OrgId = "org-chosen-on-the-list";

    public static TheoryData<string> Cases() => [.. s_cases.Keys];

    private static readonly Dictionary<string, (HubEndpoint Endpoint, Func<HubPlatformClient, Task> Send)> s_cases = new()
    {
        ["Services.Versions"] = (HubCatalog.ServiceVersionsList, hub =>
            hub.Services.InOrg(OrgId).Where(s => s.Lifecycle == ServiceLifecycle.Published).OrderBy(s => s.Name).Page(3, 7).Versions("s1").ListAsync()),
        ["Services.Version.Subscriptions"] = (HubCatalog.ServiceVersionsSubscriptions, hub =>
            hub.Services.InOrg(OrgId).Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(3, 7).Version("s1", "v1").Subscriptions().ListAsync()),
        ["DataPools.Files"] = (HubCatalog.DataPoolFilesList, hub =>
            hub.DataPools.InOrg(OrgId).Where(d => d.Name!.Contains("x")).Files("p1").ListAsync()),
        ["GitIntegrations.Repositories"] = (HubCatalog.GitIntegrationRepositoriesList, hub =>
            hub.GitIntegrations.InOrg(OrgId).Page(3, 7).Repositories("g1").ListAsync()),
        ["Algorithms.Sketches"] = (HubCatalog.AlgorithmSketchesList, hub =>
            hub.Algorithms.InOrg(OrgId).Where(a => a.Name!.Contains("x")).Page(3, 7).Sketches("a1").ListAsync()),
        ["Implementations.Of"] = (HubCatalog.ImplementationsList, hub =>
            hub.Implementations.InOrg(OrgId).Where(i => i.Name!.Contains("x")).Page(3, 7).Of("a1").ListAsync()),
        ["Implementations.Of.Files"] = (HubCatalog.ImplementationFilesList, hub =>
            hub.Implementations.InOrg(OrgId).Of("a1").Page(3, 7).Files("i1").ListAsync()),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_nested_query_keeps_the_tenant_and_drops_the_lists_query(string name)
    {
        var (endpoint, send) = s_cases[name];
        var server = TestClients.Answering(_ => TestClients.Json(endpoint.Shape == HubResultShape.Page
            ? """{"content":[],"page":0,"size":20,"totalElements":0,"totalPages":0}"""
            : "[]"));
        using var hub = TestClients.Create(server);

        await send(hub);

        var request = server.Requests.Should().ContainSingle().Subject;
        request.Headers.Should().Contain("X-OrganizationId", OrgId);
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        query.AllKeys.Should().NotContain(["page", "size", "sort", "lifecycle", "search"],
            "{0} sends {1}, whose query is its own, not the list's ({2})", name, endpoint, request.Uri.Query);
    }
}
