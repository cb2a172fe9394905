namespace KipuHub.FakeServer.Tests.Pipeline;

/// <summary>Paging, sorting and filtering of GET /services in "Kipu Demo Org" (57 services).</summary>
public sealed class PagingTests : FakeHubTest
{
    private Task<PageEnvelope<ServiceOverview>> PageAsync(string query) =>
        Http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services" + query, Hub.DemoOrganizationId);

    [Fact]
    public async Task The_default_page_is_the_first_20_with_exact_totals()
    {
        var page = await PageAsync("");

        page.Content.Should().HaveCount(20);
        page.Page.Should().Be(0);
        page.Size.Should().Be(HubPaging.DefaultPageSize);
        page.TotalElements.Should().Be(57);
        page.TotalPages.Should().Be(3);
    }

    [Fact]
    public async Task Three_pages_of_20_hold_all_57_services_once()
    {
        var pages = new[] { await PageAsync("?page=0"), await PageAsync("?page=1"), await PageAsync("?page=2") };

        pages.Select(p => p.Content!.Count).Should().Equal(20, 20, 17);
        pages.SelectMany(p => p.Content!).Select(s => s.Id).Should().OnlyHaveUniqueItems().And.HaveCount(57);
        pages.Should().OnlyContain(p => p.TotalElements == 57 && p.TotalPages == 3);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_the_right_totals()
    {
        var page = await PageAsync("?page=7&size=20");

        page.Content.Should().BeEmpty();
        page.Page.Should().Be(7);
        page.TotalElements.Should().Be(57);
        page.TotalPages.Should().Be(3);
    }

    [Fact]
    public async Task A_size_above_the_maximum_is_clamped_and_reported()
    {
        var page = await PageAsync("?size=5000");

        page.Size.Should().Be(HubPaging.MaxPageSize);
        page.Content.Should().HaveCount(57);
        page.TotalPages.Should().Be(1);
    }

    [Fact]
    public async Task Size_and_totals_are_exact_for_odd_sizes()
    {
        var page = await PageAsync("?size=7&page=8");

        page.Content.Should().HaveCount(1);
        page.TotalPages.Should().Be(9);
    }

    [Theory]
    [InlineData("?page=-1", "page")]
    [InlineData("?size=0", "size")]
    [InlineData("?size=-5", "size")]
    [InlineData("?page=abc", "page")]
    [InlineData("?size=1.5", "size")]
    [InlineData("?size=99999999999", "size")]
    [InlineData("?page=1&page=2", "page")]
    [InlineData("?page=", "page")]
    public async Task Bad_paging_values_are_400_naming_the_parameter(string query, string parameter)
    {
        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.FetchAsync("services" + query, Hub.DemoOrganizationId));

        error.ErrorMessage.Should().Contain($"'{parameter}'");
    }

    [Fact]
    public async Task Sorting_by_name_ascending_and_descending_mirror_each_other()
    {
        var ascending = (await PageAsync("?size=100&sort=name,asc")).Content!;
        var descending = (await PageAsync("?size=100&sort=name,desc")).Content!;

        ascending.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        descending.Select(s => s.Name).Should().BeInDescendingOrder(StringComparer.OrdinalIgnoreCase);
        (await PageAsync("?size=100&sort=name")).Content!.Select(s => s.Id).Should().Equal(ascending.Select(s => s.Id), "asc is the default direction");
    }

    [Fact]
    public async Task Equal_sort_keys_are_broken_by_id_so_pages_never_overlap()
    {
        var all = new List<ServiceOverview>();
        for (var page = 0; page < 12; page++)
        {
            all.AddRange((await PageAsync($"?size=5&page={page}&sort=name,desc")).Content!);
        }

        all.Select(s => s.Id).Should().OnlyHaveUniqueItems().And.HaveCount(57);
        var duplicates = all.GroupBy(s => s.Name).Where(g => g.Count() > 1).ToList();
        duplicates.Should().NotBeEmpty("the seeded names repeat, which is what this test is about");
        foreach (var group in duplicates)
        {
            group.Select(s => s.Id).Should().BeInAscendingOrder(StringComparer.Ordinal, "ties are broken by id, in either direction");
        }
    }

    [Fact]
    public async Task Several_sorts_apply_in_order()
    {
        var services = (await PageAsync("?size=100&sort=name,asc&sort=createdAt,desc")).Content!;

        services.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        var duplicates = services.GroupBy(s => s.Name).Where(g => g.Count() > 1).ToList();
        duplicates.Should().NotBeEmpty();
        foreach (var group in duplicates)
        {
            group.Select(s => s.CreatedAt).Should().BeInDescendingOrder();
        }
    }

    [Fact]
    public async Task Sorting_by_creation_time_orders_by_the_timestamp()
    {
        var services = (await PageAsync("?size=100&sort=createdAt,desc")).Content!;

        services.Select(s => s.CreatedAt).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("?sort=rating", "Cannot sort by 'rating'")]
    [InlineData("?sort=Name", "Cannot sort by 'Name'")]
    [InlineData("?sort=name,up", "'asc' or 'desc'")]
    [InlineData("?sort=name,asc,desc", "property,asc|desc")]
    [InlineData("?sort=", "property,asc|desc")]
    public async Task A_bad_sort_is_400_naming_the_sortable_properties(string query, string expected)
    {
        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.FetchAsync("services" + query, Hub.DemoOrganizationId));

        error.ErrorMessage.Should().Contain(expected);
        if (!expected.Contains("'asc'", StringComparison.Ordinal))
        {
            error.ErrorMessage.Should().Contain("name, createdAt");
        }
    }

    [Fact]
    public async Task The_lifecycle_filter_compares_the_wire_value_and_pages_the_matches()
    {
        var all = (await PageAsync("?size=100")).Content!;
        var published = await PageAsync("?lifecycle=PUBLISHED&size=5");

        var expected = all.Count(s => s.Lifecycle == ServiceLifecycle.Published);
        expected.Should().BeGreaterThan(5);
        published.TotalElements.Should().Be(expected);
        published.Content.Should().HaveCount(5).And.OnlyContain(s => s.Lifecycle == ServiceLifecycle.Published);
        published.TotalPages.Should().Be((expected + 4) / 5);
    }

    [Fact]
    public async Task Several_values_of_one_filter_match_any_of_them()
    {
        var all = (await PageAsync("?size=100")).Content!;

        var published = await PageAsync("?lifecycle=PUBLISHED&lifecycle=ACCESSIBLE&size=100");

        published.TotalElements.Should().Be(all.Count(s => s.Lifecycle == ServiceLifecycle.Published || s.Lifecycle == ServiceLifecycle.Accessible));
    }

    [Theory]
    [InlineData("RETIRED")]
    [InlineData("published")]
    public async Task An_unknown_filter_value_is_400_naming_the_accepted_values(string value)
    {
        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.FetchAsync($"services?lifecycle={value}"));

        error.ErrorMessage.Should().Contain("'lifecycle'").And.Contain("CREATED, ACCESSIBLE, PUBLISHED").And.Contain(value);
    }

    [Fact]
    public async Task Unknown_query_parameters_are_ignored()
    {
        var page = await PageAsync("?colour=blue");

        page.TotalElements.Should().Be(57);
    }
}
