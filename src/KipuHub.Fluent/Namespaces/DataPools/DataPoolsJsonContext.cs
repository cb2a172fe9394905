using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the data_pools namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(DataPool))]
[JsonSerializable(typeof(IReadOnlyList<DataPool>))]
[JsonSerializable(typeof(CreateDataPoolRequest))]
[JsonSerializable(typeof(UpdateDataPoolRequest))]
[JsonSerializable(typeof(DataPoolFile))]
[JsonSerializable(typeof(IReadOnlyList<DataPoolFile>))]
internal sealed partial class DataPoolsJsonContext : JsonSerializerContext;
