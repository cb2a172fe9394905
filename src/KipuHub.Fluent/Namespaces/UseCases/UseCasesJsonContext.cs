using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the use_cases namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<UseCase>))]
[JsonSerializable(typeof(UseCase))]
[JsonSerializable(typeof(CreateUseCaseRequest))]
[JsonSerializable(typeof(UpdateUseCaseRequest))]
internal sealed partial class UseCasesJsonContext : JsonSerializerContext;
