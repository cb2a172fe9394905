using KipuHub.Analyzers.CodeFixes.Rules;
using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule, KipuHub.Analyzers.CodeFixes.Rules.UnpaginatedListFixer>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class UnpaginatedListFixerTests
{
    [Fact]
    public Task Page_InsertsTheEndpointDefaultSize() => Verify.VerifyFixAsync("""
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.InOrg("o-1").{|KH0002:ListAsync()|};
        }
        """, """
        class C
        {
            Task M(HubPlatformClient hub) => hub.Services.InOrg("o-1").Page(0, 20).ListAsync();
        }
        """, UnpaginatedListFixer.PageKey);

    [Fact]
    public Task Page_FixAll_PagesEveryListInTheDocument() => Verify.VerifyFixAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var query = hub.Services.OrderBy(s => s.Name);
                await query.{|KH0002:ListAsync()|};
                await hub.Services
                    .{|KH0002:ListAsync()|};
            }
        }
        """, """
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                var query = hub.Services.OrderBy(s => s.Name);
                await query.Page(0, 20).ListAsync();
                await hub.Services.Page(0, 20)
                    .ListAsync();
            }
        }
        """, UnpaginatedListFixer.PageKey);

    [Fact]
    public Task AllAsync_TurnsALoopOverOnePageIntoALoopOverEveryPage() => Verify.VerifyFixAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, CancellationToken ct)
            {
                foreach (var service in (await hub.Services.{|KH0002:ListAsync(ct)|}).Content)
                {
                    Console.WriteLine(service.Name);
                }
            }
        }
        """, """
        class C
        {
            async Task M(HubPlatformClient hub, CancellationToken ct)
            {
                await foreach (var service in hub.Services.AllAsync(ct))
                {
                    Console.WriteLine(service.Name);
                }
            }
        }
        """, UnpaginatedListFixer.AllAsyncKey);

    [Fact]
    public Task AllAsync_FixAll_ConvertsEveryLoop() => Verify.VerifyFixAsync("""
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                foreach (var a in (await hub.Services.{|KH0002:ListAsync()|}).Content)
                {
                    Console.WriteLine(a.Name);
                }
                foreach (var b in (await hub.Services.InOrg("o-1").{|KH0002:ListAsync()|}).Content)
                {
                    Console.WriteLine(b.Name);
                }
            }
        }
        """, """
        class C
        {
            async Task M(HubPlatformClient hub)
            {
                await foreach (var a in hub.Services.AllAsync())
                {
                    Console.WriteLine(a.Name);
                }
                await foreach (var b in hub.Services.InOrg("o-1").AllAsync())
                {
                    Console.WriteLine(b.Name);
                }
            }
        }
        """, UnpaginatedListFixer.AllAsyncKey);

    [Fact]
    public Task AllAsync_WhenOnlyContentIsUsed_CollectsEveryPage() => Verify.VerifyFixAsync("""
        class C
        {
            async Task<int> M(HubPlatformClient hub)
            {
                IReadOnlyList<ServiceOverview> items = (await hub.Services.InOrg("o").{|KH0002:ListAsync()|}).Content;
                return (await hub.Services.{|KH0002:ListAsync()|}).Content.Count + items.Count;
            }
        }
        """, """
        class C
        {
            async Task<int> M(HubPlatformClient hub)
            {
                IReadOnlyList<ServiceOverview> items = await hub.Services.InOrg("o").AllAsync().ToListAsync();
                return (await hub.Services.AllAsync().ToListAsync()).Count + items.Count;
            }
        }
        """, UnpaginatedListFixer.AllAsyncKey);

    [Fact]
    public async Task AllAsync_WhenThePageItselfIsUsed_IsNotOffered()
    {
        var source = KipuHub.Analyzers.Tests.Verifiers.HubTestState.Usings + """
            class C
            {
                async Task<long> M(HubPlatformClient hub)
                {
                    var page = await hub.Services.{|KH0002:ListAsync()|};
                    return page.TotalElements + page.Content.Count;
                }
            }
            """;
        var test = new KipuHub.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule, UnpaginatedListFixer>.Test
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = UnpaginatedListFixer.AllAsyncKey,
        };
        await test.RunAsync();
    }
}
