using System.Text.Json.Serialization;

namespace KipuHub.Serialization;

/// <summary>
/// The wire metadata every namespace shares: the error body, and the primitive converters the hand-written readers
/// build on. Each namespace has a context of its own beside its fluent class (for example <c>DataPoolsJsonContext</c>)
/// with the same <see cref="JsonSourceGenerationOptionsAttribute"/>, so a namespace is added without editing a shared
/// list; WireConventionTests checks that every context keeps these options.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(DateTimeOffset?))]
[JsonSerializable(typeof(decimal?))]
[JsonSerializable(typeof(bool?))]
internal sealed partial class HubJsonContext : JsonSerializerContext;
