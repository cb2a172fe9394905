using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the applications namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(IReadOnlyList<Application>))]
[JsonSerializable(typeof(CreateApplicationRequest))]
[JsonSerializable(typeof(AccessToken))]
[JsonSerializable(typeof(IReadOnlyList<Subscription>))]
internal sealed partial class ApplicationsJsonContext : JsonSerializerContext;
