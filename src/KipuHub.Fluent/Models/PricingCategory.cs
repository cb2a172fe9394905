using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The pricing category of a marketplace listing. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<PricingCategory>))]
public readonly record struct PricingCategory(string Value) : IHubEnum<PricingCategory>
{
    /// <summary><c>FREE</c>.</summary>
    public static PricingCategory Free { get; } = new("FREE");

    /// <summary><c>FREEMIUM</c>.</summary>
    public static PricingCategory Freemium { get; } = new("FREEMIUM");

    /// <summary><c>COMMERCIAL</c>.</summary>
    public static PricingCategory Commercial { get; } = new("COMMERCIAL");

    /// <inheritdoc />
    public static PricingCategory FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
