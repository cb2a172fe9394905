using KipuHub.Analyzers.Internals;
using KipuHub.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.Tests.Internals;

/// <summary>
/// The analyzers see KipuHub.Fluent only as metadata. These tests compile user code against the real assembly and
/// check that every catalog fact the analyzers need is readable from its attributes, and agrees with the runtime catalog.
/// </summary>
public sealed class HubEndpointFactsTests
{
    private static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "User",
        [CSharpSyntaxTree.ParseText(source)],
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(HubPlatformClient).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static (CSharpCompilation Compilation, IMethodSymbol Method) Invoked(string source, string methodName)
    {
        var compilation = Compile(source);
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var invocation = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Last(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.Text == methodName);
        return (compilation, (IMethodSymbol)model.GetSymbolInfo(invocation).Symbol!);
    }

    [Fact]
    public void ForMethod_PagedList_ReadsScopeAndPagingFromMetadata()
    {
        var (compilation, method) = Invoked("""
            using KipuHub;
            class C { async System.Threading.Tasks.Task M(HubPlatformClient hub) => await hub.Services.InOrg("o").Page(0, 20).ListAsync(); }
            """, "ListAsync");

        var facts = HubEndpointFacts.Reader.Create(compilation)!.ForMethod(method)!;

        facts.Id.Should().Be("ServicesList");
        facts.IsPaged.Should().BeTrue();
        facts.IsOrganizationScoped.Should().BeTrue();
        facts.DefaultPageSize.Should().Be(HubPaging.DefaultPageSize);
        facts.MaxPageSize.Should().Be(HubPaging.MaxPageSize);
    }

    [Fact]
    public void ForMethod_GlobalArrayEndpoint_IsNeitherPagedNorScoped()
    {
        var (compilation, method) = Invoked("""
            using KipuHub;
            class C { async System.Threading.Tasks.Task M(HubPlatformClient hub) => await hub.Users.GetAccountsAsync(); }
            """, "GetAccountsAsync");

        var facts = HubEndpointFacts.Reader.Create(compilation)!.ForMethod(method)!;

        facts.IsPaged.Should().BeFalse();
        facts.IsOrganizationScoped.Should().BeFalse();
    }

    [Fact]
    public void ForMethod_NonHubMethod_IsNull()
    {
        var (compilation, method) = Invoked("""
            using KipuHub;
            class C { string M(HubPlatformClient hub) => hub.Services.Page(0, 5).ToString(); }
            """, "ToString");

        HubEndpointFacts.Reader.Create(compilation)!.ForMethod(method).Should().BeNull();
    }

    [Fact]
    public void Create_WithoutKipuHubReferenced_IsNull()
    {
        var compilation = CSharpCompilation.Create("Plain", [CSharpSyntaxTree.ParseText("class C {}")], Basic.Reference.Assemblies.Net100.References.All);

        HubEndpointFacts.Reader.Create(compilation).Should().BeNull();
    }

    [Fact]
    public void ForId_AgreesWithTheRuntimeCatalog_ForEveryEndpoint()
    {
        var reader = HubEndpointFacts.Reader.Create(Compile("class C {}"))!;

        foreach (var endpoint in HubCatalog.All)
        {
            var facts = reader.ForId(endpoint.Id);
            facts.Should().NotBeNull(endpoint.Id);
            facts!.Method.Should().Be(endpoint.Method.Method);
            facts.Path.Should().Be(endpoint.PathTemplate);
            facts.Scope.Should().Be(endpoint.Scope.ToString());
            facts.Shape.Should().Be(endpoint.Shape.ToString());
            facts.DefaultPageSize.Should().Be(endpoint.DefaultPageSize);
            facts.MaxPageSize.Should().Be(endpoint.MaxPageSize);
            facts.Namespace.Should().Be(endpoint.Namespace);
            facts.Filters.Select(f => (f.Member, f.QueryName, f.IsContains))
                .Should().Equal(endpoint.Filters.Select(f => (f.Member, f.QueryName, f.Kind == HubFilterKind.Contains)));
            facts.Sorts.Select(f => (f.Member, f.QueryName)).Should().Equal(endpoint.Sorts.Select(f => (f.Member, f.QueryName)));
        }
    }
}
