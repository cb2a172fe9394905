using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Quantum workloads, client against fake over loopback: one view over every account of the caller, costs only where
/// the caller is OWNER, the same costs the billing ledger charges.
/// </summary>
public sealed class QuantumWorkloadsTests : FakeHubTest
{
    [Fact]
    public async Task TheList_CoversEveryAccountOfTheCaller_WithCostsOnlyWhereItIsOwner()
    {
        var accounts = await Hub.Users.GetAccountsAsync();
        var lab = accounts.Single(a => a.DisplayName == "Qubit Research Lab");

        var workloads = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().ToListAsync();

        workloads.Select(w => w.OrganizationId).Distinct().Should().BeEquivalentTo(accounts.Select(a => a.Id),
            "the demo user's personal account, its organization and the lab all have workloads");
        workloads.Where(w => w.OrganizationId == lab.Id).Should().NotBeEmpty().And.OnlyContain(w => w.Cost == null && w.Currency == null,
            "demo is a VIEWER in the lab");
        workloads.Where(w => w.OrganizationId == Org && w.Status == ExecutionStatus.Succeeded).Should().OnlyContain(w => w.Cost > 0 && w.Currency == "EUR");
        workloads.Where(w => w.Status != ExecutionStatus.Succeeded && w.OrganizationId != lab.Id).Should().OnlyContain(w => w.Cost == 0m);
        workloads.Select(w => w.CreatedAt).Should().BeInAscendingOrder();
        workloads.Should().Contain(w => w.Status == ExecutionStatus.Running && w.EndedAt == null);
    }

    [Fact]
    public async Task Costs_AreTheLedgersCharges_ToTheCent()
    {
        var workloads = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().ToListAsync();
        var charged = await Hub.Billing.InOrg(Org).AllAsync().Where(e => e.SourceKind == UsageSourceKind.QuantumWorkload).ToListAsync();

        charged.Select(e => (e.SourceId, e.Amount)).Should().BeEquivalentTo(
            workloads.Where(w => w.OrganizationId == Org && w.Cost > 0).Select(w => (SourceId: (string?)w.Id, Amount: w.Cost!.Value)));
    }

    [Fact]
    public async Task ARunningWorkload_CostsOnceItEnds_OnTheFakesClock()
    {
        var running = await Hub.QuantumWorkloads.AllAsync().Where(w => w.Status == ExecutionStatus.Running).ToListAsync();

        Fake.Clock.Advance(TimeSpan.FromHours(1));
        var ended = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().Where(w => running.Select(r => r.Id).Contains(w.Id)).ToListAsync();

        running.Should().NotBeEmpty().And.OnlyContain(w => w.Cost == null || w.Cost == 0m);
        ended.Should().OnlyContain(w => w.Status != ExecutionStatus.Running && w.EndedAt != null);
    }

    [Fact]
    public async Task Filters_ByBackendAndPeriod_AndSortsByCost()
    {
        var all = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().ToListAsync();
        var backend = all.GroupBy(w => w.Backend).MaxBy(g => g.Count())!.Key;
        var from = all[all.Count / 2].CreatedAt!.Value;

        var onBackend = await Hub.QuantumWorkloads.Where(w => w.Backend == backend).Page(0, 100).AllAsync().ToListAsync();
        var later = await Hub.QuantumWorkloads.Between(from, null).Page(0, 100).AllAsync().ToListAsync();
        var byCost = await Hub.QuantumWorkloads.OrderByDescending(w => w.Cost).Page(0, 100).ListAsync();

        onBackend.Select(w => w.Id).Should().Equal(all.Where(w => w.Backend == backend).Select(w => w.Id));
        later.Select(w => w.Id).Should().Equal(all.Where(w => w.CreatedAt >= from).Select(w => w.Id));
        byCost.Content.Where(w => w.Cost != null).Select(w => w.Cost).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task TheSummary_TotalsTheListPerAccountAndBackend()
    {
        var all = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().ToListAsync();

        var summary = await Hub.QuantumWorkloads.SummaryAsync();

        summary.Totals.Should().HaveCount(all.Select(w => (w.OrganizationId, w.Backend)).Distinct().Count());
        summary.Totals!.Sum(t => t.Workloads).Should().Be(all.Count);
        summary.Totals.Sum(t => t.Shots).Should().Be(all.Sum(w => (long)w.Shots));
        summary.Totals.Where(t => t.OrganizationId == Org).Sum(t => t.Cost).Should().Be(all.Where(w => w.OrganizationId == Org).Sum(w => w.Cost));
        summary.Totals.Where(t => t.OrganizationName == "Qubit Research Lab").Should().OnlyContain(t => t.Cost == null);
    }

    [Fact]
    public async Task AStranger_SeesOnlyItsOwnAccounts_AndANewTenantNone()
    {
        using var bob = Fake.CreateClient("bob-token");
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var newcomer = tenant.CreateClient();
        var demos = await Hub.QuantumWorkloads.Page(0, 100).AllAsync().Select(w => w.Id).ToListAsync();

        var bobs = await bob.QuantumWorkloads.Page(0, 100).AllAsync().ToListAsync();
        var none = await newcomer.QuantumWorkloads.ListAsync();
        var garage = (await bob.Users.GetAccountsAsync()).Single(a => a.IsOrganization).Id;
        using var bobInGarage = Fake.CreateClient("bob-token", garage);
        var inOrganization = await bobInGarage.QuantumWorkloads.Page(0, 100).AllAsync().Select(w => w.Id).ToListAsync();

        bobs.Should().NotBeEmpty().And.OnlyContain(w => w.Cost != null, "bob owns his account and his garage");
        bobs.Select(w => w.Id).Should().NotIntersectWith(demos);
        (none.TotalElements, none.Content.Count).Should().Be((0, 0));
        inOrganization.Should().Equal(bobs.Select(w => w.Id), "the view is global: X-OrganizationId does not narrow it");
    }

    [Fact]
    public async Task BadPeriods_AreRejected_NamingWhatIsAccepted()
    {
        var now = Fake.Clock.UtcNow;

        var reversed = await ExpectNothingChangedAsync<BadRequestException>(() => Hub.QuantumWorkloads.Between(now, now.AddHours(-1)).ListAsync());
        var summary = await ExpectNothingChangedAsync<BadRequestException>(() => Hub.QuantumWorkloads.SummaryAsync(now, now.AddHours(-1)));

        reversed.ErrorMessage.Should().Contain("before 'from'");
        summary.ErrorMessage.Should().Contain("before 'from'");
    }
}
