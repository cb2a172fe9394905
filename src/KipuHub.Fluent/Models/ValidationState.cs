using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The outcome of validating a build. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ValidationState>))]
public readonly record struct ValidationState(string Value) : IHubEnum<ValidationState>
{
    /// <summary><c>SUCCESS</c>.</summary>
    public static ValidationState Success { get; } = new("SUCCESS");

    /// <summary><c>WARNING</c>.</summary>
    public static ValidationState Warning { get; } = new("WARNING");

    /// <summary><c>ERROR</c>.</summary>
    public static ValidationState Error { get; } = new("ERROR");

    /// <inheritdoc />
    public static ValidationState FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
