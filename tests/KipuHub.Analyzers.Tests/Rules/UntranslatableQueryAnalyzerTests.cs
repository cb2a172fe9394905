using Microsoft.CodeAnalysis.Testing;
using Verify = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UntranslatableQueryRule>;

namespace KipuHub.Analyzers.Tests.Rules;

public sealed class UntranslatableQueryAnalyzerTests
{
    // ── triggers ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task ForWhere_WhenMemberNotFilterable_Triggers_AndListsTheSupportedFilters()
    {
        var test = new Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UntranslatableQueryRule>.Test
        {
            TestCode = Verifiers.HubTestState.Usings + """
                class C
                {
                    ServicesQuery M(HubPlatformClient hub) => hub.Services.Where({|#0:s => s.Name == "qaoa"|});
                }
                """,
        };
        test.ExpectedDiagnostics.Clear();
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.KH0003_UntranslatableQuery).WithLocation(0).WithArguments(
            "Where", "s => s.Name == \"qaoa\"", "ServicesList", "services", "'Name' is not filterable there", "ServicesList supports: x.Lifecycle == value"));
        await test.RunAsync();
    }

    [Fact]
    public Task ForWhere_WhenOperatorUnsupported_Triggers() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub) => hub.Services.Where({|KH0003:s => s.Lifecycle != ServiceLifecycle.Created|});
        }
        """);

    [Fact]
    public Task ForWhere_WhenValueIsAMethodCall_Triggers() => Verify.VerifyAsync("""
        class C
        {
            DataPoolsQuery M(HubPlatformClient hub, string text) => hub.DataPools.InOrg("o").Where({|KH0003:p => p.Name!.Contains(text.Trim())|});
        }
        """);

    [Fact]
    public Task ForWhere_OnSubCollectionWithoutFilters_InLocal_Triggers() => Verify.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub)
            {
                var versions = hub.Services.Versions("s-1");
                _ = versions.Where({|KH0003:v => v.Id == "v-1"|});
            }
        }
        """);

    [Fact]
    public Task ForOrderBy_WhenNotSortable_InTopLevelStatements_Triggers() => Verify.VerifyAsync("""
        using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable("T")!);
        var query = hub.Services.OrderBy(s => s.Name).ThenByDescending({|KH0003:s => s.DisplayName|});
        Console.WriteLine(query);
        """, topLevel: true);

    // ── does not trigger ────────────────────────────────────────────────────────────────────────

    [Fact]
    public Task ForWhere_WithDeclaredFilterAndLocalValue_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub, bool published)
            {
                var wanted = published ? ServiceLifecycle.Published : ServiceLifecycle.Created;
                return hub.Services.Where(s => s.Lifecycle == wanted);
            }
        }
        """);

    [Fact]
    public Task ForContainsSearch_WithFieldValue_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            private readonly string _search = "lab";

            DataPoolsQuery M(HubPlatformClient hub) => hub.DataPools.Where(p => p.Name!.Contains(_search));
        }
        """);

    [Fact]
    public Task ForSorts_OnDeclaredMembers_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub) => hub.Services.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Name);
        }
        """);

    [Fact]
    public Task ForGenericHelperAndLocalFunction_WithValidLambdas_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            static TQuery Newest<TQuery>(TQuery query) where TQuery : HubPagedQuery<TQuery, ServiceOverview> => query.OrderByDescending(s => s.CreatedAt);

            ServicesQuery M(HubPlatformClient hub)
            {
                return Published(Newest(hub.Services));

                static ServicesQuery Published(ServicesQuery q) => q.Where(s => s.Lifecycle == ServiceLifecycle.Published);
            }
        }
        """);

    [Fact]
    public Task ForExpressionFromVariable_WhichCannotBeSeen_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            ServicesQuery M(HubPlatformClient hub, System.Linq.Expressions.Expression<Func<ServiceOverview, bool>> predicate) => hub.Services.Where(predicate);
        }
        """);

    [Fact]
    public Task ForLinqWhereOnOtherTypes_DoesNotTrigger() => Verify.VerifyAsync("""
        class C
        {
            IEnumerable<ServiceOverview> M(IEnumerable<ServiceOverview> items) => items.Where(s => s.Name != "x").OrderBy(s => s.DisplayName);
        }
        """);
}
