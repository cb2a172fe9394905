using PageRange = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.PageOutOfRangeRule>;
using Unpaginated = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>
/// The organizations and users lists are paged in the contract, so KH0002 (a list read without a page) and KH0004 (a
/// page out of range) apply to them with no change to the analyzers.
/// </summary>
public sealed class OrganizationsAndUsersPagingTests
{
    [Fact]
    public Task Lists_WithoutPage_AreKH0002_AndPagedOrAll_AreNot() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string id)
            {
                await hub.Organizations.{|KH0002:ListAsync()|};
                await hub.Organizations.Members(id).Where(m => m.Role == PermissionRole.Owner).{|KH0002:ListAsync()|};
                await hub.Organizations.Invitations(id).{|KH0002:ListAsync()|};
                await hub.Organizations.ProviderTokens(id).{|KH0002:ListAsync()|};
                await hub.Users.Invitations().{|KH0002:ListAsync()|};
                await hub.Users.ProviderTokens().{|KH0002:ListAsync()|};
                await hub.Organizations.Members(id).Page(0, 20).ListAsync();
                await hub.Users.Invitations().Page(1, 50).ListAsync();
                await foreach (var member in hub.Organizations.Members(id).AllAsync())
                {
                    _ = member.Role;
                }
            }
        }
        """);

    [Fact]
    public Task Lists_PageOutOfRange_AreKH0004() => PageRange.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub, string id)
            {
                _ = hub.Organizations.{|KH0004:Page(-1, 20)|};
                _ = hub.Organizations.Members(id).{|KH0004:Page(0, 2001)|};
                _ = hub.Organizations.Invitations(id).{|KH0004:Page(0, 0)|};
                _ = hub.Users.ProviderTokens().{|KH0004:Page(0, 5000)|};
                _ = hub.Users.Invitations().Page(0, 2000);
            }
        }
        """);
}
