using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the service_shares namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<ServiceShare>))]
[JsonSerializable(typeof(ServiceShare))]
[JsonSerializable(typeof(CreateServiceShareRequest))]
[JsonSerializable(typeof(UpdateServiceShareRequest))]
internal sealed partial class ServiceSharesJsonContext : JsonSerializerContext;
