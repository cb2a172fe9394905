using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The algorithms namespace, client against fake over loopback: the list shows the tenant's own algorithms, those it is
/// a member of and the public ones, paged with exact totals and searchable by name; the commands, every role, another
/// tenant's ids and bad input, each refusal followed by a check that nothing changed.
/// </summary>
public sealed class AlgorithmsTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private static readonly CreateAlgorithmRequest s_grover = new() { Name = "Grover Search for Sudoku", Acronym = "GROVER", Intent = "Solves 4x4 Sudoku." };

    [Fact]
    public async Task List_InTheDemoOrganization_Pages_WithExactTotals_AndTheRoleOfEachAlgorithm()
    {
        var first = await Hub.Algorithms.InOrg(Org).Page(0, 20).ListAsync();
        var all = await Hub.Algorithms.InOrg(Org).AllAsync().ToListAsync();

        first.TotalElements.Should().Be(all.Count).And.BeGreaterThan(27);
        (first.Content.Count, first.TotalPages).Should().Be((20, (all.Count + 19) / 20));
        var last = await Hub.Algorithms.InOrg(Org).Page(first.TotalPages - 1, 20).ListAsync();
        last.Content.Should().HaveCount(all.Count - (first.TotalPages - 1) * 20);
        all.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        // 27 of its own (OWNER), one of Bob's Quantum Garage through a MAINTAINER member entry, the rest public ones of others.
        all.Count(a => a.CurrentUserPermission == PermissionRole.Owner).Should().Be(27);
        all.Should().ContainSingle(a => a.CurrentUserPermission == PermissionRole.Maintainer).Which.Visibility.Should().Be(AlgorithmVisibility.Private);
        all.Where(a => a.CurrentUserPermission == PermissionRole.Viewer).Should().OnlyContain(a => a.Visibility == AlgorithmVisibility.Public)
            .And.HaveCount(all.Count - 28);
    }

    [Fact]
    public async Task List_OfAFreshTenant_ShowsThePublicAlgorithmsOfAll_PlusItsOwn_WithExactTotals()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();
        using var other = Fake.CreateTenant(PermissionRole.Owner);
        using var neighbour = other.CreateClient();
        var published = await client.Algorithms.Page(0, 2000).ListAsync();
        published.TotalElements.Should().BePositive("the seed publishes about one algorithm in five");
        published.Content.Should().OnlyContain(a => a.Visibility == AlgorithmVisibility.Public && a.CurrentUserPermission == PermissionRole.Viewer);

        for (var i = 0; i < 25; i++)
        {
            await client.Algorithms.CreateAsync(s_grover with { Name = $"Private algorithm {i:00}" });
        }

        var page = await client.Algorithms.Page(1, 20).ListAsync();
        (page.TotalElements, page.TotalPages).Should().Be((published.TotalElements + 25, (int)((published.TotalElements + 25 + 19) / 20)));
        (await client.Algorithms.Where(a => a.Name!.Contains("private algorithm")).Page(0, 20).ListAsync()).TotalElements.Should().Be(25);
        (await neighbour.Algorithms.Page(0, 2000).ListAsync()).TotalElements.Should().Be(published.TotalElements, "private algorithms stay in their tenant");
    }

    [Fact]
    public async Task Where_NameContains_SearchesOnTheServer_IgnoringCase()
    {
        var all = await Hub.Algorithms.InOrg(Org).AllAsync().ToListAsync();

        var found = await Hub.Algorithms.InOrg(Org).Where(a => a.Name!.Contains("GRAPHS")).Page(0, 100).AllAsync().ToListAsync();

        found.Should().NotBeEmpty().And.BeEquivalentTo(all.Where(a => a.Name!.Contains("GRAPHS", StringComparison.OrdinalIgnoreCase)));
        found.Count.Should().BeLessThan(all.Count);
        Fake.Journal.ShouldHaveCalled(HubCatalog.AlgorithmsList).WithQuery("search", "GRAPHS");
    }

    [Fact]
    public async Task OrderBy_NameAndCreatedAt_SortOnTheServer()
    {
        var byName = await Hub.Algorithms.InOrg(Org).OrderBy(a => a.Name).Page(0, 100).ListAsync();
        var newest = await Hub.Algorithms.InOrg(Org).OrderByDescending(a => a.CreatedAt).Page(0, 100).ListAsync();

        byName.Content.Select(a => a.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        newest.Content.Select(a => a.CreatedAt).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Create_Get_Update_Delete_RoundTrip()
    {
        var algorithms = Hub.Algorithms.InOrg(Org);
        var before = (await algorithms.Page(0, 1).ListAsync()).TotalElements;

        var created = await algorithms.CreateAsync(s_grover);

        created.Should().BeEquivalentTo(new Algorithm
        {
            Id = created.Id, Name = s_grover.Name, Acronym = "GROVER", Intent = "Solves 4x4 Sudoku.", Visibility = AlgorithmVisibility.Private,
            CreatedAt = Fake.Options.ReferenceDate.AddSeconds(1), ModifiedAt = Fake.Options.ReferenceDate.AddSeconds(1), CreatedBy = "demo",
            CurrentUserPermission = PermissionRole.Owner,
        });
        (await algorithms.GetAsync(created.Id)).Should().BeEquivalentTo(created);
        (await algorithms.Page(0, 1).ListAsync()).TotalElements.Should().Be(before + 1);

        var updated = await algorithms.UpdateAsync(created.Id, new() { Description = "Oracle per cell.", Visibility = AlgorithmVisibility.Public });

        updated.Should().BeEquivalentTo(created with
        {
            Description = "Oracle per cell.",
            Visibility = AlgorithmVisibility.Public,
            ModifiedAt = Fake.Options.ReferenceDate.AddSeconds(2),
        });
        (await algorithms.GetAsync(created.Id)).Should().BeEquivalentTo(updated);

        await algorithms.DeleteAsync(created.Id);

        await ExpectNothingChangedAsync<NotFoundException>(() => algorithms.GetAsync(created.Id));
        (await algorithms.Page(0, 1).ListAsync()).TotalElements.Should().Be(before);
    }

    [Fact]
    public async Task Roles_ViewerReads_MaintainerWrites_OnlyOwnerDeletes_NonMemberIs403()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var outsider = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = outsider.CreateClient();
        var created = await maintainer.Algorithms.CreateAsync(s_grover);

        (await viewer.Algorithms.GetAsync(created.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await maintainer.Algorithms.GetAsync(created.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Algorithms.CreateAsync(s_grover));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Algorithms.UpdateAsync(created.Id, new() { Name = "No" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Algorithms.DeleteAsync(created.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Algorithms.InOrg(tenant.Id).GetAsync(created.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Algorithms.InOrg(tenant.Id).Page(0, 20).ListAsync());
        (await maintainer.Algorithms.UpdateAsync(created.Id, new() { Name = "Yes" })).Name.Should().Be("Yes");

        await owner.Algorithms.DeleteAsync(created.Id);

        (await owner.Algorithms.Page(0, 2000).ListAsync()).Content.Should().NotContain(a => a.Id == created.Id);
    }

    [Fact]
    public async Task AnotherTenantsPrivateAlgorithm_Is404_ItsPublicOne_IsReadOnly()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        var mine = await Hub.Algorithms.InOrg(Org).CreateAsync(s_grover);
        var published = await Hub.Algorithms.InOrg(Org).CreateAsync(s_grover with { Name = "Published Grover", Visibility = AlgorithmVisibility.Public });

        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.GetAsync(mine.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.UpdateAsync(mine.Id, new() { Name = "Mine now" }));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.DeleteAsync(mine.Id));
        (await stranger.Algorithms.Page(0, 2000).ListAsync()).Content.Should().NotContain(a => a.Id == mine.Id)
            .And.ContainSingle(a => a.Id == published.Id).Which.CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await stranger.Algorithms.GetAsync(published.Id)).Should().BeEquivalentTo(published with { CurrentUserPermission = PermissionRole.Viewer });
        (await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Algorithms.UpdateAsync(published.Id, new() { Name = "Mine now" })))
            .ErrorMessage.Should().Contain("PUBLIC");
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Algorithms.DeleteAsync(published.Id));

        await Hub.Algorithms.InOrg(Org).UpdateAsync(published.Id, new() { Visibility = AlgorithmVisibility.Private });

        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.GetAsync(published.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_WithoutAName_Is422_NamingTheField(string? name)
    {
        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.Algorithms.InOrg(Org).CreateAsync(s_grover with { Name = name }));

        error.ErrorMessage.Should().Contain("'name'").And.Contain("255");
    }

    [Fact]
    public async Task BadInputs_Are4xx_NamingWhatIsAccepted_AndChangeNothing()
    {
        var algorithms = Hub.Algorithms.InOrg(Org);
        var id = (await algorithms.CreateAsync(s_grover)).Id;

        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.CreateAsync(s_grover with { Visibility = new AlgorithmVisibility("SECRET") })))
            .ErrorMessage.Should().Contain("SECRET").And.Contain("PRIVATE, PUBLIC");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.UpdateAsync(id, new() { Visibility = new AlgorithmVisibility("") })))
            .ErrorMessage.Should().Contain("PRIVATE, PUBLIC");
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.CreateAsync(s_grover with { Name = new string('n', 256) }));
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.UpdateAsync(id, new() { Acronym = new string('a', 256) })))
            .ErrorMessage.Should().Contain("'acronym'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.UpdateAsync(id, new() { Intent = new string('i', 256) })))
            .ErrorMessage.Should().Contain("'intent'");
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.UpdateAsync(id, new() { Description = new string('d', 10_001) }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => algorithms.UpdateAsync(id, new() { Name = " " }));
        (await ExpectNothingChangedAsync<NotFoundException>(() => algorithms.UpdateAsync(Unknown, new() { Name = "x" }))).ErrorMessage.Should().Contain(Unknown);
        await ExpectNothingChangedAsync<NotFoundException>(() => algorithms.DeleteAsync(Unknown));
    }

    [Fact]
    public async Task RawRequests_WithAnUnknownSort_BadPaging_OrTheWrongMediaType_AreRefused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", KipuHub.FakeServer.FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();

        (await http.GetAsync("algorithms?page=0&size=20&sort=acronym,asc")).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await http.GetAsync("implementations?page=-1")).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await http.PostAsync("algorithms", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"))).StatusCode
            .Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await http.PostAsync("algorithms", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"))).StatusCode
            .Should().Be(System.Net.HttpStatusCode.UnsupportedMediaType);

        Fake.Store.Fingerprint().Should().Be(before, "a refused request changes nothing");
    }
}
