using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the data_pool_shares namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<DataPoolShare>))]
[JsonSerializable(typeof(DataPoolShare))]
[JsonSerializable(typeof(CreateDataPoolShareRequest))]
[JsonSerializable(typeof(UpdateDataPoolShareRequest))]
internal sealed partial class DataPoolSharesJsonContext : JsonSerializerContext;
