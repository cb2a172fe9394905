using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class UnpaginatedListAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForListAsync_WhenNoPage_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub, string org) => hub.Services.InOrg(org).{|KH0002:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForListAsync_WhenOnlyFilteredAndSorted_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub) =>
                hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).OrderBy(s => s.Name).{|KH0002:ListAsync(CancellationToken.None)|};
        }
        """);

    [Fact]
    public Task ForChainSplitAcrossLocals_WhenNoLocalPages_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var query = hub.Services.InPersonalAccount();
                query = query.OrderBy(s => s.CreatedAt);
                await query.{|KH0002:ListAsync()|};
            }
        }
        """);

    [Fact]
    public Task ForHelperInSameFile_WhenHelperDoesNotPage_Triggers() => Verify.VerifyAsync("""
        class C
        {
            static ServicesQuery Published(HubPlatformClient hub) => hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published);

            Task M(HubPlatformClient hub) => Published(hub).{|KH0002:ListAsync()|};
        }
        """);

    [Fact]
    public Task ForTopLevelStatements_WhenNoPage_Triggers() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var page = await hub.Services.InOrg("o-1").{|KH0002:ListAsync()|};
        Console.WriteLine(page.Content.Count);
        """, topLevel: true);

    [Fact]
    public Task ForLambda_WhenNoPage_Triggers() => Verify.VerifyAsync("""
        class C
        {
            Func<Task> M(HubPlatformClient hub) => async () => await hub.Services.{|KH0002:ListAsync()|};
        }
        """);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForListAsync_WhenPaged_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.Page(2, 50).OrderBy(s => s.Name).ListAsync();
        }
        """);

    [Fact]
    public Task ForAllAsync_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async IAsyncEnumerable<string?> M(HubPlatformClient hub)
            {
                await foreach (var service in hub.Services.AllAsync())
                {
                    yield return service.Name;
                }
            }
        }
        """);

    [Fact]
    public Task ForArrayEndpoints_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await hub.Applications.ListAsync();
                await hub.Marketplace.ListAsync();
                await hub.Services.Versions("s-1").ListAsync();
                await hub.DataPools.Files("p-1").ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForPartialQueryInLocal_WhenPagedEarlier_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, int page)
            {
                var paged = hub.Services.Page(page, 25);
                var sorted = paged.OrderByDescending(s => s.CreatedAt);
                await sorted.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForConditionalPage_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, int? size)
            {
                var query = hub.Services;
                if (size is { } s)
                {
                    query = query.Page(0, s);
                }
                await query.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForHelperThatPages_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            static ServicesQuery FirstHundred(HubPlatformClient hub) => hub.Services.Page(0, 100);

            Task M(HubPlatformClient hub) => FirstHundred(hub).InOrg("o-1").ListAsync();
        }
        """);

    [Fact]
    public Task ForGenericHelperThatPages_DoesNotTrigger() => Verify.VerifyAsync("""
        static class Paging
        {
            public static TQuery Small<TQuery, T>(this TQuery query) where TQuery : HubPagedQuery<TQuery, T> => query.Page(0, 5);
        }

        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.Small<ServicesQuery, ServiceOverview>().ListAsync();
        }
        """);

    [Fact]
    public Task ForQueryFromParameterOrField_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            private readonly ServicesQuery _query = null!;

            Task FromParameter(ServicesQuery query) => query.ListAsync();

            Task FromField() => _query.ListAsync();
        }
        """);

    [Fact]
    public Task ForLocalFunction_WhenPaged_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var firstPage = hub.Services.Page(0, 20);
                await Read();

                Task Read() => firstPage.ListAsync();
            }
        }
        """);

    [Fact]
    public Task ForListAsync_WhenOnlyThePageCountsAreRead_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            async Task<long> M(HubPlatformClient hub) =>
                (await hub.Services.InOrg("o").ListAsync()).TotalElements + (await hub.Services.ListAsync()).TotalPages;
        }
        """);

    [Fact]
    public Task ForListAsync_WhenContentIsRead_Triggers() => Verify.VerifyAsync("""
        class C
        {
            async Task<int> M(HubPlatformClient hub) => (await hub.Services.InOrg("o").{|KH0002:ListAsync()|}).Content.Count;
        }
        """);

    [Fact]
    public Task ForListAsync_ReturnedFromLambdaIntoAnAssertion_DoesNotTrigger() => Verify.VerifyAsync("""
        static class Assertions
        {
            public static Task ThrowsAsync<T>(Func<Task<T>> action) => action();
        }

        class C
        {
            Task M(HubPlatformClient hub) => Assertions.ThrowsAsync(() => hub.Services.InOrg("o").ListAsync());
        }
        """);

    [Fact]
    public Task ForTopLevelStatements_WhenPaged_DoesNotTrigger() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var page = await hub.Services.InOrg("o-1").Page(0, 20).ListAsync();
        Console.WriteLine(page.Content.Count);
        """, topLevel: true);
}
