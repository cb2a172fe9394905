using System.Text.Json.Serialization;

namespace KipuHub.Models;

/// <summary>The git host a git integration connects to. Unknown values from the server are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(HubEnumJsonConverter<GitProvider>))]
public readonly record struct GitProvider(string Value) : IHubEnum<GitProvider>
{
    /// <summary><c>GITHUB</c>: connected through an installation of the Kipu Quantum Hub GitHub App.</summary>
    public static GitProvider GitHub { get; } = new("GITHUB");

    /// <summary><c>GITLAB</c>: connected through an access token.</summary>
    public static GitProvider GitLab { get; } = new("GITLAB");

    /// <inheritdoc />
    public static GitProvider FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
