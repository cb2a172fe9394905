using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>What an access token may be used for. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<AccessTokenScope>))]
public readonly record struct AccessTokenScope(string Value) : IHubEnum<AccessTokenScope>
{
    /// <summary><c>API</c>.</summary>
    public static AccessTokenScope Api { get; } = new("API");

    /// <summary><c>QUANTUM_TOKENS</c>.</summary>
    public static AccessTokenScope QuantumTokens { get; } = new("QUANTUM_TOKENS");

    /// <inheritdoc />
    public static AccessTokenScope FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
