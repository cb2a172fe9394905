using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Models;

namespace KipuHub.Contract.Tool.Model;

/// <summary>
/// The client's wire types, read from the System.Text.Json metadata the client serializes with: the source-generated
/// contexts of KipuHub.Fluent (every namespace has one; they share the wire options), so a property's JSON name is
/// what the client really writes (camelCase, [JsonPropertyName], [JsonIgnore] included).
/// </summary>
internal sealed class ClientTypes
{
    private readonly JsonSerializerOptions _options;

    public ClientTypes()
    {
        // The contexts are internal to the client; finding them is the only reflection here, their metadata is used as is.
        var contexts = typeof(HubCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(JsonSerializerContext).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<JsonSerializerContext>()
            .ToList();
        if (contexts.Count == 0)
        {
            throw new InvalidOperationException("KipuHub.Fluent has no JsonSerializerContext: the client's wire metadata cannot be read.");
        }
        // A type no context lists (none should be) is described with the same options by the reflection resolver.
        _options = new JsonSerializerOptions(contexts[0].Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. contexts, new DefaultJsonTypeInfoResolver()]),
        };
        _options.MakeReadOnly();
    }

    /// <summary>The JSON properties of an object type, as the client writes them, in declaration order.</summary>
    public IReadOnlyList<(string Name, Type Type)> PropertiesOf(Type type)
    {
        var info = _options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Object
            ? [.. info.Properties.Where(p => p.Get is not null || p.Set is not null).Select(p => (p.Name, p.PropertyType))]
            : [];
    }

    /// <summary>The wire type of a CLR type.</summary>
    public WireType Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (EnumValues(type) is not null || type == typeof(string) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(TimeSpan) || type == typeof(char))
        {
            return WireType.String;
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return new("string", "date-time");
        }
        if (type == typeof(DateOnly))
        {
            return new("string", "date");
        }
        if (type == typeof(bool))
        {
            return new("boolean");
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong))
        {
            return WireType.Integer;
        }
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return new("number");
        }
        if (type == typeof(byte[]))
        {
            return WireType.String;
        }
        if (type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonDocument))
        {
            return WireType.Any;
        }
        var info = _options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new("array", Items: Of(info.ElementType ?? typeof(object))),
            JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Object => WireType.Object,
            _ => typeof(IEnumerable).IsAssignableFrom(type) ? new("array", Items: WireType.Any) : WireType.Any,
        };
    }

    /// <summary>Whether the type is an object with properties of its own (a DTO), not a map or a primitive.</summary>
    public bool IsDto(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return Of(type).Kind == "object" && _options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object;
    }

    /// <summary>The item type of a collection type, or <see langword="null"/>.</summary>
    public Type? ElementOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || Of(type).Kind != "array" ? null : _options.GetTypeInfo(type).ElementType;
    }

    /// <summary>The known wire values of an open enum (<see cref="IHubEnum{TSelf}"/>), or of a CLR enum as the client writes it.</summary>
    public static IReadOnlyList<string>? EnumValues(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHubEnum<>)))
        {
            var value = type.GetProperty("Value")!;
            return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == type)
                .Select(p => value.GetValue(p.GetValue(null)) as string)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)];
        }
        return null;
    }
}
