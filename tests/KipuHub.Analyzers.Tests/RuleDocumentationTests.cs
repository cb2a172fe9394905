using System.Reflection;
using KipuHub.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KipuHub.Analyzers.Tests;

/// <summary>Every descriptor has a help link to its page, the page exists, and every rule has an analyzer (Meziantou's RuleHelpUri test).</summary>
public sealed class RuleDocumentationTests
{
    private static readonly string s_repositoryRoot = FindRoot();

    public static TheoryData<string> Descriptors() => [.. AllDescriptors().Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_HasHelpLinkToItsOwnPage_AndThePageExists(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        descriptor.HelpLinkUri.Should().Be($"{HubRules.DocsBase}{id}.md");
        File.Exists(Path.Combine(s_repositoryRoot, "docs", "rules", id + ".md")).Should().BeTrue($"docs/rules/{id}.md documents {id}");
        File.ReadAllText(Path.Combine(s_repositoryRoot, "docs", "rules", "README.md")).Should().Contain($"[{id}]({id}.md)");
        descriptor.DefaultSeverity.Should().Be(DiagnosticSeverity.Warning);
        descriptor.MessageFormat.ToString().Should().EndWith(".");
    }

    [Fact]
    public void TheRepositoryAddress_IsDeclaredOnce_AndTheHelpLinksDeriveFromIt()
    {
        var props = Path.Combine(s_repositoryRoot, "src", "Directory.Build.props");
        var address = System.Xml.Linq.XDocument.Load(props).Descendants("KipuHubRepositoryUrl").Single().Value;
        var elsewhere = new[] { "src", "tests", "samples", "docs", "benchmarks", "build" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(s_repositoryRoot, folder), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(s_repositoryRoot, "README.md"))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}results{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetExtension(path) is ".cs" or ".csproj" or ".props" or ".targets" or ".md" or ".sh" or ".json"
                && path != props && File.ReadAllText(path).Contains(address, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(s_repositoryRoot, path))
            .ToList();

        address.Should().StartWith("https://");
        HubRules.DocsBase.Should().Be(address + "/blob/main/docs/rules/");
        elsewhere.Should().BeEmpty("the repository address is declared once, in src/Directory.Build.props, and derived everywhere else");
    }

    [Fact]
    public void EveryDescriptor_BelongsToExactlyOneRule_AndTheOneAnalyzerRunsThemAll()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();
        var rules = typeof(HubAnalyzer).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(KipuHub.Analyzers.Rules.UnscopedCallRule).Namespace && t.IsClass && !t.IsNested)
            .Select(Verifiers.HubTestState.RuleId)
            .ToList();

        rules.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ids);
        Analyzers().Should().ContainSingle("the rules run as one analyzer, so the build pays the driver once")
            .Which.SupportedDiagnostics.Select(d => d.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ids);
    }

    [Fact]
    public void EveryFixer_FixesAKnownRule_AndHasFixAll()
    {
        var fixers = typeof(KipuHub.Analyzers.CodeFixes.Rules.UnscopedCallFixer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CodeFixProvider)) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();

        fixers.Should().NotBeEmpty();
        foreach (var fixer in fixers)
        {
            fixer.FixableDiagnosticIds.Should().BeSubsetOf(AllDescriptors().Select(d => d.Id));
            fixer.GetFixAllProvider().Should().NotBeNull();
        }
    }

    internal static IReadOnlyList<DiagnosticAnalyzer> Analyzers() => typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToList();

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "docs", "rules")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("docs/rules not found above " + AppContext.BaseDirectory);
    }
}
