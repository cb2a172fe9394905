using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the external_services namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(CreateExternalServiceRequest))]
[JsonSerializable(typeof(CreateExternalServicePricingPlanRequest))]
[JsonSerializable(typeof(PricingPlan))]
[JsonSerializable(typeof(IReadOnlyList<ProductUsage>))]
[JsonSerializable(typeof(MeteringRequest))]
[JsonSerializable(typeof(MeteringResponse))]
internal sealed partial class ExternalServicesJsonContext : JsonSerializerContext;
