using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the authentication namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(AuthPrincipal))]
[JsonSerializable(typeof(AccessTokenInfo))]
[JsonSerializable(typeof(GatewayCredentials))]
internal sealed partial class AuthenticationJsonContext : JsonSerializerContext;
