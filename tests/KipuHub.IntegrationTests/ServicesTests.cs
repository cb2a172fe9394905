using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

public sealed class ServicesTests : FakeHubTest
{
    [Fact]
    public async Task ListAsync_FirstPage_HasTwentyOfAllWithExactTotals()
    {
        var page = await Hub.Services.InOrg(Org).Page(0, 20).ListAsync();

        page.Content.Should().HaveCount(20);
        page.PageIndex.Should().Be(0);
        page.Size.Should().Be(20);
        page.TotalElements.Should().Be(57);
        page.TotalPages.Should().Be(3);
    }

    [Fact]
    public async Task ListAsync_WithoutPage_GetsTheServersDefaultOfTwenty()
    {
        var page = await Hub.Services.InOrg(Org).ListAsync();

        page.Content.Should().HaveCount(20);
        page.TotalElements.Should().Be(57);
    }

    [Fact]
    public async Task ListAsync_PastTheEnd_IsEmptyWithTheRightTotals()
    {
        var page = await Hub.Services.InOrg(Org).Page(10, 20).ListAsync();

        page.Content.Should().BeEmpty();
        page.TotalElements.Should().Be(57);
        page.TotalPages.Should().Be(3);
    }

    [Fact]
    public async Task AllAsync_ReadsEveryServiceOnce()
    {
        var all = await Hub.Services.InOrg(Org).Page(0, 7).AllAsync().ToListAsync();

        all.Should().HaveCount(57);
        all.Select(s => s.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Where_Lifecycle_ReturnsOnlyThatLifecycle_AndThePartsAddUp()
    {
        var counts = new Dictionary<ServiceLifecycle, long>();
        foreach (var lifecycle in new[] { ServiceLifecycle.Created, ServiceLifecycle.Accessible, ServiceLifecycle.Published })
        {
            var wanted = lifecycle;
            var items = await Hub.Services.InOrg(Org).Where(s => s.Lifecycle == wanted).AllAsync().ToListAsync();
            items.Should().OnlyContain(s => s.Lifecycle == wanted);
            counts[lifecycle] = items.Count;
        }

        counts.Values.Sum().Should().Be(57);
        counts[ServiceLifecycle.Published].Should().BePositive();
    }

    [Fact]
    public async Task OrderBy_Name_SortsOnTheServerAcrossPages()
    {
        var ascending = await Hub.Services.InOrg(Org).OrderBy(s => s.Name).Page(0, 2000).ListAsync();
        var descending = await Hub.Services.InOrg(Org).OrderByDescending(s => s.Name).Page(0, 20).ListAsync();

        ascending.Content.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        descending.Content[0].Name.Should().Be(ascending.Content[^1].Name);
    }

    [Fact]
    public async Task GetAsync_ReturnsTheServiceWithItsVersion()
    {
        var overview = (await Hub.Services.InOrg(Org).Page(0, 1).ListAsync()).Content[0];

        var service = await Hub.Services.InOrg(Org).GetAsync(overview.Id);
        var versions = await Hub.Services.InOrg(Org).Versions(overview.Id).ListAsync();

        service.Id.Should().Be(overview.Id);
        service.Name.Should().Be(overview.Name);
        service.ServiceDefinitions.Should().ContainSingle().Which.Id.Should().Be(overview.ServiceDefinitionId);
        versions.Should().ContainSingle().Which.Id.Should().Be(overview.ServiceDefinitionId);
    }

    [Fact]
    public async Task VersionUpdate_ChangesTheDescription()
    {
        var (serviceId, versionId) = await FirstWith(ServiceLifecycle.Created);
        var version = Hub.Services.InOrg(Org).Version(serviceId, versionId);

        var updated = await version.UpdateAsync(new UpdateVersionRequest { Description = "Solves QUBOs fast." });

        updated.Description.Should().Be("Solves QUBOs fast.");
        (await version.GetAsync()).Description.Should().Be("Solves QUBOs fast.");
    }

    [Fact]
    public async Task BuildStatusAndLogs_AreReadable()
    {
        var (serviceId, versionId) = await FirstWith(ServiceLifecycle.Published);
        var version = Hub.Services.InOrg(Org).Version(serviceId, versionId);

        (await version.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Success);
        (await version.GetBuildLogsAsync()).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PublishInternal_MakesItAccessible_AndPublish_PutsItInTheMarketplace()
    {
        var (serviceId, versionId) = await FirstWith(ServiceLifecycle.Created, requireSuccessfulBuild: true);
        var version = Hub.Services.InOrg(Org).Version(serviceId, versionId);

        (await version.PublishInternalAsync()).Lifecycle.Should().Be(ServiceLifecycle.Accessible);
        (await Hub.Marketplace.ListAsync()).Should().NotContain(a => a.ServiceId == serviceId, "internal publication is not public");

        (await version.PublishAsync()).Lifecycle.Should().Be(ServiceLifecycle.Published);
        (await Hub.Services.InOrg(Org).GetAsync(serviceId)).ServiceDefinitions![0].Lifecycle.Should().Be(ServiceLifecycle.Published);
        var listing = (await Hub.Marketplace.ListAsync()).Should().ContainSingle(a => a.ServiceId == serviceId).Subject;
        (await Hub.Marketplace.GetAsync(listing.Id)).ServiceId.Should().Be(serviceId);
    }

    [Fact]
    public async Task Unpublish_WithActiveSubscriptions_Conflicts_AndForceCancelsThem()
    {
        var (serviceId, versionId) = await FirstWith(ServiceLifecycle.Published);
        var app = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Subscriber" });
        var subscription = await Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = serviceId, ApplicationId = app.Id });
        var version = Hub.Services.InOrg(Org).Version(serviceId, versionId);
        (await version.Subscriptions().ListAsync()).Should().Contain(s => s.Id == subscription.Id);

        var plain = () => version.UnpublishAsync();
        (await plain.Should().ThrowAsync<ConflictException>()).Which.ErrorMessage.Should().NotBeNullOrEmpty();
        (await version.GetAsync()).Lifecycle.Should().Be(ServiceLifecycle.Published, "a refused command changes nothing");

        await version.UnpublishAsync(force: true);

        (await version.GetAsync()).Lifecycle.Should().Be(ServiceLifecycle.Created);
        (await version.Subscriptions().ListAsync()).Should().BeEmpty();
        await FluentActions.Awaiting(() => Hub.Subscriptions.InOrg(Org).GetAsync(subscription.Id)).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task Delete_PublishedService_Conflicts_UntilUnpublished()
    {
        var (serviceId, versionId) = await FirstWith(ServiceLifecycle.Published);

        await FluentActions.Awaiting(() => Hub.Services.InOrg(Org).DeleteAsync(serviceId)).Should().ThrowAsync<ConflictException>();
        (await Hub.Services.InOrg(Org).GetAsync(serviceId)).Id.Should().Be(serviceId);

        await Hub.Services.InOrg(Org).Version(serviceId, versionId).UnpublishAsync(force: true);
        await Hub.Services.InOrg(Org).DeleteAsync(serviceId);

        await FluentActions.Awaiting(() => Hub.Services.InOrg(Org).GetAsync(serviceId)).Should().ThrowAsync<NotFoundException>();
        (await Hub.Services.InOrg(Org).ListAsync()).TotalElements.Should().Be(56);
    }

    private async Task<(string ServiceId, string VersionId)> FirstWith(ServiceLifecycle lifecycle, bool requireSuccessfulBuild = false)
    {
        await foreach (var service in Hub.Services.InOrg(Org).Where(s => s.Lifecycle == lifecycle).OrderBy(s => s.Name).AllAsync())
        {
            if (!requireSuccessfulBuild || service.BuildStatus == BuildStatus.Success)
            {
                return (service.Id, service.ServiceDefinitionId!);
            }
        }
        throw new InvalidOperationException($"The seed has no {lifecycle} service in the demo org.");
    }
}
