namespace KipuHub.FakeServer.Tests.Services;

/// <summary>Seeded WORKING builds finish on the fake's clock, so a test moves time instead of sleeping.</summary>
public sealed class BuildClockTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    [Fact]
    public async Task A_working_build_finishes_within_ten_minutes_of_the_clock_and_its_log_says_how()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Working);
        var version = Hub.Client.Services.InOrg(Org).Version(service.Id, service.ServiceDefinitionId!);
        var before = await version.GetBuildStatusAsync();
        before.Status.Should().Be(BuildStatus.Working);
        before.FinishedAt.Should().BeNull();
        var logBefore = await version.GetBuildLogsAsync();
        Hub.Clock.Advance(TimeSpan.FromSeconds(59));
        (await version.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Working, "no seeded build finishes within a minute");

        Hub.Clock.Advance(TimeSpan.FromMinutes(10));

        var after = await version.GetBuildStatusAsync();
        after.Status.Should().BeOneOf(BuildStatus.Success, BuildStatus.Failure);
        after.FinishedAt.Should().NotBeNull().And.BeOnOrBefore(Hub.Clock.UtcNow).And.BeAfter(FakeHubOptions.DefaultReferenceDate.AddSeconds(59));
        var log = await version.GetBuildLogsAsync();
        log.TrimEnd().Should().EndWith(after.Status == BuildStatus.Success ? "Build succeeded" : "Build failed");
        log.Should().StartWith(logBefore, "the log keeps what it said before");
        (await Http.ServicesAsync(Org)).Single(s => s.Id == service.Id).BuildStatus.Should().Be(after.Status, "the list shows the same build");
    }

    [Fact]
    public async Task Once_its_build_succeeds_a_version_can_be_published_and_one_that_failed_stays_unpublishable()
    {
        var working = (await Http.ServicesAsync(Org)).Where(s => s.BuildStatus == BuildStatus.Working && s.Lifecycle == ServiceLifecycle.Created).ToList();
        working.Should().NotBeEmpty();
        Hub.Clock.Advance(TimeSpan.FromMinutes(11));
        var finished = (await Http.ServicesAsync(Org)).Where(s => working.Any(w => w.Id == s.Id)).ToList();
        finished.Should().OnlyContain(s => s.BuildStatus == BuildStatus.Success || s.BuildStatus == BuildStatus.Failure);

        foreach (var service in finished)
        {
            using var response = await Http.SendAsync(HttpMethod.Post, service.VersionPath() + "/publish", organizationId: Org);
            response.StatusCode.Should().Be(service.BuildStatus == BuildStatus.Success ? HttpStatusCode.OK : HttpStatusCode.Conflict, service.Id);
        }
    }

    [Fact]
    public async Task Reset_and_snapshots_bring_the_build_back_with_the_clock()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Working);
        var version = Hub.Client.Services.InOrg(Org).Version(service.Id, service.ServiceDefinitionId!);
        Hub.SaveSnapshot("before");
        Hub.Clock.Advance(TimeSpan.FromMinutes(11));
        (await version.GetBuildStatusAsync()).Status.Should().NotBe(BuildStatus.Working);

        Hub.RestoreSnapshot("before");
        (await version.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Working);

        Hub.Clock.Advance(TimeSpan.FromMinutes(11));
        Hub.Reset();
        (await version.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Working);
    }

    [Fact]
    public async Task The_same_seed_finishes_the_same_builds_the_same_way()
    {
        Hub.Clock.Advance(TimeSpan.FromMinutes(11));
        var first = (await Http.ServicesAsync(Org)).Select(s => (s.Id, s.BuildStatus)).ToList();

        await using var other = await FakeHubServer.StartAsync();
        other.Clock.Advance(TimeSpan.FromMinutes(11));
        using var otherHttp = HubHttp.CreateClient(other);
        var second = (await otherHttp.ServicesAsync(other.DemoOrganizationId)).Select(s => (s.Id, s.BuildStatus)).ToList();

        second.Should().Equal(first);
        first.Should().Contain(s => s.BuildStatus == BuildStatus.Failure, "one in four seeded builds fails");
    }
}
