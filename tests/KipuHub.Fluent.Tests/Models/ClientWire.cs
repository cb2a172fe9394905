using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>
/// The client's JSON metadata: every <see cref="JsonSerializerContext"/> of KipuHub.Fluent (one per namespace, plus the
/// shared one), found by reflection so that a new namespace's context is covered without editing this list.
/// </summary>
internal static class ClientWire
{
    public static IReadOnlyList<JsonSerializerContext> Contexts { get; } = [.. typeof(HubPlatformClient).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(JsonSerializerContext)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)];

    /// <summary>The generated metadata of a type in the first context that has it, or null.</summary>
    public static JsonTypeInfo? TryInfo(Type type) => Contexts.Select(c => c.GetTypeInfo(type)).FirstOrDefault(i => i is not null);

    public static JsonTypeInfo Info(Type type) =>
        TryInfo(type) ?? throw new InvalidOperationException($"No JSON context of KipuHub.Fluent has metadata for {type}.");
}
