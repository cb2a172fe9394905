using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The service_jobs namespace, client against fake over loopback: paging and the status filter, the run on the fake's
/// clock (never a sleep), cancel and delete rules, every role and tenancy. Bad input: <see cref="ServiceJobsInputTests"/>;
/// the 2024 /jobs paths: <see cref="ServiceJobs2024PathsTests"/>.
/// </summary>
public sealed class ServiceJobsTests : FakeHubTest
{
    [Fact]
    public async Task ListAsync_PagesTheSeededJobs_WithExactTotals()
    {
        var first = await Hub.ServiceJobs.InOrg(Org).Page(0, 20).ListAsync();
        var second = await Hub.ServiceJobs.InOrg(Org).Page(1, 20).ListAsync();

        (first.TotalElements, first.TotalPages, first.Content.Count, second.Content.Count).Should().Be((30L, 2, 20, 10));
        first.Content.Concat(second.Content).Select(j => j.Id).Should().OnlyHaveUniqueItems();
        first.Content.Should().OnlyContain(j => j.ServiceDefinition!.Id.Length > 0 && j.CreatedAt <= Fake.Clock.UtcNow);
        first.Content.Select(j => j.CreatedAt).Should().BeInAscendingOrder("a list without sort comes in creation order");
    }

    [Fact]
    public async Task Where_Status_FiltersOnTheServer_AndTheSeedHoldsEveryStatus()
    {
        var all = await Hub.ServiceJobs.InOrg(Org).Page(0, 100).AllAsync().ToListAsync();

        var running = await Hub.ServiceJobs.InOrg(Org).Where(j => j.Status == ExecutionStatus.Running).Page(0, 100).ListAsync();

        all.Select(j => j.Status).Distinct().Should().Contain([ExecutionStatus.Pending, ExecutionStatus.Running, ExecutionStatus.Succeeded,
            ExecutionStatus.Failed, ExecutionStatus.Cancelled]);
        running.Content.Should().NotBeEmpty().And.BeEquivalentTo(all.Where(j => j.Status == ExecutionStatus.Running));
        running.TotalElements.Should().Be(running.Content.Count);
        Fake.Journal.ShouldHaveCalled(HubCatalog.ServiceJobsList).WithQuery("status", "RUNNING");
        (await Hub.ServiceJobs.InOrg(Org).OrderByDescending(j => j.CreatedAt).Page(0, 100).ListAsync()).Content
            .Select(j => j.CreatedAt).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Create_Get_AndTheList_AgreeOnTheNewJob()
    {
        var version = await JobFixtures.RunnableVersionAsync(Hub, Org);

        var created = await Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId, InputData = "{\"n\":3}", PersistResult = true });

