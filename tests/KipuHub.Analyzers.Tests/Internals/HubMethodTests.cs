using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.Tests.Internals;

/// <summary>
/// HubSymbols.Method caches what the rules ask about a called method. The cached answers must be the ones the
/// uncached predicates give, one entry must serve every call site of a method, and non-Hub methods must not be cached.
/// </summary>
public sealed class HubMethodTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using KipuHub;

        class C
        {
            async Task M(HubPlatformClient hub, string org)
            {
                await hub.Services.InOrg(org).Where(s => s.Name.Contains("q")).OrderBy(s => s.Name).Page(0, 20).ListAsync();
                await hub.Services.InPersonalAccount().Page(1, 5).ListAsync();
                await foreach (var s in hub.Services.AllAsync()) { }
                await hub.Services.GetAsync("id");
                hub.Services.Delete("id");
                await hub.DataPools.ListAsync();
                org.ToString();
            }
        }
        """;

    private static (HubSymbols Symbols, IReadOnlyList<IMethodSymbol> Called) CompileCalls()
    {
        var compilation = AnalyzerRunner.Compile(Source);
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var called = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => (IMethodSymbol)model.GetSymbolInfo(i).Symbol!)
            .ToList();
        return (HubSymbols.Create(compilation)!, called);
    }

    [Fact]
    public void Method_AnswersAsTheUncachedPredicates_ForEveryCalledMethod()
    {
        var (symbols, called) = CompileCalls();

        foreach (var method in called)
        {
            var facts = symbols.Method(method);

            facts.IsFluent.Should().Be(symbols.IsFluent(method), method.Name);
            if (!facts.IsFluent)
            {
                facts.Should().BeSameAs(HubMethod.None, method.Name);
                continue;
            }
            facts.Endpoint.Should().BeSameAs(symbols.Endpoints.ForMethod(method), method.Name);
            facts.IsScopeDecision.Should().Be(symbols.IsScopeDecision(method), method.Name);
            facts.IsPage.Should().Be(symbols.IsPage(method), method.Name);
            facts.IsWhere.Should().Be(symbols.IsWhere(method), method.Name);
            facts.IsSort.Should().Be(symbols.IsSort(method), method.Name);
        }
    }

    [Fact]
    public void Method_ConstructedWithDifferentTypeArguments_SharesItsDefinitionsEntry()
    {
        var compilation = AnalyzerRunner.Compile("""
            using KipuHub;
            class C
            {
                void M(HubPlatformClient hub)
                {
                    hub.Services.OrderBy(s => s.Name);
                    hub.Services.OrderBy(s => s.CreatedAt);
                }
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var sorts = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => (IMethodSymbol)model.GetSymbolInfo(i).Symbol!)
            .ToList();
        var symbols = HubSymbols.Create(compilation)!;

        sorts.Should().HaveCount(2);
        SymbolEqualityComparer.Default.Equals(sorts[0], sorts[1]).Should().BeFalse("OrderBy<string> and OrderBy<DateTimeOffset?> are different methods");
        symbols.Method(sorts[1]).Should().BeSameAs(symbols.Method(sorts[0]));
        symbols.Method(sorts[0]).IsSort.Should().BeTrue();
    }

    [Fact]
    public void Method_CalledFromTwoSites_IsComputedOnce()
    {
        var (symbols, called) = CompileCalls();
        var pages = called.Where(m => m.Name == "Page").ToList();

        pages.Should().HaveCount(2);
        symbols.Method(pages[1]).Should().BeSameAs(symbols.Method(pages[0]));
        symbols.Method(pages[0]).IsPage.Should().BeTrue();
    }

    [Fact]
    public void Method_SeesTheFactsThatMatterToTheRules()
    {
        var (symbols, called) = CompileCalls();
        HubMethod Facts(string name) => symbols.Method(called.First(m => m.Name == name));

        Facts("InOrg").IsScopeDecision.Should().BeTrue();
        Facts("InPersonalAccount").IsScopeDecision.Should().BeTrue();
        Facts("ListAsync").Endpoint!.Id.Should().Be("ServicesList");
        Facts("AllAsync").Endpoint!.Id.Should().Be("ServicesList");
        Facts("Delete").Endpoint!.Id.Should().Be("ServicesDelete");
        Facts("Where").IsWhere.Should().BeTrue();
        Facts("OrderBy").IsSort.Should().BeTrue();
        Facts("ToString").Should().BeSameAs(HubMethod.None);
    }

    [Fact]
    public void Create_IsNull_WithoutKipuHubReferenced()
    {
        HubSymbols.Create(AnalyzerRunner.Compile("class C { }")).Should().NotBeNull();
        HubSymbols.Create(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Plain")).Should().BeNull();
    }
}
