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

    public static string EditorConfig(string? settings) => settings is null ? string.Empty : "root = true\n\n[*]\n" + settings + "\n";
}
