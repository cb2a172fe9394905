using Unpaginated = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;
using Unscoped = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnscopedCallRule>;
using Untranslatable = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UntranslatableQueryRule>;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>
/// The notifications list is paged and global, and filters only on the read state: KH0002 and KH0003 apply from the
/// catalog alone, KH0001 never does.
/// </summary>
public sealed class UserNotificationsRulesTests
{
    [Fact]
    public Task TheList_WithoutPage_IsKH0002() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await hub.UserNotifications.Where(n => n.Read == false).{|KH0002:ListAsync()|};
                await hub.UserNotifications.Page(0, 20).ListAsync();
                await hub.UserNotifications.MarkAllReadAsync();
            }
        }
        """);

    [Fact]
    public Task NotificationCalls_AreGlobal_NeverKH0001() => Unscoped.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string id)
            {
                await hub.UserNotifications.Page(0, 20).ListAsync();
                await hub.UserNotifications.MarkReadAsync(id);
                await hub.UserNotifications.DeleteAsync(id);
            }
        }
        """);

    [Fact]
    public Task AFilterOnAnythingButRead_IsKH0003() => Untranslatable.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                _ = hub.UserNotifications.Where({|KH0003:n => n.Title == "x"|});
                _ = hub.UserNotifications.Where(n => n.Read == true);
            }
        }
        """);
}
