using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The state of a service execution. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<ExecutionStatus>))]
public readonly record struct ExecutionStatus(string Value) : IHubEnum<ExecutionStatus>
{
    /// <summary><c>UNKNOWN</c>.</summary>
    public static ExecutionStatus Unknown { get; } = new("UNKNOWN");

    /// <summary><c>PENDING</c>.</summary>
    public static ExecutionStatus Pending { get; } = new("PENDING");

    /// <summary><c>RUNNING</c>.</summary>
    public static ExecutionStatus Running { get; } = new("RUNNING");

    /// <summary><c>SUCCEEDED</c>.</summary>
    public static ExecutionStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary><c>FAILED</c>.</summary>
    public static ExecutionStatus Failed { get; } = new("FAILED");

    /// <summary><c>CANCELLED</c>.</summary>
    public static ExecutionStatus Cancelled { get; } = new("CANCELLED");

    /// <inheritdoc />
    public static ExecutionStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
