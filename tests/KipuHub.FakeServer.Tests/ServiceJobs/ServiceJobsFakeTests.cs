using KipuHub.FakeServer.Namespaces.ServiceJobs;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.ServiceJobs;

/// <summary>The fake's own job behaviour: the seed, snapshots and resets with the clock, and jobs going with their service.</summary>
public sealed class ServiceJobsFakeTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    [Fact]
    public async Task Every_seeded_job_runs_a_service_its_own_tenant_owns_whose_build_succeeded()
    {
        using var read = Hub.Store.Reading();
        var services = Hub.Store.Table(ServicesModule.Services);
        var jobs = Hub.Store.Table(ServiceJobsModule.Jobs).Rows.ToList();

        jobs.GroupBy(j => j.TenantId).Should().HaveCount(6, "every seeded tenant has jobs");
        jobs.Count(j => j.TenantId == Org).Should().Be(30);
        foreach (var job in jobs)
        {
            var service = services.Find(job.ServiceId);
            service.Should().NotBeNull(job.Id);
            (service!.TenantId, service.Version.Id, service.Build.Status).Should().Be((job.TenantId, job.VersionId, BuildStatus.Success), job.Id);
            job.StartsAt.Should().BeOnOrAfter(job.CreatedAt + JobRules.StartDelay, "a job starts two seconds after its creation, a seeded pending one later");
            (job.EndsAt - job.StartsAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(5));
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_same_seed_answers_the_same_bytes_and_another_seed_other_jobs()
    {
        await using var twin = await FakeHubServer.StartAsync(new FakeHubOptions());
        await using var other = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 });
        using var twinHttp = HubHttp.CreateClient(twin);
        using var otherHttp = HubHttp.CreateClient(other);

        foreach (var path in new[] { "service-jobs?page=0&size=100", "jobs" })
        {
            var mine = await (await Http.FetchAsync(path, Org)).Content.ReadAsStringAsync();
            (await (await twinHttp.FetchAsync(path, twin.DemoOrganizationId)).Content.ReadAsStringAsync()).Should().Be(mine, path);
            (await (await otherHttp.FetchAsync(path, other.DemoOrganizationId)).Content.ReadAsStringAsync()).Should().NotBe(mine, path);
        }
    }

    [Fact]
    public async Task Snapshots_and_resets_bring_jobs_back_with_the_clock()
    {
        var pending = (await Hub.Client.ServiceJobs.InOrg(Org).Where(j => j.Status == ExecutionStatus.Pending).Page(0, 1).ListAsync()).Content[0];
        Hub.SaveSnapshot("jobs");
        Hub.Clock.Advance(TimeSpan.FromMinutes(5));
        (await Hub.Client.ServiceJobs.InOrg(Org).GetAsync(pending.Id)).Status.Should().BeOneOf(ExecutionStatus.Succeeded, ExecutionStatus.Failed);

        Hub.RestoreSnapshot("jobs");
        (await Hub.Client.ServiceJobs.InOrg(Org).GetAsync(pending.Id)).Status.Should().Be(ExecutionStatus.Pending);

        Hub.Clock.Advance(TimeSpan.FromMinutes(5));
        Hub.Reset();
        (await Hub.Client.ServiceJobs.InOrg(Org).GetAsync(pending.Id)).Status.Should().Be(ExecutionStatus.Pending);
    }

    [Fact]
    public async Task Deleting_a_service_deletes_its_jobs()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);
        var job = await Hub.Client.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = service.ServiceDefinitionId });
        var seeded = (await Hub.Client.ServiceJobs.InOrg(Org).Page(0, 100).ListAsync()).Content.Count(j => j.ServiceDefinition!.ServiceId == service.Id) - 1;

        await Hub.Client.Services.InOrg(Org).DeleteAsync(service.Id);

        await FluentActions.Awaiting(() => Hub.Client.ServiceJobs.InOrg(Org).GetAsync(job.Id)).Should().ThrowAsync<KipuHub.Errors.NotFoundException>();
        (await Hub.Client.ServiceJobs.InOrg(Org).Page(0, 100).ListAsync()).TotalElements.Should().Be(30 - seeded, "the service's seeded jobs went with it too");
    }

    [Fact]
    public async Task A_failing_cancel_takes_its_tick_back()
    {
        var finished = (await Hub.Client.ServiceJobs.InOrg(Org).Where(j => j.Status == ExecutionStatus.Succeeded).Page(0, 1).ListAsync()).Content[0];
        var now = Hub.Clock.UtcNow;

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.Conflict, () => Http.SendAsync(HttpMethod.Put, $"service-jobs/{finished.Id}/cancel", organizationId: Org));

        Hub.Clock.UtcNow.Should().Be(now);
    }
}
