using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the billing namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<UsageEntry>))]
[JsonSerializable(typeof(Balance))]
[JsonSerializable(typeof(IReadOnlyList<Credit>))]
[JsonSerializable(typeof(IReadOnlyList<Budget>))]
[JsonSerializable(typeof(Budget))]
[JsonSerializable(typeof(BudgetRequest))]
[JsonSerializable(typeof(CostReport))]
[JsonSerializable(typeof(MonthAmount))]
internal sealed partial class BillingJsonContext : JsonSerializerContext;
