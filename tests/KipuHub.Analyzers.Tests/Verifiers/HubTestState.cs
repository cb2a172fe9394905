using System.Reflection;
using KipuHub.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KipuHub.Analyzers.Tests.Verifiers;

/// <summary>Offline reference assemblies (toolchain.md) plus KipuHub.Fluent, and the usings every test source starts with.</summary>
internal static class HubTestState
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using KipuHub;
        using KipuHub.Models;
        using KipuHub.Queries;

        """;

    public static readonly ReferenceAssemblies None = new("net10.0");

    public static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(HubPlatformClient).Assembly.Location));
    }

    /// <summary>The IDs of every rule but <typeparamref name="TRule"/>, read from each rule class's <c>Descriptor</c>.</summary>
    public static IEnumerable<string> OtherRules<TRule>()
    {
        var own = RuleId(typeof(TRule));
        var all = new HubAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();
        all.Should().Contain(own, $"{typeof(TRule).Name} is one of HubAnalyzer's rules");
        return all.Where(id => id != own);
    }

    /// <summary>A rule class's diagnostic ID: every class in KipuHub.Analyzers.Rules has a static Descriptor.</summary>
    public static string RuleId(Type rule) =>
        ((DiagnosticDescriptor)(rule.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"{rule.Name} has no static Descriptor, so it is not a KipuHub rule")).GetValue(null)!).Id;

    public static string EditorConfig(string? settings) => settings is null ? string.Empty : "root = true\n\n[*]\n" + settings + "\n";
}
