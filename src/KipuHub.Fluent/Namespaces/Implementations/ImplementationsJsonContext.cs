using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the implementations namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<Implementation>))]
[JsonSerializable(typeof(Implementation))]
[JsonSerializable(typeof(CreateImplementationRequest))]
[JsonSerializable(typeof(UpdateImplementationRequest))]
[JsonSerializable(typeof(PageEnvelope<ImplementationFile>))]
[JsonSerializable(typeof(ImplementationFile))]
internal sealed partial class ImplementationsJsonContext : JsonSerializerContext;
