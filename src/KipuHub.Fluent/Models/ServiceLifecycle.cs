using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The publication state of a service version. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ServiceLifecycle>))]
public readonly record struct ServiceLifecycle(string Value) : IHubEnum<ServiceLifecycle>
{
    /// <summary><c>CREATED</c>.</summary>
    public static ServiceLifecycle Created { get; } = new("CREATED");

    /// <summary><c>ACCESSIBLE</c>.</summary>
    public static ServiceLifecycle Accessible { get; } = new("ACCESSIBLE");

    /// <summary><c>PUBLISHED</c>.</summary>
    public static ServiceLifecycle Published { get; } = new("PUBLISHED");

    /// <inheritdoc />
    public static ServiceLifecycle FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
