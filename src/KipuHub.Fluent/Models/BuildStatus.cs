using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The state of a service build. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<BuildStatus>))]
public readonly record struct BuildStatus(string Value) : IHubEnum<BuildStatus>
{
    /// <summary><c>QUEUED</c>.</summary>
    public static BuildStatus Queued { get; } = new("QUEUED");

    /// <summary><c>WORKING</c>.</summary>
    public static BuildStatus Working { get; } = new("WORKING");

    /// <summary><c>SUCCESS</c>.</summary>
    public static BuildStatus Success { get; } = new("SUCCESS");

    /// <summary><c>FAILURE</c>.</summary>
    public static BuildStatus Failure { get; } = new("FAILURE");

    /// <inheritdoc />
    public static BuildStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
