using Unpaginated = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;
using Unscoped = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnscopedCallRule>;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>
/// AsPagesAsync sends requests like AllAsync and reads every page on purpose: KH0001 applies when no account is
/// chosen, KH0002 never does.
/// </summary>
public sealed class AsPagesRulesTests
{
    [Fact]
    public Task AsPages_WithoutAnAccount_IsKH0001_AndGlobalListsAreNot() => Unscoped.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                await foreach (var page in hub.Services.{|KH0001:AsPagesAsync()|})
                {
                    _ = page.TotalElements;
                }
                await foreach (var page in hub.Services.InOrg(org).AsPagesAsync())
                {
                    _ = page.Content;
                }
                await foreach (var page in hub.QuantumWorkloads.AsPagesAsync())
                {
                    _ = page.HasNext;
                }
            }
        }
        """);

    [Fact]
    public Task AsPages_ReadsEveryPage_SoNeverKH0002() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                await foreach (var page in hub.Services.InOrg(org).AsPagesAsync())
                {
                    _ = page.Content;
                }
                await foreach (var page in hub.UserNotifications.Page(2, 50).AsPagesAsync())
                {
                    _ = page.Content;
                }
            }
        }
        """);
}
