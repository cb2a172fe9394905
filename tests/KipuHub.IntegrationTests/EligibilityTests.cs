using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>Eligibility, client against fake over loopback: each feature follows the account type and the balance.</summary>
public sealed class EligibilityTests : FakeHubTest
{
    [Fact]
    public async Task ABusinessOrganizationWithCredit_MayUseEveryFeature()
    {
        var all = await Hub.Eligibility.InOrg(Org).All().ListAsync();

        all.Select(e => e.Feature).Should().Equal("PAID_EXECUTION", "QPU_ACCESS", "PUBLISH_SERVICE", "GPU_RESOURCES");
        all.Should().OnlyContain(e => e.Eligible && e.Reasons!.Count == 0 && e.AccountType == "BUSINESS");
    }

    [Fact]
    public async Task ABasicAccountWithoutCredit_IsToldWhyNot_ForEachFeature()
    {
        using var alice = Fake.CreateClient("alice-token");

        var all = await alice.Eligibility.InPersonalAccount().All().ListAsync();
        var qpu = await alice.Eligibility.InPersonalAccount().GetAsync("QPU_ACCESS");

        all.Should().OnlyContain(e => !e.Eligible && e.AccountType == "BASIC");
        qpu.Reasons.Should().HaveCount(2).And.Contain(r => r.Contains("PRO or BUSINESS")).And.Contain(r => r.Contains("needs credit"));
        all.Single(e => e.Feature == "PUBLISH_SERVICE").Reasons.Should().ContainSingle().Which.Should().Contain("BASIC");
    }

    [Fact]
    public async Task TheBalance_DecidesPaidExecution_AsTheLedgerChargesIt()
    {
        var balance = await Hub.Billing.InPersonalAccount().BalanceAsync();
        var paid = await Hub.Eligibility.InPersonalAccount().GetAsync("PAID_EXECUTION");

        paid.Eligible.Should().Be(balance.Amount > 0, "the demo user's balance is {0}", balance.Amount);
        paid.Reasons.Should().HaveCount(balance.Amount > 0 ? 0 : 1);
    }

    [Fact]
    public async Task AnUnknownFeature_Is404_NamingTheKnownOnes()
    {
        var error = await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Eligibility.InOrg(Org).GetAsync("TIME_TRAVEL"));

        error.ErrorMessage.Should().Contain("'TIME_TRAVEL'").And.Contain("PAID_EXECUTION, QPU_ACCESS, PUBLISH_SERVICE, GPU_RESOURCES");
    }

    [Fact]
    public async Task AViewerOfANewOrganization_IsJudgedOnTheOrganizationsPlan_AndItsEmptyBalance()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Viewer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);

        var all = await viewer.Eligibility.InOrg(tenant.Id).All().ListAsync();

        all.Single(e => e.Feature == "PAID_EXECUTION").Should().BeEquivalentTo(new { Eligible = false, Reasons = new[] { "The balance is 0.00 EUR; this needs credit (a balance above 0)." } });
        all.Select(e => e.AccountType).Distinct().Should().ContainSingle().Which.Should().BeOneOf("BASIC", "PRO", "BUSINESS");
    }

    [Fact]
    public async Task EachTenant_IsJudgedOnItsOwnAccount()
    {
        using var alice = Fake.CreateClient("alice-token");

        var alices = await alice.Eligibility.InPersonalAccount().GetAsync("PAID_EXECUTION");
        var demos = await Hub.Eligibility.InOrg(Org).GetAsync("PAID_EXECUTION");

        (alices.Eligible, demos.Eligible).Should().Be((false, true), "alice's personal account has no credit; the demo organization has");
        alices.Reasons.Should().ContainSingle().Which.Should().Contain("needs credit");
    }
}