        created.Status.Should().Be(ExecutionStatus.Pending);
        (created.CreatedAt, created.StartedAt, created.EndedAt, created.Result).Should().Be((Fake.Options.ReferenceDate.AddSeconds(1), null, null, null));
        created.ServiceDefinition.Should().BeEquivalentTo(new ServiceDefinitionOverview
        {
            Id = version.ServiceDefinitionId!, Name = version.Name, ServiceId = version.Id, Type = version.Type, Lifecycle = version.Lifecycle, IsDeleted = false,
        });
        (created.InputData, created.PersistResult).Should().Be(("{\"n\":3}", true));
        (await Hub.ServiceJobs.InOrg(Org).GetAsync(created.Id)).Should().BeEquivalentTo(created);
        var list = await Hub.ServiceJobs.InOrg(Org).Page(0, 100).ListAsync();
        list.TotalElements.Should().Be(31);
        list.Content[^1].Id.Should().Be(created.Id);
    }

    [Fact]
    public async Task AJob_RunsOnTheClock_PendingThenRunningThenSucceeded_WithLogsAndCosts()
    {
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId, Parameters = "{\"shots\":100}" });
        (await jobs.GetLogsAsync(job.Id)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("created");
        await FluentActions.Awaiting(() => jobs.GetCostsAsync(job.Id)).Should().ThrowAsync<ConflictException>().WithMessage("*PENDING*");

        Fake.Clock.Advance(TimeSpan.FromSeconds(2));
        var running = await jobs.GetAsync(job.Id);

        (running.Status, running.StartedAt, running.EndedAt).Should().Be((ExecutionStatus.Running, job.CreatedAt!.Value.AddSeconds(2), null));
        (await jobs.GetLogsAsync(job.Id)).Should().Contain($"{running.StartedAt:yyyy-MM-ddTHH:mm:ssZ} Job started");

        Fake.Clock.Advance(TimeSpan.FromSeconds(60));
        var done = await jobs.GetAsync(job.Id);

        done.Status.Should().Be(ExecutionStatus.Succeeded);
        var seconds = (long)(done.EndedAt!.Value - done.StartedAt!.Value).TotalSeconds;
        seconds.Should().BeInRange(5, 60);
        done.Result.Should().Contain(job.Id);
        (await jobs.GetLogsAsync(job.Id)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3).And.Contain(l => l.Contains($"succeeded after {seconds} s"));
        var costs = await jobs.GetCostsAsync(job.Id);
        costs.Select(c => (c.ProductName, c.Count, c.Timestamp)).Should().Equal(("CPU", seconds, done.EndedAt), ("MEMORY", seconds * 2, done.EndedAt));
    }

    [Fact]
    public async Task AJob_WhoseParametersSayFail_Fails_WithoutAResult()
    {
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId, Parameters = "{\"fail\": true, \"shots\": 1}" });

        Fake.Clock.Advance(TimeSpan.FromSeconds(62));
        var failed = await jobs.GetAsync(job.Id);

        (failed.Status, failed.Result).Should().Be((ExecutionStatus.Failed, null));
        failed.EndedAt.Should().NotBeNull();
        (await jobs.GetLogsAsync(job.Id)).Should().Contain("ERROR").And.Contain("Job failed after");
        (await jobs.GetCostsAsync(job.Id)).Should().HaveCount(2);
    }

    [Fact]
    public async Task SeededPendingAndRunningJobs_FinishWhenTheClockMovesOn()
    {
        var unfinished = await Hub.ServiceJobs.InOrg(Org).Where(j => j.Status == ExecutionStatus.Pending).Page(0, 100).ListAsync();
        unfinished.Content.Should().NotBeEmpty();

        Fake.Clock.Advance(TimeSpan.FromMinutes(15));

        var all = await Hub.ServiceJobs.InOrg(Org).Page(0, 100).ListAsync();
        all.Content.Should().OnlyContain(j => j.Status == ExecutionStatus.Succeeded || j.Status == ExecutionStatus.Failed || j.Status == ExecutionStatus.Cancelled);
        all.Content.Where(j => unfinished.Content.Any(u => u.Id == j.Id)).Should().OnlyContain(j => j.StartedAt != null && j.EndedAt != null);
    }

    [Fact]
    public async Task Cancel_StopsAPendingJob_AndAFinishedJobIs409()
    {
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });

        var cancelled = await jobs.CancelAsync(job.Id);

        (cancelled.Status, cancelled.StartedAt, cancelled.EndedAt).Should().Be((ExecutionStatus.Cancelled, null, Fake.Clock.UtcNow));
        Fake.Clock.Advance(TimeSpan.FromMinutes(5));
        (await jobs.GetAsync(job.Id)).Status.Should().Be(ExecutionStatus.Cancelled, "a cancelled job stays cancelled");
        (await jobs.GetLogsAsync(job.Id)).Should().EndWith("Job cancelled\n");
        (await jobs.GetCostsAsync(job.Id)).Should().BeEmpty("it never ran");
        (await JobFixtures.ExpectNothingChangedAsync<ConflictException>(Fake, () => jobs.CancelAsync(job.Id))).ErrorMessage.Should().Contain("CANCELLED");
        var succeeded = (await jobs.Where(j => j.Status == ExecutionStatus.Succeeded).Page(0, 1).ListAsync()).Content[0];
        (await JobFixtures.ExpectNothingChangedAsync<ConflictException>(Fake, () => jobs.CancelAsync(succeeded.Id))).ErrorMessage.Should().Contain("SUCCEEDED");
    }

    [Fact]
    public async Task Delete_OfAnUnfinishedJob_Is409_AfterCancelItGoes()
    {
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });
        Fake.Clock.Advance(TimeSpan.FromSeconds(3));

        (await JobFixtures.ExpectNothingChangedAsync<ConflictException>(Fake, () => jobs.DeleteAsync(job.Id))).ErrorMessage.Should().Contain("RUNNING").And.Contain("cancel");
        (await jobs.CancelAsync(job.Id)).StartedAt.Should().NotBeNull();
        await jobs.DeleteAsync(job.Id);

        await FluentActions.Awaiting(() => jobs.GetAsync(job.Id)).Should().ThrowAsync<NotFoundException>();
        (await jobs.Page(0, 100).ListAsync()).TotalElements.Should().Be(30);
    }

    [Fact]
    public async Task Roles_ViewerReads_MaintainerRunsAndCancels_OnlyOwnerDeletes()
    {
        using var viewer = Fake.CreateClient(organizationId: Fake.ViewerOrganizationId);
        using var maintainer = Fake.CreateClient("alice-token", Org);
        var labVersion = await JobFixtures.RunnableVersionAsync(Hub, Fake.ViewerOrganizationId);
        var labJob = (await viewer.ServiceJobs.Page(0, 1).ListAsync()).Content[0];

        (await viewer.ServiceJobs.GetAsync(labJob.Id)).Id.Should().Be(labJob.Id);
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => viewer.ServiceJobs.CreateAsync(new() { ServiceDefinitionId = labVersion.ServiceDefinitionId }));
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => viewer.ServiceJobs.CancelAsync(labJob.Id));
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => viewer.ServiceJobs.DeleteAsync(labJob.Id));

        var job = await maintainer.ServiceJobs.CreateAsync(new() { ServiceDefinitionId = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId });
        (await maintainer.ServiceJobs.CancelAsync(job.Id)).Status.Should().Be(ExecutionStatus.Cancelled);
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => maintainer.ServiceJobs.DeleteAsync(job.Id));

        await Hub.ServiceJobs.InOrg(Org).DeleteAsync(job.Id);
        await FluentActions.Awaiting(() => maintainer.ServiceJobs.GetAsync(job.Id)).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsJobAndVersion_Are404_AndANonMemberIs403()
    {
        using var bob = Fake.CreateClient("bob-token");
        var theirs = (await Hub.ServiceJobs.InOrg(Org).Page(0, 1).ListAsync()).Content[0];
        var theirVersion = await JobFixtures.RunnableVersionAsync(Hub, Org);

        await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.GetAsync(theirs.Id));
        await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.GetLogsAsync(theirs.Id));
        await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.GetCostsAsync(theirs.Id));
        await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.CancelAsync(theirs.Id));
        await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.DeleteAsync(theirs.Id));
        var version = await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake, () => bob.ServiceJobs.CreateAsync(new() { ServiceDefinitionId = theirVersion.ServiceDefinitionId }));
        version.ErrorMessage.Should().Contain(theirVersion.ServiceDefinitionId);
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => bob.ServiceJobs.InOrg(Org).Page(0, 20).ListAsync());
        await JobFixtures.ExpectNothingChangedAsync<ForbiddenException>(Fake, () => bob.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = theirVersion.ServiceDefinitionId }));
        (await bob.ServiceJobs.Page(0, 100).ListAsync()).Content.Should().NotContain(j => j.Id == theirs.Id);
    }
}
