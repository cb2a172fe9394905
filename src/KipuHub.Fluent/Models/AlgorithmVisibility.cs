using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>Who may read an algorithm besides its tenant and its members. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<AlgorithmVisibility>))]
public readonly record struct AlgorithmVisibility(string Value) : IHubEnum<AlgorithmVisibility>
{
    /// <summary><c>PRIVATE</c>: its tenant and the members it names only.</summary>
    public static AlgorithmVisibility Private { get; } = new("PRIVATE");

    /// <summary><c>PUBLIC</c>: published; every tenant reads it as VIEWER, only its tenant (and members) write it.</summary>
    public static AlgorithmVisibility Public { get; } = new("PUBLIC");

    /// <inheritdoc />
    public static AlgorithmVisibility FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
