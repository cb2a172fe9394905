using System.Text.Json;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The service_executions namespace, client against fake over loopback: paging, both filters, and the reads of one execution.</summary>
public sealed class ServiceExecutionsTests : FakeHubTest
{
    /// <summary>The demo organization's own seeded executions (ServiceExecutionsModule); the subscriptions add theirs.</summary>
    private const int OwnSeeded = 27;

    [Fact]
    public async Task ListAsync_PagesTheTenantsOwnAndSubscriptionExecutions_WithExactTotals()
    {
        var throughSubscriptions = await SubscriptionExecutionIdsAsync();
        var total = OwnSeeded + throughSubscriptions.Count;

        var pages = (total + 19) / 20;

        var first = await Hub.ServiceExecutions.InOrg(Org).Page(0, 20).ListAsync();
        var all = new List<ServiceExecution>(first.Content);
        for (var page = 1; page < pages; page++)
        {
            all.AddRange((await Hub.ServiceExecutions.InOrg(Org).Page(page, 20).ListAsync()).Content);
        }

        (first.TotalElements, first.TotalPages, first.Content.Count, all.Count).Should().Be((total, pages, 20, total));
        pages.Should().BeGreaterThan(1);
        all.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.Contain(throughSubscriptions);
        all.Should().OnlyContain(e => e.ServiceId != null && e.ServiceDefinitionId != null && e.CreatedAt != null);
        all.Where(e => throughSubscriptions.Contains(e.Id)).Should().OnlyContain(e => e.SubscriptionId != null && e.ApplicationId != null);
        all.Select(e => e.CreatedAt).Should().BeInAscendingOrder();
        all.Select(e => e.Status!.Value).Should().Contain([ExecutionStatus.Pending, ExecutionStatus.Running, ExecutionStatus.Succeeded, ExecutionStatus.Failed]);
    }

    [Fact]
    public async Task Where_Status_FiltersOnTheServer()
    {
        var all = await AllAsync();

        var running = await Hub.ServiceExecutions.InOrg(Org).Where(e => e.Status == ExecutionStatus.Running).Page(0, 100).ListAsync();

        running.Content.Should().NotBeEmpty().And.OnlyContain(e => e.Status == ExecutionStatus.Running);
        running.TotalElements.Should().Be(all.Count(e => e.Status == ExecutionStatus.Running));
        Fake.Journal.ShouldHaveCalled(HubCatalog.ServiceExecutionsList).WithQuery("status", "RUNNING").AtLeast(1);
    }

    [Fact]
    public async Task Where_ServiceId_ReturnsThatServicesExecutions()
    {
        var all = await AllAsync();
        var serviceId = all.GroupBy(e => e.ServiceId).OrderByDescending(g => g.Count()).First().Key!;

        var found = await Hub.ServiceExecutions.InOrg(Org).Where(e => e.ServiceId == serviceId).Page(0, 100).ListAsync();

        found.Content.Select(e => e.Id).Should().BeEquivalentTo(all.Where(e => e.ServiceId == serviceId).Select(e => e.Id));
        Fake.Journal.ShouldHaveCalled(HubCatalog.ServiceExecutionsList).WithQuery("serviceId", serviceId).AtLeast(1);
    }

