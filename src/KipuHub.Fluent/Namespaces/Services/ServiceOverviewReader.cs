using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;

namespace KipuHub.Serialization;

/// <summary>
/// Reads a <see cref="ServiceOverview"/>, the item of every services page, without the cost of the source
/// generator's path for init-only properties: that path collects the values into an <c>object[]</c>, boxing each
/// struct, then copies them out (about 230 B and twice the time per item; measured in benchmarks/). Each value is
/// read with the converter the generated metadata uses, and the record is built with the same object initializer,
/// so the result is the same. Writing is the generated code's.
/// </summary>
internal sealed class ServiceOverviewReader : JsonConverter<ServiceOverview>
{
    private readonly JsonConverter<string> _string = (JsonConverter<string>)ServicesJsonContext.Default.String.Converter;
    private readonly JsonConverter<ServiceType?> _type = (JsonConverter<ServiceType?>)ServicesJsonContext.Default.NullableServiceType.Converter;
    private readonly JsonConverter<ServiceLifecycle?> _lifecycle = (JsonConverter<ServiceLifecycle?>)ServicesJsonContext.Default.NullableServiceLifecycle.Converter;
    private readonly JsonConverter<DateTimeOffset?> _time = (JsonConverter<DateTimeOffset?>)ServicesJsonContext.Default.NullableDateTimeOffset.Converter;
    private readonly JsonConverter<BuildStatus?> _build = (JsonConverter<BuildStatus?>)ServicesJsonContext.Default.NullableBuildStatus.Converter;
    private readonly JsonConverter<PermissionRole?> _role = (JsonConverter<PermissionRole?>)ServicesJsonContext.Default.NullablePermissionRole.Converter;

    public override ServiceOverview Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }
        // Missing members stay at default(T), as in the generated path (which passes default arguments).
        string? id = null, serviceDefinitionId = null, name = null, displayName = null, logoUrl = null;
        ServiceType? type = null;
        ServiceLifecycle? lifecycle = null;
        DateTimeOffset? createdAt = null;
        BuildStatus? buildStatus = null;
        PermissionRole? permission = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Exact, case-sensitive camelCase names, as the generated metadata matches them, compared as plain spans.
            var member = WireReader.NameOf(ref reader);
            if (member.SequenceEqual("id"u8))
            {
                reader.Read();
                id = _string.Read(ref reader, typeof(string), options);
            }
            else if (member.SequenceEqual("serviceDefinitionId"u8))
            {
                reader.Read();
                serviceDefinitionId = _string.Read(ref reader, typeof(string), options);
            }
            else if (member.SequenceEqual("name"u8))
            {
                reader.Read();
                name = _string.Read(ref reader, typeof(string), options);
            }
            else if (member.SequenceEqual("displayName"u8))
            {
                reader.Read();
                displayName = _string.Read(ref reader, typeof(string), options);
            }
            else if (member.SequenceEqual("type"u8))
            {
                reader.Read();
                type = _type.Read(ref reader, typeof(ServiceType?), options);
            }
            else if (member.SequenceEqual("lifecycle"u8))
            {
                reader.Read();
                lifecycle = _lifecycle.Read(ref reader, typeof(ServiceLifecycle?), options);
            }
            else if (member.SequenceEqual("createdAt"u8))
            {
                reader.Read();
                createdAt = _time.Read(ref reader, typeof(DateTimeOffset?), options);
            }
            else if (member.SequenceEqual("logoUrl"u8))
            {
                reader.Read();
                logoUrl = _string.Read(ref reader, typeof(string), options);
            }
            else if (member.SequenceEqual("buildStatus"u8))
            {
                reader.Read();
                buildStatus = _build.Read(ref reader, typeof(BuildStatus?), options);
            }
            else if (member.SequenceEqual("currentUserPermission"u8))
            {
                reader.Read();
                permission = _role.Read(ref reader, typeof(PermissionRole?), options);
            }
            else
            {
                // Unknown members are ignored.
                reader.Read();
                reader.Skip();
            }
        }
        return new ServiceOverview
        {
            Id = id!,
            ServiceDefinitionId = serviceDefinitionId,
            Name = name,
            DisplayName = displayName,
            Type = type,
            Lifecycle = lifecycle,
            CreatedAt = createdAt,
            LogoUrl = logoUrl,
            BuildStatus = buildStatus,
            CurrentUserPermission = permission,
        };
    }

    public override void Write(Utf8JsonWriter writer, ServiceOverview value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ServicesJsonContext.Default.ServiceOverview);
}
