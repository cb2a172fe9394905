using System.Net;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The service_executions namespace on the fake's clock: the lifecycle, cancel, roles, tenancy, bad input and snapshots.</summary>
public sealed class ServiceExecutionsLifecycleTests : FakeHubTest
{
    [Fact]
    public async Task TheClock_MovesAPendingExecution_ThroughRunning_ToItsOutcome()
    {
        var pending = (await AllAsync()).First(e => e.Status == ExecutionStatus.Pending && e.SubscriptionId == null);

        Fake.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var running = await Hub.ServiceExecutions.InOrg(Org).GetAsync(pending.Id);
        var early = await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(pending.Id);
        Fake.Clock.Advance(TimeSpan.FromSeconds(30));
        var later = await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(pending.Id);
        Fake.Clock.Advance(TimeSpan.FromMinutes(10));
        var ended = await Hub.ServiceExecutions.InOrg(Org).GetAsync(pending.Id);

        running.Status.Should().Be(ExecutionStatus.Running);
        running.StartedAt.Should().BeAfter(Fake.Options.ReferenceDate).And.BeOnOrBefore(Fake.Clock.UtcNow);
        later.DurationMs.Should().Be(early.DurationMs + 30_000);
        later.CpuSeconds.Should().BeGreaterThan(early.CpuSeconds!.Value);
        ended.Status.Should().BeOneOf(ExecutionStatus.Succeeded, ExecutionStatus.Failed);
        ended.EndedAt.Should().BeAfter(running.StartedAt!.Value).And.BeOnOrBefore(Fake.Clock.UtcNow);
        ended.StartedAt.Should().Be(running.StartedAt);
        (await Hub.ServiceExecutions.InOrg(Org).GetLogsAsync(pending.Id)).Should().Contain(ended.Status == ExecutionStatus.Succeeded ? "succeeded" : "failed");
    }

    [Fact]
    public async Task TwentyMinutesOn_NoExecutionIsPendingOrRunning_InTheSubscriptionsListsEither()
    {
        var before = await AllAsync();
        var moving = before.Where(e => e.Status == ExecutionStatus.Pending || e.Status == ExecutionStatus.Running).ToList();

        Fake.Clock.Advance(TimeSpan.FromMinutes(20));
        var after = await AllAsync();

        moving.Count.Should().BeGreaterThanOrEqualTo(5);
        after.Should().OnlyContain(e => e.Status != ExecutionStatus.Pending && e.Status != ExecutionStatus.Running);
        foreach (var subscriptionId in after.Where(e => e.SubscriptionId != null).Select(e => e.SubscriptionId!).Distinct())
        {
            (await Hub.Subscriptions.InOrg(Org).ServiceExecutions(subscriptionId).ListAsync())
                .Should().OnlyContain(e => e.Status != ExecutionStatus.Pending && e.Status != ExecutionStatus.Running);
        }
        after.Where(e => moving.All(m => m.Id != e.Id)).Should().BeEquivalentTo(before.Where(e => moving.All(m => m.Id != e.Id)), "finished ones do not move");
    }

    [Fact]
    public async Task CancelAsync_ByAMaintainer_CancelsARunningExecution_ForGood_AndASecondCancelIs409()
    {
        using var alice = Fake.CreateClient("alice-token", Org);
        var running = (await AllAsync()).First(e => e.Status == ExecutionStatus.Running && e.SubscriptionId == null);

        var cancelled = await alice.ServiceExecutions.CancelAsync(running.Id);
        Fake.Clock.Advance(TimeSpan.FromHours(1));

        cancelled.Should().Be(running with { Status = ExecutionStatus.Cancelled, EndedAt = Fake.Options.ReferenceDate.AddSeconds(1) });
        (await Hub.ServiceExecutions.InOrg(Org).GetAsync(running.Id)).Should().Be(cancelled);
        (await Hub.ServiceExecutions.InOrg(Org).GetLogsAsync(running.Id)).Should().EndWith("Execution cancelled\n");
        (await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(running.Id)).DurationMs.Should().Be((long)(cancelled.EndedAt!.Value - cancelled.StartedAt!.Value).TotalMilliseconds);
        var again = await ExpectNothingChangedAsync<ConflictException>(() => alice.ServiceExecutions.CancelAsync(running.Id));
        again.ErrorMessage.Should().Contain("CANCELLED");
        (await ExpectNothingChangedAsync<ConflictException>(() => Hub.ServiceExecutions.InOrg(Org).GetResultAsync(running.Id))).ErrorMessage.Should().Contain("CANCELLED");
    }

    [Theory]
    [InlineData("SUCCEEDED")]
    [InlineData("FAILED")]
    public async Task CancelAsync_OfAFinishedExecution_Is409_NamingItsStatus(string status)
    {
        var finished = (await AllAsync()).First(e => e.Status == new ExecutionStatus(status));

        var error = await ExpectNothingChangedAsync<ConflictException>(() => Hub.ServiceExecutions.InOrg(Org).CancelAsync(finished.Id));

        error.ErrorMessage.Should().Contain(status).And.Contain("PENDING or RUNNING");
    }

