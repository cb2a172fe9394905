using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KipuHub.Analyzers.Tests;

/// <summary>Analyzers run on every keystroke: broken and half-typed code must never make one throw (AD0001).</summary>
public sealed class RobustnessTests
{
    /// <summary>A program that trips KH0001, KH0002, KH0004, KH0005 and KH0006.</summary>
    internal const string Program = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using KipuHub;
        using KipuHub.Models;

        class C
        {
            const string Token = "kqh_1";

            async Task M(HubPlatformClient hub, string org, int size)
            {
                using var local = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Token, OrganizationId = org });
                var query = hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).OrderBy(s => s.Name);
                if (size > 0) { query = query.InOrg(org).Page(0, size); }
                var page = await query.ListAsync();
                await foreach (var s in hub.Services.AllAsync()) { Console.WriteLine(s.Name); }
                hub.Services.Delete("x");
                await hub.Services.Versions("s").Where(v => v.Id == "v").ListAsync();
                foreach (var s in (await hub.Services.ListAsync()).Content) { }
                hub.Services.Page(-1, 5000);
            }

            ServicesQuery Helper(HubPlatformClient hub) => Helper(hub).Page(0, 1);
        }
        """;

    private static readonly DiagnosticAnalyzer[] s_all = [new HubAnalyzer()];

    public static TheoryData<string> BrokenSources() =>
    [
        "class C { void M(HubPlatformClient hub) { hub.Services. } }",
        "class C { void M(HubPlatformClient hub) { hub.Services.Where(s => s. ).ListAsync( } }",
        "class C { void M(HubPlatformClient hub) { hub.Services.Where().OrderBy(); } }",
        "class C { void M(HubPlatformClient hub) { hub.Services.Where(s => s.Lifecycle == ); } }",
        "class C { void M(HubPlatformClient hub) { hub.Services.Page(0, ).ListAsync(); } }",
        "class C { void M(HubPlatformClient hub) { hub.Services.Page(\"a\", null).ListAsync(); } }",
        "class C { void M(HubPlatformClient hub) { var q = q.InOrg(\"o\"); q.ListAsync(); } }",
        "class C { void M(HubPlatformClient hub) { new HubPlatformClient(); new HubPlatformClientOptions { ApiKey = }; } }",
        "class C { void M(Unknown hub) { hub.Services.ListAsync(); } }",
        "class C { Task M(HubPlatformClient hub) => Missing(hub).ListAsync(); }",
        "class C { void M(HubPlatformClient hub) { foreach (var s in (await hub.Services.ListAsync()).Content) } }",
        "hub.Services.InOrg(",
    ];

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task BrokenCode_NeverCrashesAnAnalyzer(string source)
    {
        var compilation = AnalyzerRunner.Compile("using System.Threading.Tasks; using KipuHub; " + source);

        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

        crashes.Should().BeEmpty();
        diagnostics.Should().NotContain(d => d.Id == "AD0001");
    }

    [Fact]
    public async Task EveryPrefixOfAProgram_AsTheUserTypes_NeverCrashesAnAnalyzer()
    {
        for (var length = 0; length <= Program.Length; length += 23)
        {
            var compilation = AnalyzerRunner.Compile(Program[..length]);

            var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

            crashes.Should().BeEmpty($"the first {length} characters were typed");
            diagnostics.Should().NotContain(d => d.Id == "AD0001");
        }
    }

    [Fact]
    public async Task TheCompleteProgram_ReportsEveryRule()
    {
        var compilation = AnalyzerRunner.Compile(Program);

        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

        crashes.Should().BeEmpty();
        diagnostics.Select(d => d.Id).Distinct().Should().Contain(["KH0001", "KH0002", "KH0004", "KH0005", "KH0006"]);
    }

    [Fact]
    public async Task SelfReferentialLocalsAndRecursiveHelpers_StayCheap()
    {
        var statements = string.Join("\n", Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "q = q.InOrg(\"o\");" : "q = q.Page(0, 1);"));
        var compilation = AnalyzerRunner.Compile($$"""
            using System.Threading.Tasks;
            using KipuHub;

            class C
            {
                static ServicesQuery H(HubPlatformClient hub, int n) => n == 0 ? hub.Services : n % 2 == 0 ? H(hub, n - 1) : H(hub, n - 2);

                async Task M(HubPlatformClient hub)
                {
                    var q = H(hub, 30);
                    {{statements}}
                    q.Page(0, 2);
                    await q.ListAsync();
                    var v = hub.Services.Versions("s");
                    {{statements.Replace("q", "v").Replace("v.Page(0, 1)", "v.InOrg(\"p\")")}}
                    v.InOrg("x");
                    await v.ListAsync();
                }
            }
            """);
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (_, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

        crashes.Should().BeEmpty();
        // An exponential walk over 40 reassignments would take hours; the bound is loose so a busy CI machine cannot trip it.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task GeneratedCode_IsSkipped()
    {
        var generated = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("// <auto-generated/>\n" + Program, path: "Hub.g.cs");
        var compilation = AnalyzerRunner.Compile("class Empty { }").AddSyntaxTrees(generated);

        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

        crashes.Should().BeEmpty();
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task WithoutKipuHubReferenced_NothingRuns()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class HubPlatformClient { public HubPlatformClient(string apiKey) { } } class C { object M() => new HubPlatformClient(\"kqh\"); }")],
            Basic.Reference.Assemblies.Net100.References.All);

        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, s_all);

        crashes.Should().BeEmpty();
        diagnostics.Should().BeEmpty();
    }
}
