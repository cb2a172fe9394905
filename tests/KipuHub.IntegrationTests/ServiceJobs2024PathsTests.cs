using System.Net;
using System.Text;
using System.Text.Json;
using KipuHub.Contract;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The 2024 /jobs paths, as a client generated from the 2024 document calls them: raw HTTP, a plain array for the
/// list, and the same state as /service-jobs (catalog aliases served by the same handlers).
/// </summary>
public sealed class ServiceJobs2024PathsTests : FakeHubTest
{
    [Fact]
    public async Task Jobs_ListsEveryJobAsAPlainArray_TheSameAsThePagedList()
    {
        using var http = Http();

        using var list = JsonDocument.Parse(await http.GetStringAsync("jobs"));

        list.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        var paged = await Hub.ServiceJobs.InOrg(Org).Page(0, 100).ListAsync();
        list.RootElement.EnumerateArray().Select(j => j.GetProperty("id").GetString()).Should().Equal(paged.Content.Select(j => j.Id));
        list.RootElement[0].GetProperty("serviceDefinition").GetProperty("id").GetString().Should().Be(paged.Content[0].ServiceDefinition!.Id);
    }

    [Fact]
    public async Task Jobs_CreateGetCancelLogsCostsDelete_AnswerTheSameStateAsServiceJobs()
    {
        using var http = Http();
        var version = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId;

        using var created = await http.PostAsync("jobs", new StringContent($"{{\"serviceDefinitionId\":\"{version}\",\"inputData\":\"{{\\\"n\\\":5}}\"}}", Encoding.UTF8, "application/json"));
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var viaClient = await Hub.ServiceJobs.InOrg(Org).GetAsync(id);
        viaClient.InputData.Should().Be("{\"n\":5}");
        using var get = JsonDocument.Parse(await http.GetStringAsync($"jobs/{id}"));
        get.RootElement.GetProperty("status").GetString().Should().Be("PENDING");
        get.RootElement.GetProperty("serviceDefinition").GetProperty("id").GetString().Should().Be(version);
        (await http.GetStringAsync($"jobs/{id}/logs")).Should().Be(await Hub.ServiceJobs.InOrg(Org).GetLogsAsync(id));
        (await http.GetAsync($"jobs/{id}/costs")).StatusCode.Should().Be(HttpStatusCode.Conflict);

        Fake.Clock.Advance(TimeSpan.FromSeconds(3));
        using var cancel = await http.PutAsync($"jobs/{id}/cancel", null);
        cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await cancel.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().Should().Be("CANCELLED");
        (await Hub.ServiceJobs.InOrg(Org).GetAsync(id)).Status.Should().Be(ExecutionStatus.Cancelled);
        (await http.PutAsync($"jobs/{id}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        using var costs = JsonDocument.Parse(await http.GetStringAsync($"jobs/{id}/costs"));
        costs.RootElement.GetArrayLength().Should().Be((await Hub.ServiceJobs.InOrg(Org).GetCostsAsync(id)).Count).And.Be(2, "it ran a second or two");
        (await http.GetStringAsync($"jobs/{id}/logs")).Should().Contain("Job started").And.EndWith("Job cancelled\n");

        (await http.DeleteAsync($"jobs/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await http.GetAsync($"service-jobs/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync($"jobs/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Fake.Journal.ShouldHaveCalled(HubCatalog.ServiceJobsDelete2024);
    }

    [Fact]
    public async Task Jobs_KeepsTheSameRules_RolesAndTenancy()
    {
        using var viewer = Http(organization: Fake.ViewerOrganizationId);
        using var stranger = Http("bob-token", organization: null);
        var version = (await JobFixtures.RunnableVersionAsync(Hub, Fake.ViewerOrganizationId)).ServiceDefinitionId;
        var demoJob = (await Hub.ServiceJobs.InOrg(Org).Page(0, 1).ListAsync()).Content[0].Id;
        var before = Fake.Store.Fingerprint();

        (await viewer.PostAsync("jobs", new StringContent($"{{\"serviceDefinitionId\":\"{version}\"}}", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"jobs/{demoJob}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.DeleteAsync($"jobs/{demoJob}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var bobInDemo = Http("bob-token", Org);
        (await bobInDemo.GetAsync("jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task TheOpenApiDocument_MarksThe2024PathsDeprecated_AndOnlyThem()
    {
        using var http = new HttpClient();
        var root = new Uri(Fake.BaseUrl.GetLeftPart(UriPartial.Authority));
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(root, "/openapi/v1.json")));

        var deprecated = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("deprecated", out var d) && d.GetBoolean())
                .Select(o => o.Value.GetProperty("operationId").GetString()))
            .ToList();

        deprecated.Should().BeEquivalentTo(HubCatalog.All.Where(e => e.IsAlias).Select(e => e.Id));
        deprecated.Should().Contain(nameof(HubCatalog.ServiceJobsList2024));
    }

    private HttpClient Http(string token = FakeHubServer.DemoToken, string? organization = "")
    {
        var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        if (organization != null)
        {
            http.DefaultRequestHeaders.Add("X-OrganizationId", organization.Length == 0 ? Org : organization);
        }
        return http;
    }
}
