using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>Wire metadata of the user_notifications namespace (options as <see cref="HubJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(PageEnvelope<Notification>))]
[JsonSerializable(typeof(Notification))]
internal sealed partial class UserNotificationsJsonContext : JsonSerializerContext;
