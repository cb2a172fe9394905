using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>Who a share opens a resource to. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<SharePrincipalType>))]
public readonly record struct SharePrincipalType(string Value) : IHubEnum<SharePrincipalType>
{
    /// <summary><c>USER</c>: a user, in their personal account.</summary>
    public static SharePrincipalType User { get; } = new("USER");

    /// <summary><c>ORGANIZATION</c>: an organization, to its members acting in it.</summary>
    public static SharePrincipalType Organization { get; } = new("ORGANIZATION");

    /// <inheritdoc />
    public static SharePrincipalType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
