using KipuHub.Analyzers.CodeFixes.Rules;
using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<KipuHub.Analyzers.Rules.UnscopedCallRule, KipuHub.Analyzers.CodeFixes.Rules.UnscopedCallFixer>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class UnscopedCallFixerTests
{
    [Fact]
    public Task InOrg_UsesOrganizationIdInScope() => Verify.VerifyFixAsync("""
        class C
        {
            Task M(HubPlatformClient hub, string organizationId) => hub.Services.Page(0, 20).{|KH0001:ListAsync()|};
        }
        """, """
        class C
        {
            Task M(HubPlatformClient hub, string organizationId) => hub.Services.Page(0, 20).InOrg(organizationId).ListAsync();
        }
        """, UnscopedCallFixer.InOrgKey);

    [Fact]
    public Task InOrg_WithoutIdInScope_InsertsPlaceholder() => Verify.VerifyFixAsync("""
        class C
        {
            Task M(HubPlatformClient hub, string name) => hub.Services.{|KH0001:GetAsync(name)|};
        }
        """, """
        class C
        {
            Task M(HubPlatformClient hub, string name) => hub.Services.InOrg("<organization-id>").GetAsync(name);
        }
        """, UnscopedCallFixer.InOrgKey);

    [Fact]
    public Task InOrg_ForCommand_GoesBeforeTheFactory() => Verify.VerifyFixAsync("""
        class C
        {
            private readonly string _orgId = "o-1";

            Task M(HubPlatformClient hub) => hub.Services
                .Delete("s-1")
                .{|KH0001:SendAsync()|};
        }
        """, """
        class C
        {
            private readonly string _orgId = "o-1";

            Task M(HubPlatformClient hub) => hub.Services.InOrg(_orgId)
                .Delete("s-1")
                .SendAsync();
        }
        """, UnscopedCallFixer.InOrgKey);

    [Fact]
    public Task InPersonalAccount_OnLocal() => Verify.VerifyFixAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var pools = hub.DataPools;
                await pools.{|KH0001:ListAsync()|};
            }
        }
        """, """
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var pools = hub.DataPools;
                await pools.InPersonalAccount().ListAsync();
            }
        }
        """, UnscopedCallFixer.InPersonalAccountKey);

    [Fact]
    public Task InOrg_FixAll_ScopesEveryCallInTheDocument() => Verify.VerifyFixAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string orgId)
            {
                await hub.Applications.{|KH0001:ListAsync()|};
                await hub.DataPools.{|KH0001:ListAsync()|};
                await hub.Services.Versions("s-1").{|KH0001:ListAsync()|};
            }
        }
        """, """
        class C
        {
            async Task M(HubPlatformClient hub, string orgId)
            {
                await hub.Applications.InOrg(orgId).ListAsync();
                await hub.DataPools.InOrg(orgId).ListAsync();
                await hub.Services.Versions("s-1").InOrg(orgId).ListAsync();
            }
        }
        """, UnscopedCallFixer.InOrgKey);
}
