using System.Security.Cryptography;
using KipuHub.FakeServer.Namespaces.GitIntegrations;

namespace KipuHub.FakeServer.Tests.GitIntegrations;

/// <summary>What the fake keeps of a git integration: never the GitLab token, and repositories that follow from the seed.</summary>
public sealed class GitIntegrationStateTests : FakeHubTest
{
    private const string Token = "glpat-state-test-SECRET";

    [Fact]
    public async Task A_gitlab_token_is_stored_only_as_its_hash()
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "git-integrations", organizationId: Hub.DemoOrganizationId,
            content: HubHttp.Json($$"""{"provider":"GITLAB","name":"Hashed","token":"{{Token}}"}"""));
        var created = await response.ReadJsonAsync<GitIntegration>();

        GitIntegrationRecord row;
        using (Hub.Store.Reading())
        {
            row = Hub.Store.Table(GitIntegrationsModule.Integrations).Find(created.Id)!;
        }

        row.TokenHash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Token))));
        row.ToString().Should().NotContain(Token).And.NotContain("SECRET");
        created.HasToken.Should().BeTrue();
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_integrations_and_repositories_byte_for_byte()
    {
        await using var twin = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = Hub.Options.Seed });
        await using var other = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = Hub.Options.Seed + 1 });
        using var twinHttp = HubHttp.CreateClient(twin);
        using var otherHttp = HubHttp.CreateClient(other);
        var mine = await ReadAllAsync(Http, Hub.DemoOrganizationId);

        (await ReadAllAsync(twinHttp, twin.DemoOrganizationId)).Should().Be(mine);
        (await ReadAllAsync(otherHttp, other.DemoOrganizationId)).Should().NotBe(mine, "another seed draws other integrations");
    }

    [Fact]
    public void Seeded_integrations_have_unique_names_per_tenant_and_one_demo_organization_integration_pages()
    {
        List<GitIntegrationRecord> rows;
        using (Hub.Store.Reading())
        {
            rows = [.. Hub.Store.Table(GitIntegrationsModule.Integrations).Rows];
        }

        rows.GroupBy(r => r.TenantId).Should().OnlyContain(g => g.Select(r => r.Name.ToUpperInvariant()).Distinct().Count() == g.Count());
        rows.Where(r => r.TenantId == Hub.DemoOrganizationId).Should().HaveCount(26)
            .And.Contain(r => r.RepositoryCount == GitIntegrationsModule.DemoRepositoryCount);
        rows.Should().OnlyContain(r => (r.Provider == GitProvider.GitHub) == (r.InstallationId > 0) && (r.Provider == GitProvider.GitLab) == (r.TokenHash != null));
        rows.Select(r => r.TenantId).Distinct().Should().HaveCount(6, "every seeded tenant has some");
    }

    private static async Task<string> ReadAllAsync(HttpClient http, string organization)
    {
        var list = await (await http.FetchAsync("git-integrations?page=0&size=100", organization)).Content.ReadAsStringAsync();
        var ids = System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("content").EnumerateArray().Select(e => e.GetProperty("id").GetString()!);
        var text = new StringBuilder(list);
        foreach (var id in ids)
        {
            text.Append(await (await http.FetchAsync($"git-integrations/{id}/repositories?page=0&size=100", organization)).Content.ReadAsStringAsync());
        }
        return text.ToString();
    }
}
