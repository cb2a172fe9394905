using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the marketplace namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(IReadOnlyList<ApiOverview>))]
[JsonSerializable(typeof(Api))]
internal sealed partial class MarketplaceJsonContext : JsonSerializerContext;
