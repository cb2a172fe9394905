namespace KipuHub.FakeServer.Tests.Data;

/// <summary>The default data set has the shape the README promises, whatever the seed.</summary>
public sealed class SeedContentTests : FakeHubTest
{
    private async Task<Dictionary<string, (string? Org, string Token)>> AllAccountsAsync()
    {
        var accounts = new Dictionary<string, (string? Org, string Token)>();
        foreach (var token in new[] { Tokens.Demo, Tokens.Alice, Tokens.Bob })
        {
            foreach (var account in await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: token))
            {
                accounts.TryAdd(account.DisplayName!, (account.IsOrganization ? account.Id : null, token));
            }
        }
        return accounts;
    }

    [Fact]
    public async Task Each_account_has_its_documented_number_of_services()
    {
        var bobsOrganization = (await AllAccountsAsync())["Bob's Quantum Garage"].Org;

        (await Http.ServicesAsync(null)).Should().HaveCount(8);
        (await Http.ServicesAsync(Hub.DemoOrganizationId)).Should().HaveCount(57);
        (await Http.ServicesAsync(Hub.ViewerOrganizationId)).Should().HaveCount(12);
        (await Http.ServicesAsync(bobsOrganization, Tokens.Bob)).Should().HaveCount(6);
    }

    [Fact]
    public async Task The_demo_organization_mixes_lifecycles_and_build_states()
    {
        var services = await Http.ServicesAsync(Hub.DemoOrganizationId);

        services.Select(s => s.Lifecycle).Distinct().Should().BeEquivalentTo([ServiceLifecycle.Created, ServiceLifecycle.Accessible, ServiceLifecycle.Published]);
        services.Count(s => s.BuildStatus == BuildStatus.Success).Should().BeGreaterThan(services.Count / 2);
        services.Should().Contain(s => s.BuildStatus == BuildStatus.Failure).And.Contain(s => s.BuildStatus == BuildStatus.Working);
        services.Where(s => s.Lifecycle != ServiceLifecycle.Created && s.BuildStatus != BuildStatus.Success).Should().BeEmpty("only a successful build can be published");
    }

    [Fact]
    public async Task The_marketplace_lists_exactly_the_published_services_of_all_accounts()
    {
        var published = new List<ServiceOverview>();
        foreach (var (_, (org, token)) in await AllAccountsAsync())
        {
            published.AddRange((await Http.ServicesAsync(org, token)).Where(s => s.Lifecycle == ServiceLifecycle.Published));
        }

        var listings = await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis");

        listings.Select(l => l.ServiceId).Should().BeEquivalentTo(published.Select(s => s.Id));
        listings.Select(l => l.Id).Should().OnlyHaveUniqueItems().And.NotIntersectWith(published.Select(s => s.Id));
        listings.Should().Contain(l => l.Provider == "Bob's Quantum Garage");
        listings.Select(l => l.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Every_listing_has_the_pricing_category_its_plans_imply_in_the_list_and_the_listing()
    {
        var listings = await Http.GetJsonAsync<IReadOnlyList<ApiOverview>>("v2/apis");
        var categories = new HashSet<PricingCategory>();

        foreach (var overview in listings)
        {
            var listing = await Http.GetJsonAsync<Api>($"v2/apis/{overview.Id}");
            var plans = listing.PricingPlans!.Select(p => p.Type).ToList();
            var implied = plans.All(t => t == PricingPlanType.Free) ? PricingCategory.Free
                : plans.All(t => t == PricingPlanType.Commercial) ? PricingCategory.Commercial
                : PricingCategory.Freemium;
            listing.PricingCategory.Should().Be(implied, "{0} has plans {1}", listing.Name, string.Join(", ", plans));
            overview.PricingCategory.Should().Be(implied, "the list shows the listing's category");
            categories.Add(implied);
        }
        categories.Should().HaveCountGreaterThan(1, "the seed has listings of more than one category");
    }

    [Fact]
    public async Task Some_demo_organization_applications_subscribe_to_published_services()
    {
        var subscriptions = new List<Subscription>();
        foreach (var application in await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Hub.DemoOrganizationId))
        {
            subscriptions.AddRange(await Http.GetJsonAsync<IReadOnlyList<Subscription>>($"v2/applications/{application.Id}/subscriptions", Hub.DemoOrganizationId));
        }

        subscriptions.Should().NotBeEmpty();
        subscriptions.Where(s => s.Api!.Lifecycle == ServiceLifecycle.Created).Should().BeEmpty();
    }

    [Fact]
    public async Task Seeded_times_lie_before_the_reference_date()
    {
        var services = await Http.ServicesAsync(Hub.DemoOrganizationId);
        var pools = await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools", Hub.DemoOrganizationId);
        var applications = await Http.GetJsonAsync<IReadOnlyList<Application>>("v2/applications", Hub.DemoOrganizationId);

        var times = services.Select(s => s.CreatedAt!.Value).Concat(pools.Select(p => p.CreatedAt!.Value)).Concat(applications.Select(a => a.CreatedAt!.Value)).ToList();
        times.Should().OnlyContain(t => t < FakeHubOptions.DefaultReferenceDate && t > FakeHubOptions.DefaultReferenceDate.AddYears(-3));
        times.Should().OnlyContain(t => t.Offset == TimeSpan.Zero);
    }

    [Theory]
    [InlineData(1, 1, 0, 0, 0, 0)]
    [InlineData(2, 1, 1, 0, 0, 0)]
    [InlineData(3, 1, 1, 1, 0, 0)]
    [InlineData(8, 2, 2, 1, 1, 2)]
    [InlineData(57, 17, 11, 4, 3, 22)]
    public void The_lifecycle_mix_has_fixed_shares(int count, int published, int accessible, int failed, int working, int createdAndBuilt)
    {
        var mix = KipuHub.FakeServer.Namespaces.Services.ServicesSeed.LifecycleMix(count);

        mix.Should().HaveCount(count);
        mix.Count(m => m.Lifecycle == ServiceLifecycle.Published).Should().Be(published);
        mix.Count(m => m.Lifecycle == ServiceLifecycle.Accessible).Should().Be(accessible);
        mix.Count(m => m.Build == BuildStatus.Failure).Should().Be(failed);
        mix.Count(m => m.Build == BuildStatus.Working).Should().Be(working);
        mix.Count(m => m.Lifecycle == ServiceLifecycle.Created && m.Build == BuildStatus.Success).Should().Be(createdAndBuilt);
    }
}
