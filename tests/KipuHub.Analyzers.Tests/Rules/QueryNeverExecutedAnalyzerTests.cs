using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.QueryNeverExecutedRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class QueryNeverExecutedAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForQueryStatement_WithNoTerminal_Triggers() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub) => hub.Services.InOrg("o").{|KH0006:Page(0, 20)|};
        }
        """);

    [Fact]
    public Task ForCommandStatement_NeverSent_Triggers() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                hub.Services.InOrg("o").{|KH0006:Delete("s-1")|};
            }
        }
        """);

    [Fact]
    public Task ForTaskStatement_InSyncMethod_Triggers() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                hub.Services.InOrg("o").{|KH0006:DeleteAsync("s-1")|};
            }
        }
        """);

    [Fact]
    public Task ForAsyncStreamStatement_NeverEnumerated_Triggers() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                hub.Services.InOrg("o").{|KH0006:AllAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForReassignmentForgotten_OnLocal_InTopLevelStatements_Triggers() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var query = hub.Services.InOrg("o-1");
        query.{|KH0006:Page(0, 50)|};
        await query.Page(0, 20).ListAsync();
        """, topLevel: true);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForAwaitedTerminal_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await hub.Services.InOrg("o").Delete("s-1").SendAsync();
                await hub.Services.InOrg("o").DeleteAsync("s-1");
            }
        }
        """);

    [Fact]
    public Task ForReturnedOrStored_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task Returned(HubPlatformClient hub) => hub.Services.InOrg("o").DeleteAsync("s-1");

            ServicesQuery Built(HubPlatformClient hub) => hub.Services.InOrg("o").Page(0, 20);

            void Stored(HubPlatformClient hub, List<Task> pending)
            {
                var query = hub.Services.InOrg("o");
                query = query.Page(0, 20);
                pending.Add(query.ListAsync());
            }
        }
        """);

    [Fact]
    public Task ForExplicitDiscard_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                _ = hub.Services.InOrg("o").DeleteAsync("s-1");
            }
        }
        """);

    [Fact]
    public Task ForLambdaAndAsyncIterator_UsingTheResult_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Func<Task> Later(HubPlatformClient hub) => () => hub.Services.InOrg("o").DeleteAsync("s-1");

            async IAsyncEnumerable<string?> Names(HubPlatformClient hub)
            {
                await foreach (var s in hub.Services.InOrg("o").AllAsync())
                {
                    yield return s.Name;
                }
            }
        }
        """);

    [Fact]
    public Task ForActionLambdaBuildingAQuery_ToAssertItThrows_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Action M(HubPlatformClient hub) => () => hub.Services.Page(-1, 5);
        }
        """);

    [Fact]
    public Task ForActionLambdaDroppingATask_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Action M(HubPlatformClient hub) => () => hub.Services.InOrg("o").{|KH0006:DeleteAsync("s-1")|};
        }
        """);

    [Fact]
    public Task ForNonFluentStatements_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                hub.Services.InOrg("o").ToRequest();
                hub.Services.ToString();
                hub.Dispose();
            }
        }
        """);
}