    [Fact]
    public async Task CancelAsync_OfAPendingSubscriptionExecution_ShowsInTheSubscriptionsList()
    {
        var execution = (await AllAsync()).FirstOrDefault(e => e.SubscriptionId != null && !IsFinished(e))
            ?? throw new InvalidOperationException("The seed has no unfinished execution through a subscription of the demo organization.");

        var cancelled = await Hub.ServiceExecutions.InOrg(Org).CancelAsync(execution.Id);

        cancelled.Status.Should().Be(ExecutionStatus.Cancelled);
        (await Hub.Subscriptions.InOrg(Org).ServiceExecutions(execution.SubscriptionId!).ListAsync()).Single(e => e.Id == execution.Id)
            .Should().Be(new ServiceExecution { Id = execution.Id, Status = ExecutionStatus.Cancelled, CreatedAt = execution.CreatedAt, StartedAt = execution.StartedAt, EndedAt = cancelled.EndedAt });
    }

    [Fact]
    public async Task Roles_AViewerReadsEverything_ButCannotCancel()
    {
        var lab = Fake.ViewerOrganizationId;
        var executions = (await Hub.ServiceExecutions.InOrg(lab).Page(0, 100).ListAsync()).Content;
        var running = executions.First(e => !IsFinished(e));
        var succeeded = executions.First(e => e.Status == ExecutionStatus.Succeeded);

        (await Hub.ServiceExecutions.InOrg(lab).GetAsync(running.Id)).Should().Be(running);
        (await Hub.ServiceExecutions.InOrg(lab).GetLogsAsync(running.Id)).Should().NotBeEmpty();
        (await Hub.ServiceExecutions.InOrg(lab).GetInputAsync(running.Id)).ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        (await Hub.ServiceExecutions.InOrg(lab).GetResultAsync(succeeded.Id)).ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.ServiceExecutions.InOrg(lab).CancelAsync(running.Id));
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsExecution_Is404OnEveryRoute_AndANonMemberIs403()
    {
        using var bob = Fake.CreateClient("bob-token");
        var mine = (await AllAsync()).First(e => !IsFinished(e));
        var viaSubscription = (await AllAsync()).First(e => e.SubscriptionId != null);

        foreach (var id in new[] { mine.Id, viaSubscription.Id })
        {
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.GetAsync(id));
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.GetInputAsync(id));
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.GetResultAsync(id));
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.GetLogsAsync(id));
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.GetMetricsAsync(id));
            await ExpectNothingChangedAsync<NotFoundException>(() => bob.ServiceExecutions.CancelAsync(id));
        }
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.ServiceExecutions.InOrg(Org).Page(0, 20).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.ServiceExecutions.InOrg(Org).GetAsync(mine.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.ServiceExecutions.InOrg(Org).CancelAsync(mine.Id));
        (await bob.ServiceExecutions.Page(0, 100).ListAsync()).Content.Should().NotBeEmpty().And.NotContain(e => e.Id == mine.Id);
    }

    [Theory]
    [InlineData("service-executions?status=DONE", "PENDING")]
    [InlineData("service-executions?status=running", "RUNNING")]
    [InlineData("service-executions?page=-1&size=20", "page")]
    [InlineData("service-executions?page=0&size=0", "size")]
    [InlineData("service-executions?page=0&size=20&sort=status,asc", "createdAt")]
    public async Task RawRequests_WithABadFilterOrBadPaging_Are400_NamingWhatIsAccepted_AndChangeNothing(string path, string named)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();

        using var response = await http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(named);
        Fake.Store.Fingerprint().Should().Be(before, "a refused request changes nothing");
    }

    [Fact]
    public async Task UnknownId_Is404_OnTheReadsAndTheCancel()
    {
        const string nobody = "00000000-0000-4000-8000-000000000000";

        (await ExpectNothingChangedAsync<NotFoundException>(() => Hub.ServiceExecutions.InOrg(Org).GetAsync(nobody))).ErrorMessage.Should().Contain("/service-executions");
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.ServiceExecutions.InOrg(Org).CancelAsync(nobody));
    }

    [Fact]
    public async Task RestoringASnapshot_BringsACancelledAndFinishedExecutionBack_WithTheClock()
    {
        var running = (await AllAsync()).First(e => e.Status == ExecutionStatus.Running);
        Fake.SaveSnapshot("before");
        await Hub.ServiceExecutions.InOrg(Org).CancelAsync(running.Id);
        Fake.Clock.Advance(TimeSpan.FromMinutes(20));

        Fake.RestoreSnapshot("before");

        (await Hub.ServiceExecutions.InOrg(Org).GetAsync(running.Id)).Should().Be(running);
        Fake.Clock.Advance(TimeSpan.FromMinutes(20));
        (await Hub.ServiceExecutions.InOrg(Org).GetAsync(running.Id)).Status.Should().BeOneOf(ExecutionStatus.Succeeded, ExecutionStatus.Failed);
        Fake.Reset();
        (await Hub.ServiceExecutions.InOrg(Org).GetAsync(running.Id)).Should().Be(running);
    }

    private static bool IsFinished(ServiceExecution e) => e.Status != ExecutionStatus.Pending && e.Status != ExecutionStatus.Running;

    private async Task<List<ServiceExecution>> AllAsync() =>
        [.. (await Hub.ServiceExecutions.InOrg(Org).Page(0, 2000).ListAsync()).Content];
}
