using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The plan of an account (<c>accountType</c> in today's API). Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<AccountPlan>))]
public readonly record struct AccountPlan(string Value) : IHubEnum<AccountPlan>
{
    /// <summary><c>BASIC</c>.</summary>
    public static AccountPlan Basic { get; } = new("BASIC");

    /// <summary><c>PRO</c>.</summary>
    public static AccountPlan Pro { get; } = new("PRO");

    /// <summary><c>BUSINESS</c>.</summary>
    public static AccountPlan Business { get; } = new("BUSINESS");

    /// <inheritdoc />
    public static AccountPlan FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
