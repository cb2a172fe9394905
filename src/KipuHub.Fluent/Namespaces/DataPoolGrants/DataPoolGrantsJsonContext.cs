using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the data_pool_grants namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<DataPoolGrant>))]
[JsonSerializable(typeof(DataPoolGrant))]
[JsonSerializable(typeof(CreateDataPoolGrantRequest))]
internal sealed partial class DataPoolGrantsJsonContext : JsonSerializerContext;
