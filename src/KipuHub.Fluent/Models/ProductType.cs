using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>What a pricing-plan product measures. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ProductType>))]
public readonly record struct ProductType(string Value) : IHubEnum<ProductType>
{
    /// <summary><c>API</c>.</summary>
    public static ProductType Api { get; } = new("API");

    /// <summary><c>CPU</c>.</summary>
    public static ProductType Cpu { get; } = new("CPU");

    /// <summary><c>MEMORY</c>.</summary>
    public static ProductType Memory { get; } = new("MEMORY");

    /// <summary><c>IONQ_1_GATE_SHOT</c>.</summary>
    public static ProductType Ionq1GateShot { get; } = new("IONQ_1_GATE_SHOT");

    /// <summary><c>IONQ_2_GATE_SHOT</c>.</summary>
    public static ProductType Ionq2GateShot { get; } = new("IONQ_2_GATE_SHOT");

    /// <summary><c>AWS_SV1</c>.</summary>
    public static ProductType AwsSv1 { get; } = new("AWS_SV1");

    /// <summary><c>AWS_DM1</c>.</summary>
    public static ProductType AwsDm1 { get; } = new("AWS_DM1");

    /// <summary><c>AWS_TN1</c>.</summary>
    public static ProductType AwsTn1 { get; } = new("AWS_TN1");

    /// <summary><c>AWS_QUANTUM_TASK</c>.</summary>
    public static ProductType AwsQuantumTask { get; } = new("AWS_QUANTUM_TASK");

    /// <summary><c>AWS_IONQ_HARMONY</c>.</summary>
    public static ProductType AwsIonqHarmony { get; } = new("AWS_IONQ_HARMONY");

    /// <summary><c>AWS_IONQ_ARIA</c>.</summary>
    public static ProductType AwsIonqAria { get; } = new("AWS_IONQ_ARIA");

    /// <summary><c>AWS_OQC_LUCY</c>.</summary>
    public static ProductType AwsOqcLucy { get; } = new("AWS_OQC_LUCY");

    /// <summary><c>AWS_RIGETTI_ASPENM</c>.</summary>
    public static ProductType AwsRigettiAspenm { get; } = new("AWS_RIGETTI_ASPENM");

    /// <summary><c>CUSTOM</c>.</summary>
    public static ProductType Custom { get; } = new("CUSTOM");

    /// <summary><c>GPU_NVIDIA_T4</c>.</summary>
    public static ProductType GpuNvidiaT4 { get; } = new("GPU_NVIDIA_T4");

    /// <summary><c>GPU_NVIDIA_V100</c>.</summary>
    public static ProductType GpuNvidiaV100 { get; } = new("GPU_NVIDIA_V100");

    /// <inheritdoc />
    public static ProductType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
