using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>A lifecycle command on a service version. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ServiceCommandType>))]
public readonly record struct ServiceCommandType(string Value) : IHubEnum<ServiceCommandType>
{
    /// <summary><c>UNPUBLISH</c>.</summary>
    public static ServiceCommandType Unpublish { get; } = new("UNPUBLISH");

    /// <summary><c>UNPUBLISH_FORCE</c>.</summary>
    public static ServiceCommandType UnpublishForce { get; } = new("UNPUBLISH_FORCE");

    /// <inheritdoc />
    public static ServiceCommandType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
