using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>A user's role on a tenant or resource. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<PermissionRole>))]
public readonly record struct PermissionRole(string Value) : IHubEnum<PermissionRole>
{
    /// <summary><c>VIEWER</c>.</summary>
    public static PermissionRole Viewer { get; } = new("VIEWER");

    /// <summary><c>MAINTAINER</c>.</summary>
    public static PermissionRole Maintainer { get; } = new("MAINTAINER");

    /// <summary><c>OWNER</c>.</summary>
    public static PermissionRole Owner { get; } = new("OWNER");

    /// <inheritdoc />
    public static PermissionRole FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
