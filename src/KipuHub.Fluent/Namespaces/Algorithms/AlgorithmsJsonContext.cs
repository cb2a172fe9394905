using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the algorithms namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<Algorithm>))]
[JsonSerializable(typeof(Algorithm))]
[JsonSerializable(typeof(CreateAlgorithmRequest))]
[JsonSerializable(typeof(UpdateAlgorithmRequest))]
[JsonSerializable(typeof(PageEnvelope<AlgorithmSketch>))]
[JsonSerializable(typeof(AlgorithmSketch))]
[JsonSerializable(typeof(PageEnvelope<AlgorithmRelation>))]
[JsonSerializable(typeof(AlgorithmRelation))]
[JsonSerializable(typeof(CreateAlgorithmRelationRequest))]
[JsonSerializable(typeof(PageEnvelope<AlgorithmMember>))]
[JsonSerializable(typeof(AlgorithmMember))]
[JsonSerializable(typeof(SetAlgorithmMemberRequest))]
internal sealed partial class AlgorithmsJsonContext : JsonSerializerContext;
