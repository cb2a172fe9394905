using PageRange = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.PageOutOfRangeRule>;
using Unpaginated = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;
using Unscoped = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnscopedCallRule>;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>
/// Billing, eligibility and quantum workloads need no analyzer change: the catalog says billing and eligibility act in
/// one account (KH0001 when none is chosen), that the quantum workloads view is global (never KH0001), and which lists
/// are paged (KH0002, KH0004) and which are plain arrays (never KH0002).
/// </summary>
public sealed class BillingAndWorkloadsRulesTests
{
    [Fact]
    public Task PagedLists_WithoutPage_AreKH0002_ArraysAndCommandsAreNot() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                await hub.Billing.InOrg(org).{|KH0002:ListAsync()|};
                await hub.Billing.InOrg(org).Between(null, null).{|KH0002:ListAsync()|};
                await hub.QuantumWorkloads.Where(w => w.Backend == "ibm_kyiv").{|KH0002:ListAsync()|};
                await hub.Billing.InOrg(org).Page(0, 50).ListAsync();
                await hub.QuantumWorkloads.Page(2, 20).ListAsync();
                await hub.Billing.InOrg(org).Budgets().ListAsync();
                await hub.Billing.InOrg(org).Credits().ListAsync();
                await hub.Eligibility.InOrg(org).All().ListAsync();
                await hub.QuantumWorkloads.SummaryAsync();
            }
        }
        """);

    [Fact]
    public Task Pages_OutOfRange_AreKH0004() => PageRange.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub, string org)
            {
                _ = hub.Billing.InOrg(org).{|KH0004:Page(0, 2001)|};
                _ = hub.QuantumWorkloads.{|KH0004:Page(-1, 20)|};
                _ = hub.QuantumWorkloads.Page(0, 2000);
            }
        }
        """);

    [Fact]
    public Task BillingAndEligibility_WithoutAnAccount_AreKH0001_QuantumWorkloadsNever() => Unscoped.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                await hub.Billing.{|KH0001:BalanceAsync()|};
                await hub.Billing.Budgets().{|KH0001:ListAsync()|};
                await hub.Eligibility.{|KH0001:GetAsync("QPU_ACCESS")|};
                await hub.Billing.InPersonalAccount().BalanceAsync();
                await hub.Eligibility.InOrg(org).GetAsync("QPU_ACCESS");
                await hub.QuantumWorkloads.Page(0, 20).ListAsync();
                await hub.QuantumWorkloads.SummaryAsync();
            }
        }
        """);
}
