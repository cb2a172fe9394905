using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The step a service build is in. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<BuildStep>))]
public readonly record struct BuildStep(string Value) : IHubEnum<BuildStep>
{
    /// <summary><c>INIT</c>.</summary>
    public static BuildStep Init { get; } = new("INIT");

    /// <summary><c>BUILD_IMAGE</c>.</summary>
    public static BuildStep BuildImage { get; } = new("BUILD_IMAGE");

    /// <summary><c>PUSH_IMAGE</c>.</summary>
    public static BuildStep PushImage { get; } = new("PUSH_IMAGE");

    /// <summary><c>UNKNOWN</c>.</summary>
    public static BuildStep Unknown { get; } = new("UNKNOWN");

    /// <inheritdoc />
    public static BuildStep FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
