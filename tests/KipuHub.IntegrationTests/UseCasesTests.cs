using System.Net;
using System.Text;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The use_cases namespace, client against fake over loopback: paging, search, the commands, every role, tenancy and bad input.</summary>
public sealed class UseCasesTests : FakeHubTest
{
    private static readonly CreateUseCaseRequest s_routing = new() { Title = "Vehicle Routing by Annealing", Summary = "Vans.", Tags = ["logistics"] };

    [Fact]
    public async Task ListAsync_PagesTheSeededUseCases_WithExactTotals()
    {
        var first = await Hub.UseCases.InOrg(Org).Page(0, 20).ListAsync();
        var second = await Hub.UseCases.InOrg(Org).Page(1, 20).ListAsync();

        (first.TotalElements, first.TotalPages, first.Content.Count, second.Content.Count).Should().Be((26L, 2, 20, 6));
        first.Content.Concat(second.Content).Select(u => u.Id).Should().OnlyHaveUniqueItems();
        first.Content.Should().OnlyContain(u => u.CurrentUserPermission == PermissionRole.Owner && u.Title!.Length > 0);
    }

    [Fact]
    public async Task Where_TitleContains_SearchesOnTheServer_IgnoringCase()
    {
        var all = await Hub.UseCases.InOrg(Org).Page(0, 100).AllAsync().ToListAsync();
        var word = all[0].Title!.Split(' ')[0].ToLowerInvariant();

        var found = await Hub.UseCases.InOrg(Org).Where(u => u.Title!.Contains(word)).Page(0, 100).AllAsync().ToListAsync();

        found.Should().NotBeEmpty().And.BeEquivalentTo(all.Where(u => u.Title!.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Fake.Journal.ShouldHaveCalled(HubCatalog.UseCasesList).WithQuery("title", word).Once();
    }

    [Fact]
    public async Task OrderBy_Title_SortsOnTheServer()
    {
        var sorted = await Hub.UseCases.InOrg(Org).OrderBy(u => u.Title).ThenByDescending(u => u.CreatedAt).Page(0, 100).ListAsync();

        sorted.Content.Select(u => u.Title).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_Get_Update_Delete_RoundTrip()
    {
        var created = await Hub.UseCases.InOrg(Org).CreateAsync(s_routing);

        created.Title.Should().Be(s_routing.Title);
        created.CreatedBy.Should().Be("demo");
        created.CreatedAt.Should().Be(Fake.Options.ReferenceDate.AddSeconds(1));
        (await Hub.UseCases.InOrg(Org).GetAsync(created.Id)).Should().BeEquivalentTo(created);

        var updated = await Hub.UseCases.InOrg(Org).UpdateAsync(created.Id, new UpdateUseCaseRequest { Summary = "Twenty vans." });

        updated.Should().BeEquivalentTo(created with { Summary = "Twenty vans.", ModifiedAt = Fake.Options.ReferenceDate.AddSeconds(2) });
        (await Hub.UseCases.InOrg(Org).Page(0, 100).ListAsync()).TotalElements.Should().Be(27);

        await Hub.UseCases.InOrg(Org).DeleteAsync(created.Id);

        await FluentActions.Awaiting(() => Hub.UseCases.InOrg(Org).GetAsync(created.Id)).Should().ThrowAsync<NotFoundException>();
        (await Hub.UseCases.InOrg(Org).Page(0, 100).ListAsync()).TotalElements.Should().Be(26);
    }

    [Fact]
    public async Task Roles_ViewerReads_MaintainerWrites_OnlyOwnerDeletes()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var created = await maintainer.UseCases.CreateAsync(s_routing);

        (await viewer.UseCases.GetAsync(created.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.UseCases.CreateAsync(s_routing));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.UseCases.UpdateAsync(created.Id, new() { Title = "No" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.UseCases.DeleteAsync(created.Id));
        (await maintainer.UseCases.UpdateAsync(created.Id, new() { Title = "Yes" })).Title.Should().Be("Yes");

        await owner.UseCases.DeleteAsync(created.Id);

        (await owner.UseCases.Page(0, 20).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsUseCase_Is404_AndANonMemberIs403()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        var mine = (await Hub.UseCases.InOrg(Org).Page(0, 1).ListAsync()).Content[0];

        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.UseCases.GetAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.UseCases.UpdateAsync(mine.Id, new() { Title = "Mine now" }));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.UseCases.DeleteAsync(mine.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.UseCases.InOrg(Org).Page(0, 20).ListAsync());
        (await stranger.UseCases.Page(0, 20).ListAsync()).Content.Should().NotContain(u => u.Id == mine.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_WithoutATitle_Is422_NamingTheField(string? title)
    {
        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).CreateAsync(new() { Title = title }));

        error.ErrorMessage.Should().Contain("'title'").And.Contain("255");
    }

    [Fact]
    public async Task Values_OverTheirLimits_Are422_AndQuoteAtMost200Characters()
    {
        var id = (await Hub.UseCases.InOrg(Org).Page(0, 1).ListAsync()).Content[0].Id;

        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).CreateAsync(s_routing with { Title = new string('t', 256) }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).UpdateAsync(id, new() { Summary = new string('s', 256) }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).UpdateAsync(id, new() { Description = new string('d', 10_001) }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).UpdateAsync(id, new() { Tags = [.. Enumerable.Repeat("x", 21)] }));
        var tag = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.UseCases.InOrg(Org).UpdateAsync(id, new() { Tags = [new string('g', 500)] }));

        tag.ErrorMessage!.Length.Should().BeLessThan(300);
    }

    [Fact]
    public async Task UnknownId_Is404()
    {
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.UseCases.InOrg(Org).UpdateAsync("00000000-0000-4000-8000-000000000000", new() { Title = "x" }));
    }

    [Fact]
    public async Task RawRequests_WithAMalformedBody_BadPaging_OrTheWrongMediaType_AreRefused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();

        (await http.PostAsync("use-cases", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.PostAsync("use-cases", new StringContent("{\"title\": 42}", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.PostAsync("use-cases", new StringContent("title=x", Encoding.UTF8, "text/plain"))).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await http.GetAsync("use-cases?page=-1&size=20")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.GetAsync("use-cases?page=0&size=20&sort=rating,asc")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        Fake.Store.Fingerprint().Should().Be(before, "a refused request changes nothing");
    }
}
