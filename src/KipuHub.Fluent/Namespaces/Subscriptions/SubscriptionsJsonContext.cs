using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the subscriptions namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(CreateSubscriptionRequest))]
[JsonSerializable(typeof(IReadOnlyList<ServiceExecution>))]
internal sealed partial class SubscriptionsJsonContext : JsonSerializerContext;
