using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The git_integrations namespace, client against fake over loopback: paging, the filter, both kinds, repositories, roles and tenancy.</summary>
public sealed class GitIntegrationsTests : FakeHubTest
{
    private static readonly CreateGitIntegrationRequest s_github = new() { Provider = GitProvider.GitHub, Name = "Hand-made GitHub integration", InstallationId = 48213377 };

    private static readonly CreateGitIntegrationRequest s_gitlab = new() { Provider = GitProvider.GitLab, Name = "Hand-made GitLab integration", Token = "glpat-integration-test-token" };

    [Fact]
    public async Task ListAsync_PagesTheSeededIntegrations_WithExactTotals_AndBothKinds()
    {
        var first = await Hub.GitIntegrations.InOrg(Org).Page(0, 20).ListAsync();
        var second = await Hub.GitIntegrations.InOrg(Org).Page(1, 20).ListAsync();
        var all = first.Content.Concat(second.Content).ToList();

        (first.TotalElements, first.TotalPages, first.Content.Count, second.Content.Count).Should().Be((26L, 2, 20, 6));
        all.Select(g => g.Id).Should().OnlyHaveUniqueItems();
        all.Select(g => g.Name!.ToUpperInvariant()).Should().OnlyHaveUniqueItems("names are unique in a tenant ignoring case");
        all.Should().OnlyContain(g => g.CurrentUserPermission == PermissionRole.Owner && g.Name!.Length > 0);
        all.Where(g => g.Provider == GitProvider.GitHub).Should().NotBeEmpty().And.OnlyContain(g => g.InstallationId > 0 && g.HasToken == null);
        all.Where(g => g.Provider == GitProvider.GitLab).Should().NotBeEmpty().And.OnlyContain(g => g.HasToken == true && g.InstallationId == null);
        (await Hub.GitIntegrations.Page(0, 20).ListAsync()).TotalElements.Should().Be(2, "the demo user's personal account has its own");
    }

