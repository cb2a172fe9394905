using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>How a service is run. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ServiceType>))]
public readonly record struct ServiceType(string Value) : IHubEnum<ServiceType>
{
    /// <summary><c>MANAGED</c>.</summary>
    public static ServiceType Managed { get; } = new("MANAGED");

    /// <summary><c>EXTERNAL</c>.</summary>
    public static ServiceType External { get; } = new("EXTERNAL");

    /// <summary><c>WORKFLOW</c>.</summary>
    public static ServiceType Workflow { get; } = new("WORKFLOW");

    /// <inheritdoc />
    public static ServiceType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
