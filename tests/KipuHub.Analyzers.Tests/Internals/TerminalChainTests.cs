using System.Collections.Immutable;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Tests.Internals;

/// <summary>
/// <see cref="TerminalChain"/> walks a terminal's chain once for KH0001 and KH0002, and hands anything that is not a
/// straight fluent chain to the general walks. Whatever the shape, its answers must be the ones the general walks give
/// from the terminal: the endpoint, both steps, and the operation the scope rule is asked about at the client.
/// </summary>
public sealed class TerminalChainTests
{
    private const string Prelude = """
        using System.Threading.Tasks;
        using KipuHub;
        using KipuHub.Queries;
        class C
        {
            ServicesQuery? _field;
            static ServicesQuery Scoped(HubPlatformClient hub) => hub.Services.InOrg("o");
            static ServicesQuery Unscoped(HubPlatformClient hub) => hub.Services.OrderBy(s => s.Name);
            static HubPlatformClient Make(string token) => new HubPlatformClient(token);

        """;

    private static readonly string[] s_shapes =
    [
        "Task M(HubPlatformClient hub, string id) => hub.Services.GetAsync(id);",
        "Task M(HubPlatformClient hub, string o) => hub.Services.InOrg(o).Where(s => s.Name!.Contains(o)).OrderBy(s => s.Name).Page(0, 20).ListAsync();",
        "Task M(HubPlatformClient hub) => hub.Services.Page(0, 20).ListAsync();",
        "Task M(HubPlatformClient hub, string q) => hub.DataPools.Where(d => d.Name!.Contains(q)).ListAsync();",
        "Task M(HubPlatformClient hub) => hub.Services.InPersonalAccount().ListAsync();",
        "async Task M(HubPlatformClient hub) { await foreach (var s in hub.Services.OrderByDescending(s => s.CreatedAt).AllAsync()) { } }",
        "Task M(HubPlatformClient hub) => hub.Services.Versions(\"s-1\").ListAsync();",
        "Task M(HubPlatformClient hub) => hub.Services.Delete(\"s-1\").WithRetries().SendAsync();",
        "Task M(HubCommand command) => command.WithRetries().SendAsync();",
        "Task M(HubPlatformClient hub) { var delete = hub.Services.Delete(\"s-1\"); return delete.SendAsync(); }",
        "Task M(HubPlatformClient hub, bool b) => (b ? hub.Services.InOrg(\"o\").Delete(\"a\") : hub.Services.Delete(\"b\")).SendAsync();",
        "Task M(HubPlatformClient hub) { var q = hub.Services.InOrg(\"o\"); return q.Page(0, 5).ListAsync(); }",
        "Task M(HubPlatformClient hub) { var q = hub.Services.Page(0, 5); return q.ListAsync(); }",
        "Task M(HubPlatformClient hub, bool b) => (b ? hub.Services.InOrg(\"o\") : hub.Services).Page(0, 5).ListAsync();",
        "Task M(HubPlatformClient hub, bool b) => (b ? hub.Services.Page(0, 1) : hub.Services.Page(0, 2)).ListAsync();",
        "Task M(HubPlatformClient hub) => Scoped(hub).Page(0, 5).ListAsync();",
        "Task M(HubPlatformClient hub) => Unscoped(hub).ListAsync();",
        "Task M() => _field!.Page(0, 5).ListAsync();",
        "Task M(ServicesQuery q) => q.ListAsync();",
        "Task M(HubPlatformClient? a, HubPlatformClient b) => (a ?? b).Services.ListAsync();",
        "Task M(string token) => Make(token).Services.Page(0, 5).ListAsync();",
        "Task M(string token) { var hub = new HubPlatformClient(token); return hub.Services.ListAsync(); }",
        "Task M(HubPlatformClient hub) => ((ServicesQuery)hub.Services.InOrg(\"o\")).ListAsync();",
    ];

    public static TheoryData<string> Shapes => new(s_shapes);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Walk_AnswersAsTheGeneralWalksFromTheTerminal(string member)
    {
        var compilation = AnalyzerRunner.Compile(Prelude + "    " + member + "\n}\n");
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var symbols = HubSymbols.Create(compilation)!;
        var terminal = Terminal(compilation, symbols);
        var called = symbols.Method(terminal.TargetMethod);

        var viaGeneral = new List<string>();
        var viaOnce = new List<string>();
        var scope = Chain(symbols, static m => m.IsScopeDecision, ["InOrg", "InPersonalAccount"], viaGeneral);
        var page = Chain(symbols, static m => m.IsPage, ["Page"], viaGeneral);
        var expected = (QueryChain.Endpoint(symbols, terminal)?.Id, scope.Find(terminal.Instance), page.Find(terminal.Instance));

        var chain = TerminalChain.Walk(symbols, terminal, called);
        var actual = (chain.Endpoint?.Id, chain.Scope(Chain(symbols, static m => m.IsScopeDecision, ["InOrg", "InPersonalAccount"], viaOnce)),
            chain.Page(Chain(symbols, static m => m.IsPage, ["Page"], viaOnce)));

        actual.Should().Be(expected);
        viaOnce.Should().Equal(viaGeneral, "the scope rule must be asked about the same client");
    }

    [Fact]
    public void Walk_OnTheShapesAbove_SeesEveryAnswer()
    {
        // The theory above only proves agreement; this proves the shapes reach every answer, so agreement means something.
        var seen = new HashSet<string>();
        foreach (var member in s_shapes)
        {
            var compilation = AnalyzerRunner.Compile(Prelude + "    " + member + "\n}\n");
            var symbols = HubSymbols.Create(compilation)!;
            var terminal = Terminal(compilation, symbols);
            var chain = TerminalChain.Walk(symbols, terminal, symbols.Method(terminal.TargetMethod));
            seen.Add("scope " + chain.Scope(Chain(symbols, static m => m.IsScopeDecision, ["InOrg", "InPersonalAccount"], [])));
            seen.Add("page " + chain.Page(Chain(symbols, static m => m.IsPage, ["Page"], [])));
            seen.Add(chain.Endpoint is null ? "no endpoint" : "endpoint");
        }

        seen.Should().BeEquivalentTo("scope Found", "scope Missing", "scope Unknown", "page Found", "page Missing", "page Unknown", "endpoint", "no endpoint");
    }

    /// <summary>A walk for one step that records the operations it asks about at the client and answers Missing there.</summary>
    private static QueryChain Chain(HubSymbols symbols, Func<HubMethod, bool> isStep, string[] names, List<string> atClient) =>
        new(symbols, isStep, ImmutableHashSet.Create(names), (client, _) =>
        {
            atClient.Add(client.Syntax.ToString());
            return Trace.Missing;
        });

    /// <summary>The last call in M that sends.</summary>
    private static IInvocationOperation Terminal(Compilation compilation, HubSymbols symbols)
    {
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "M");
        return method.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => model.GetOperation(i))
            .OfType<IInvocationOperation>()
            .Last(i => symbols.Method(i.TargetMethod).IsExecution);
    }
}