    [Fact]
    public async Task Where_Provider_FiltersOnTheServer_AndOrderBy_Name_Sorts()
    {
        var all = await Hub.GitIntegrations.InOrg(Org).Page(0, 100).ListAsync();

        var gitlab = await Hub.GitIntegrations.InOrg(Org).Where(g => g.Provider == GitProvider.GitLab).OrderBy(g => g.Name).Page(0, 100).ListAsync();

        gitlab.Content.Should().BeEquivalentTo(all.Content.Where(g => g.Provider == GitProvider.GitLab));
        gitlab.Content.Select(g => g.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        Fake.Journal.ShouldHaveCalled(HubCatalog.GitIntegrationsList).WithQuery("provider", "GITLAB");
        var newest = await Hub.GitIntegrations.InOrg(Org).OrderByDescending(g => g.CreatedAt).Page(0, 100).ListAsync();
        newest.Content.Select(g => g.CreatedAt).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task CreateGitHub_Get_List_Repositories_Delete_RoundTrip()
    {
        var created = await Hub.GitIntegrations.InOrg(Org).CreateAsync(s_github);

        (created.Name, created.Provider, created.InstallationId, created.HasToken).Should().Be((s_github.Name, GitProvider.GitHub, 48213377L, (bool?)null));
        (created.CreatedBy, created.CreatedAt, created.CurrentUserPermission).Should().Be(("demo", Fake.Options.ReferenceDate.AddSeconds(1), PermissionRole.Owner));
        (await Hub.GitIntegrations.InOrg(Org).GetAsync(created.Id)).Should().BeEquivalentTo(created);
        (await Hub.GitIntegrations.InOrg(Org).Page(0, 100).ListAsync()).TotalElements.Should().Be(27);
        var repositories = await Hub.GitIntegrations.InOrg(Org).Repositories(created.Id).Page(0, 100).ListAsync();
        repositories.Content.Should().NotBeEmpty("a created integration can import repositories too");
        repositories.Content.Should().OnlyContain(r => r.Url == "https://github.com/" + r.FullName && r.FullName!.EndsWith("/" + r.Name, StringComparison.Ordinal));
        (await Hub.GitIntegrations.InOrg(Org).Repositories(created.Id).Page(0, 100).ListAsync()).Content.Should().BeEquivalentTo(repositories.Content,
            o => o.WithStrictOrdering(), "the repositories follow from the integration, so every read gives the same");

        await Hub.GitIntegrations.InOrg(Org).DeleteAsync(created.Id);

        await FluentActions.Awaiting(() => Hub.GitIntegrations.InOrg(Org).GetAsync(created.Id)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.GitIntegrations.InOrg(Org).Repositories(created.Id).ListAsync()).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.GitIntegrations.InOrg(Org).DeleteAsync(created.Id)).Should().ThrowAsync<NotFoundException>();
        (await Hub.GitIntegrations.InOrg(Org).Page(0, 100).ListAsync()).TotalElements.Should().Be(26);
    }

    [Fact]
    public async Task CreateGitLab_StoresTheToken_ButShowsOnlyThatOneIsStored()
    {
        var created = await Hub.GitIntegrations.InOrg(Org).CreateAsync(s_gitlab);

        (created.Provider, created.HasToken, created.InstallationId).Should().Be((GitProvider.GitLab, (bool?)true, (long?)null));
        (await Hub.GitIntegrations.InOrg(Org).GetAsync(created.Id)).Should().BeEquivalentTo(created);
        var repositories = await Hub.GitIntegrations.InOrg(Org).Repositories(created.Id).AllAsync().ToListAsync();
        repositories.Should().NotBeEmpty().And.OnlyContain(r => r.Url!.StartsWith("https://gitlab.com/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repositories_OfTheLargestSeededIntegration_Page_WithExactTotals_AndSortByName()
    {
        var integrations = await Hub.GitIntegrations.InOrg(Org).Page(0, 100).ListAsync();
        var totals = new List<(string Id, long Total)>();
        foreach (var integration in integrations.Content)
        {
            totals.Add((integration.Id, (await Hub.GitIntegrations.InOrg(Org).Repositories(integration.Id).Page(0, 1).ListAsync()).TotalElements));
        }
        var largest = totals.MaxBy(t => t.Total).Id;

        var first = await Hub.GitIntegrations.InOrg(Org).Repositories(largest).OrderBy(r => r.Name).Page(0, 20).ListAsync();
        var second = await Hub.GitIntegrations.InOrg(Org).Repositories(largest).OrderBy(r => r.Name).Page(1, 20).ListAsync();

        (first.TotalElements, first.TotalPages, first.Content.Count, second.Content.Count).Should().Be((32L, 2, 20, 12));
        var names = first.Content.Concat(second.Content).Select(r => r.Name).ToList();
        names.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        first.Content.Should().OnlyContain(r => r.DefaultBranch!.Length > 0 && r.Private != null);
        first.Content.Select(r => Guid.TryParse(r.Id, out var id) ? id : Guid.Empty).Should().NotContain(Guid.Empty, "ids are UUIDs");
        totals.Select(t => t.Total).Distinct().Count().Should().BeGreaterThan(1, "integrations reach different numbers of repositories");
    }

    [Fact]
    public async Task Roles_ViewerReads_MaintainerAddsAndDeletes()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var created = await maintainer.GitIntegrations.CreateAsync(s_gitlab);

        (await viewer.GitIntegrations.GetAsync(created.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await viewer.GitIntegrations.Repositories(created.Id).ListAsync()).Content.Should().NotBeEmpty();
        var refused = await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.GitIntegrations.CreateAsync(s_github));
        refused.ErrorMessage.Should().Contain("MAINTAINER");
        (await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.GitIntegrations.DeleteAsync(created.Id))).ErrorMessage.Should().Contain("needs MAINTAINER");

        await maintainer.GitIntegrations.DeleteAsync(created.Id);

        var again = await owner.GitIntegrations.CreateAsync(s_github);
        await owner.GitIntegrations.DeleteAsync(again.Id);
        (await owner.GitIntegrations.Page(0, 20).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsIntegration_Is404_AndANonMemberIs403()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        var mine = (await Hub.GitIntegrations.InOrg(Org).Page(0, 1).ListAsync()).Content[0];

        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.GitIntegrations.GetAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.GitIntegrations.DeleteAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.GitIntegrations.Repositories(mine.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.GitIntegrations.InOrg(Org).Page(0, 20).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.GitIntegrations.InOrg(Org).CreateAsync(s_github));
        (await stranger.GitIntegrations.Page(0, 20).ListAsync()).Content.Should().BeEmpty();
        (await stranger.GitIntegrations.CreateAsync(s_github with { Name = mine.Name })).Name.Should().Be(mine.Name, "names are unique per tenant only");
    }
}