    [Fact]
    public async Task OrderByDescending_CreatedAt_SortsOnTheServer()
    {
        var sorted = await Hub.ServiceExecutions.InOrg(Org).OrderByDescending(e => e.CreatedAt).Page(0, 100).ListAsync();

        sorted.Content.Select(e => e.CreatedAt).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task GetAsync_AnswersTheListedExecution_AndASubscriptionsOneAsItsSubscriptionListsIt()
    {
        var all = await AllAsync();
        var viaSubscription = all.First(e => e.SubscriptionId != null);

        (await Hub.ServiceExecutions.InOrg(Org).GetAsync(all[3].Id)).Should().Be(all[3]);
        var listed = (await Hub.Subscriptions.InOrg(Org).ServiceExecutions(viaSubscription.SubscriptionId!).ListAsync()).Single(e => e.Id == viaSubscription.Id);
        listed.Should().Be(viaSubscription with { ServiceId = null, ServiceDefinitionId = null, ApplicationId = null, SubscriptionId = null });
    }

    [Fact]
    public async Task GetInputAsync_IsTheSameJsonOnEveryRead_WithDataAndParams()
    {
        var id = (await AllAsync())[0].Id;

        var input = await Hub.ServiceExecutions.InOrg(Org).GetInputAsync(id);
        var again = await Hub.ServiceExecutions.InOrg(Org).GetInputAsync(id);

        input.GetRawText().Should().Be(again.GetRawText());
        input.GetProperty("data").GetProperty("values").GetArrayLength().Should().Be(input.GetProperty("data").GetProperty("size").GetInt32());
        input.GetProperty("params").GetProperty("shots").GetInt32().Should().BePositive();
    }

    [Fact]
    public async Task GetResultAsync_OfASucceededExecution_IsItsJsonResult()
    {
        var succeeded = (await AllAsync()).First(e => e.Status == ExecutionStatus.Succeeded);

        var result = await Hub.ServiceExecutions.InOrg(Org).GetResultAsync(succeeded.Id);
        var metrics = await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(succeeded.Id);

        result.GetProperty("metadata").GetProperty("executionId").GetString().Should().Be(succeeded.Id);
        result.GetProperty("metadata").GetProperty("quantumJobs").GetInt32().Should().Be(metrics.QuantumJobs);
        result.GetProperty("solution").GetProperty("bitstring").GetString().Should().MatchRegex("^[01]+$");
    }

    [Theory]
    [InlineData("RUNNING")]
    [InlineData("PENDING")]
    [InlineData("FAILED")]
    public async Task GetResultAsync_OfAnExecutionThatDidNotSucceed_Is409_NamingItsStatus(string status)
    {
        var execution = (await AllAsync()).First(e => e.Status == new ExecutionStatus(status));

        var error = await ExpectNothingChangedAsync<ConflictException>(() => Hub.ServiceExecutions.InOrg(Org).GetResultAsync(execution.Id));

        error.ErrorMessage.Should().Contain(status).And.Contain("SUCCEEDED");
    }

    [Fact]
    public async Task GetLogsAsync_StampsEachEventWithItsTime_AndEndsWithTheOutcome()
    {
        var all = await AllAsync();
        var succeeded = all.First(e => e.Status == ExecutionStatus.Succeeded);
        var failed = all.First(e => e.Status == ExecutionStatus.Failed);
        var pending = all.First(e => e.Status == ExecutionStatus.Pending);

        var lines = (await Hub.ServiceExecutions.InOrg(Org).GetLogsAsync(succeeded.Id)).TrimEnd('\n').Split('\n');

        lines[0].Should().StartWith($"{succeeded.CreatedAt:yyyy-MM-ddTHH:mm:ssZ} ").And.Contain(succeeded.Id);
        lines[1].Should().StartWith($"{succeeded.StartedAt:yyyy-MM-ddTHH:mm:ssZ} Started");
        lines[^1].Should().StartWith($"{succeeded.EndedAt:yyyy-MM-ddTHH:mm:ssZ} Execution succeeded");
        (await Hub.ServiceExecutions.InOrg(Org).GetLogsAsync(failed.Id)).Should().Contain("ERROR").And.EndWith("Execution failed\n");
        (await Hub.ServiceExecutions.InOrg(Org).GetLogsAsync(pending.Id)).TrimEnd('\n').Split('\n').Should().ContainSingle();
    }

    [Fact]
    public async Task GetMetricsAsync_FollowsTheExecutionsTimes()
    {
        var all = await AllAsync();
        var succeeded = all.First(e => e.Status == ExecutionStatus.Succeeded);
        var pending = all.First(e => e.Status == ExecutionStatus.Pending);

        var done = await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(succeeded.Id);
        var waiting = await Hub.ServiceExecutions.InOrg(Org).GetMetricsAsync(pending.Id);

        done.ExecutionId.Should().Be(succeeded.Id);
        done.DurationMs.Should().Be((long)(succeeded.EndedAt!.Value - succeeded.StartedAt!.Value).TotalMilliseconds);
        (done.CpuSeconds, done.MemoryPeakMegabytes, done.QuantumJobs).Should().Match<(double?, int?, int?)>(m => m.Item1 > 0 && m.Item2 > 0 && m.Item3 > 0);
        done.QuantumShots.Should().BePositive();
        waiting.Should().Be(new ExecutionMetrics
        {
            ExecutionId = pending.Id, Status = ExecutionStatus.Pending, DurationMs = 0, CpuSeconds = 0, MemoryPeakMegabytes = 0, QuantumJobs = 0, QuantumShots = 0,
        });
    }

    private async Task<List<ServiceExecution>> AllAsync() =>
        [.. (await Hub.ServiceExecutions.InOrg(Org).Page(0, 2000).ListAsync()).Content];

    private async Task<List<string>> SubscriptionExecutionIdsAsync()
    {
        var ids = new List<string>();
        foreach (var application in await Hub.Applications.InOrg(Org).ListAsync())
        {
            foreach (var subscription in await Hub.Applications.InOrg(Org).Subscriptions(application.Id).ListAsync())
            {
                ids.AddRange((await Hub.Subscriptions.InOrg(Org).ServiceExecutions(subscription.Id).ListAsync()).Select(e => e.Id));
            }
        }
        return ids;
    }
}
