using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the managed_services namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(CreateManagedServiceRequest))]
[JsonSerializable(typeof(CreateManagedServicePricingPlanRequest))]
[JsonSerializable(typeof(PricingPlan))]
[JsonSerializable(typeof(IReadOnlyList<ServiceExecution>))]
internal sealed partial class ManagedServicesJsonContext : JsonSerializerContext;
