using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// What was charged stays charged: deleting what a charge came from (a job, the service it ran on) takes nothing out of
/// the history, the balance or the reports; a refused delete changes nothing, and a reset goes back to the seed.
/// </summary>
public sealed class SettledChargesTests : FakeHubTest
{
    [Fact]
    public async Task ADeletedJob_KeepsItsCharge_InTheHistoryBalanceAndReports()
    {
        var (job, _, entry) = await FinishedJobAsync();
        var billing = Hub.Billing.InOrg(Org);
        var day = entry.Timestamp!.Value.UtcDateTime.Date;
        var balance = await billing.BalanceAsync();
        var report = await billing.CostReportAsync(day, day.AddDays(1), "DAY");

        await Hub.ServiceJobs.InOrg(Org).DeleteAsync(job.Id);

        await FluentActions.Awaiting(() => Hub.ServiceJobs.InOrg(Org).GetAsync(job.Id)).Should().ThrowAsync<NotFoundException>();
        (await billing.AllAsync().ToListAsync()).Should().ContainSingle(e => e.Id == entry.Id).Which.Should().BeEquivalentTo(entry);
        (await billing.BalanceAsync()).Should().BeEquivalentTo(balance, o => o.Excluding(b => b.AsOf), "the charge was paid; deleting the job does not refund it");
        (await billing.CostReportAsync(day, day.AddDays(1), "DAY")).Should().BeEquivalentTo(report);
    }

    [Fact]
    public async Task ADeletedService_KeepsTheChargesOfItsJobs_AndARefusedDeleteChangesNothing()
    {
        var (job, serviceId, entry) = await FinishedJobAsync();
        using var stranger = Fake.CreateClient("bob-token");
        var before = await Hub.Billing.InOrg(Org).BalanceAsync();

        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Services.InOrg(Org).Delete(serviceId).SendAsync());
        await Hub.Services.InOrg(Org).Delete(serviceId).SendAsync();

        (await Hub.ServiceJobs.InOrg(Org).AllAsync().ToListAsync()).Should().NotContain(j => j.Id == job.Id, "the service's jobs go with it");
        (await Hub.Billing.InOrg(Org).AllAsync().ToListAsync()).Should().ContainSingle(e => e.Id == entry.Id).Which.Amount.Should().Be(entry.Amount);
        (await Hub.Billing.InOrg(Org).BalanceAsync()).Charges.Should().Be(before.Charges);
    }

    [Fact]
    public async Task AResetOfTheTenant_TakesTheKeptChargesBackToTheSeed_AndASnapshotKeepsThem()
    {
        var seeded = await Hub.Billing.InOrg(Org).AllAsync().Select(e => e.Id).ToListAsync();
        var (job, _, entry) = await FinishedJobAsync();
        await Hub.ServiceJobs.InOrg(Org).DeleteAsync(job.Id);
        Fake.SaveSnapshot("kept");

        Fake.Reset(Org);
        var afterReset = await Hub.Billing.InOrg(Org).AllAsync().Select(e => e.Id).ToListAsync();
        Fake.RestoreSnapshot("kept");
        var restored = await Hub.Billing.InOrg(Org).AllAsync().Select(e => e.Id).ToListAsync();

        afterReset.Should().BeEquivalentTo(seeded, "a reset puts the tenant back to the seed, which charged nothing for that job");
        restored.Should().Contain(entry.Id, "a snapshot holds the kept charges as it holds every table");
    }

    /// <summary>A job of the demo organization, run to its end on the fake's clock, and its ledger entry.</summary>
    private async Task<(Job Job, string ServiceId, UsageEntry Entry)> FinishedJobAsync()
    {
        var jobs = Hub.ServiceJobs.InOrg(Org);
        var service = await JobFixtures.RunnableVersionAsync(Hub, Org);
        var job = await jobs.CreateAsync(new() { ServiceDefinitionId = service.ServiceDefinitionId });
        Fake.Clock.Advance(TimeSpan.FromSeconds(62));
        var done = await jobs.GetAsync(job.Id);
        var entry = await Hub.Billing.InOrg(Org).AllAsync().SingleAsync(e => e.SourceId == job.Id);
        done.Status.Should().Be(ExecutionStatus.Succeeded);
        return (done, service.Id, entry);
    }
}
