using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The runtime of a managed service. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ServiceRuntime>))]
public readonly record struct ServiceRuntime(string Value) : IHubEnum<ServiceRuntime>
{
    /// <summary><c>DOCKER</c>.</summary>
    public static ServiceRuntime Docker { get; } = new("DOCKER");

    /// <summary><c>PYTHON_TEMPLATE</c>.</summary>
    public static ServiceRuntime PythonTemplate { get; } = new("PYTHON_TEMPLATE");

    /// <inheritdoc />
    public static ServiceRuntime FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
