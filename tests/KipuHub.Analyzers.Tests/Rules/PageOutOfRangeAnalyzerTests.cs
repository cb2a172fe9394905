using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.PageOutOfRangeRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class PageOutOfRangeAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForPage_WhenIndexNegative_Triggers() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub) => hub.Services.{|KH0004:Page(-1, 20)|};
        }
        """);

    [Fact]
    public Task ForPage_WhenSizeZero_Triggers() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub) => hub.Services.InOrg("o").{|KH0004:Page(0, 0)|};
        }
        """);

    [Fact]
    public Task ForPage_WhenSizeAboveEndpointMaximum_Triggers() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub) => hub.Services.{|KH0004:Page(0, 2001)|};
        }
        """);

    [Fact]
    public Task ForPage_WhenConstantsComeFromConstFields_Triggers() => Verify.VerifyAsync("""
        class C
        {
            const int Size = 5000;

            ServicesQuery M(HubPlatformClient hub, int page) => hub.Services.{|KH0004:Page(page, Size)|};
        }
        """);

    [Fact]
    public Task ForPage_OnQueryInLocal_InTopLevelStatements_Triggers() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var query = hub.Services.InOrg("o-1");
        var page = await query.{|KH0004:Page(size: 20, page: -3)|}.ListAsync();
        """, topLevel: true);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForPage_AtTheLimits_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                _ = hub.Services.Page(0, 1);
                _ = hub.Services.Page(int.MaxValue, 2000);
            }
        }
        """);

    [Fact]
    public Task ForPage_WithVariables_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub, int page, int size) => hub.Services.Page(page, size);
        }
        """);

    [Fact]
    public Task ForPage_WithNonConstantExpressions_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub, int page) => hub.Services.Page(page - 1, Math.Min(page * 1000, 5000));
        }
        """);

    [Fact]
    public Task ForPage_InHelperAndLambda_WithinRange_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            static TQuery Small<TQuery, T>(TQuery query) where TQuery : HubPagedQuery<TQuery, T> => query.Page(0, 5);

            Func<ServicesQuery, ServicesQuery> M() => q => q.Page(3, 100);
        }
        """);

    [Fact]
    public Task ForOtherMethodsNamedPage_DoesNotTrigger() => Verify.VerifyAsync("""
        class Book
        {
            public Book Page(int page, int size) => this;
        }

        class C
        {
            Book M(Book book) => book.Page(-1, 0);
        }
        """);

    // ── message ─────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("Page(-1, 20)", "page indexes start at 0, not -1.")]
    [InlineData("Page(0, 0)", "a page holds at least 1 item, not 0.")]
    [InlineData("Page(-2, 5000)", "page indexes start at 0, not -2, and ServicesList returns at most 2000 items per page, not 5000.")]
    public async Task Message_NamesEveryProblem(string call, string problems)
    {
        var compilation = AnalyzerRunner.Compile($$"""
            using KipuHub;
            using KipuHub.Queries;
            class C { ServicesQuery M(HubPlatformClient hub) => hub.Services.{{call}}; }
            """);

        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, new HubAnalyzer());

        crashes.Should().BeEmpty();
        diagnostics.Should().ContainSingle(d => d.Id == "KH0004")
            .Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be($"{call} is out of range for ServicesList in the 'services' namespace: {problems} Pass a page index from 0 and a size from 1 to 2000.");
    }
}
