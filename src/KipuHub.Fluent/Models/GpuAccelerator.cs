using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>A GPU type for a managed service. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<GpuAccelerator>))]
public readonly record struct GpuAccelerator(string Value) : IHubEnum<GpuAccelerator>
{
    /// <summary><c>NVIDIA_TESLA_T4</c>.</summary>
    public static GpuAccelerator NvidiaTeslaT4 { get; } = new("NVIDIA_TESLA_T4");

    /// <summary><c>NVIDIA_TESLA_V100</c>.</summary>
    public static GpuAccelerator NvidiaTeslaV100 { get; } = new("NVIDIA_TESLA_V100");

    /// <summary><c>NVIDIA_TESLA_A100</c>.</summary>
    public static GpuAccelerator NvidiaTeslaA100 { get; } = new("NVIDIA_TESLA_A100");

    /// <summary><c>NVIDIA_TESLA_P100</c>.</summary>
    public static GpuAccelerator NvidiaTeslaP100 { get; } = new("NVIDIA_TESLA_P100");

    /// <summary><c>NONE</c>.</summary>
    public static GpuAccelerator None { get; } = new("NONE");

    /// <inheritdoc />
    public static GpuAccelerator FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
