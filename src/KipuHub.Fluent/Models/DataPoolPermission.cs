using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>What a data pool grant lets its holder do with the pool's files. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<DataPoolPermission>))]
public readonly record struct DataPoolPermission(string Value) : IHubEnum<DataPoolPermission>
{
    /// <summary><c>READ</c>: list and download the pool's files.</summary>
    public static DataPoolPermission Read { get; } = new("READ");

    /// <summary><c>WRITE</c>: list, download and upload the pool's files.</summary>
    public static DataPoolPermission Write { get; } = new("WRITE");

    /// <inheritdoc />
    public static DataPoolPermission FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
