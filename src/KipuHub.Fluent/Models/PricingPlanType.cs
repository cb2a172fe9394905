using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>Whether a pricing plan charges. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<PricingPlanType>))]
public readonly record struct PricingPlanType(string Value) : IHubEnum<PricingPlanType>
{
    /// <summary><c>FREE</c>.</summary>
    public static PricingPlanType Free { get; } = new("FREE");

    /// <summary><c>COMMERCIAL</c>.</summary>
    public static PricingPlanType Commercial { get; } = new("COMMERCIAL");

    /// <inheritdoc />
    public static PricingPlanType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
