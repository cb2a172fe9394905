using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the service_executions namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<ServiceExecution>))]
[JsonSerializable(typeof(ServiceExecution))]
[JsonSerializable(typeof(ExecutionMetrics))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ServiceExecutionsJsonContext : JsonSerializerContext;
