using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>How an algorithm relates to another one. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<AlgorithmRelationType>))]
public readonly record struct AlgorithmRelationType(string Value) : IHubEnum<AlgorithmRelationType>
{
    /// <summary><c>USES</c>: the algorithm calls the target as a subroutine (a phase estimation inside Shor's).</summary>
    public static AlgorithmRelationType Uses { get; } = new("USES");

    /// <summary><c>VARIANT_OF</c>: the algorithm is a variant of the target (a warm-started QAOA of QAOA).</summary>
    public static AlgorithmRelationType VariantOf { get; } = new("VARIANT_OF");

    /// <summary><c>GENERALIZES</c>: the target is a special case of the algorithm.</summary>
    public static AlgorithmRelationType Generalizes { get; } = new("GENERALIZES");

    /// <summary><c>SPECIALIZES</c>: the algorithm is a special case of the target.</summary>
    public static AlgorithmRelationType Specializes { get; } = new("SPECIALIZES");

    /// <inheritdoc />
    public static AlgorithmRelationType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
