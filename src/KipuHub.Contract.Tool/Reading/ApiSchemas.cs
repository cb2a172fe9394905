using System.Text.Json.Nodes;
using KipuHub.Contract.Tool.Model;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Reading;

/// <summary>Reads JSON Schemas of an OpenAPI document in the terms of <see cref="WireType"/>.</summary>
internal static class ApiSchemas
{
    /// <summary>
    /// The schema a value really has: a nullable wrapper (<c>oneOf</c>/<c>anyOf</c> of null and one schema) or a single
    /// <c>allOf</c> is looked through. References resolve by themselves (Microsoft.OpenApi proxies their target).
    /// </summary>
    public static IOpenApiSchema? Unwrap(IOpenApiSchema? schema)
    {
        for (var depth = 0; schema is not null && depth < 8; depth++)
        {
            if (schema.Type is not null && schema.Type != JsonSchemaType.Null || schema.Properties is { Count: > 0 })
            {
                return schema;
            }
            var alternatives = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Where(s => s.Type != JsonSchemaType.Null).ToList();
            if (alternatives.Count == 1)
            {
                schema = alternatives[0];
            }
            else if (schema.AllOf is { Count: 1 } single)
            {
                schema = single[0];
            }
            else
            {
                return schema;
            }
        }
        return schema;
    }

    /// <summary>The name of the component a schema refers to, if it is a reference.</summary>
    public static string? NameOf(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Reference.Id,
        _ when schema?.OneOf?.Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []).OfType<OpenApiSchemaReference>().ToList() is [var only] => only.Reference.Id,
        _ => null,
    };

    public static WireType TypeOf(IOpenApiSchema? raw)
    {
        var schema = Unwrap(raw);
        if (schema is null)
        {
            return WireType.Any;
        }
        if (schema.Type is not { } type || type == JsonSchemaType.Null)
        {
            // allOf of several parts (an inherited DTO), or properties without a type: an object.
            return schema.AllOf is { Count: > 1 } || schema.Properties is { Count: > 0 } ? WireType.Object : WireType.Any;
        }
        type &= ~JsonSchemaType.Null;
        // A number the server also accepts as a string (ASP.NET Core writes integer|string): the number is what it sends.
        var kind = type.HasFlag(JsonSchemaType.Integer) ? "integer"
            : type.HasFlag(JsonSchemaType.Number) ? "number"
            : type.HasFlag(JsonSchemaType.Array) ? "array"
            : type.HasFlag(JsonSchemaType.Object) ? "object"
            : type.HasFlag(JsonSchemaType.Boolean) ? "boolean"
            : "string";
        return kind == "array"
            ? new("array", Items: TypeOf(schema.Items))
            : new(kind, kind == "string" ? WireType.KeptFormat(schema.Format) : null);
    }

    /// <summary>Every property of an object schema, those of its <c>allOf</c> parts included.</summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> PropertiesOf(IOpenApiSchema? raw)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        Collect(Unwrap(raw), properties, 0);
        return properties;
    }

    private static void Collect(IOpenApiSchema? schema, Dictionary<string, IOpenApiSchema> into, int depth)
    {
        if (schema is null || depth > 8)
        {
            return;
        }
        foreach (var part in schema.AllOf ?? [])
        {
            Collect(Unwrap(part), into, depth + 1);
        }
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            into.TryAdd(name, property);
        }
    }

    /// <summary>
    /// The values a string schema lists: <c>enum</c>, or for an open enum the <c>x-extensible-enum</c> convention
    /// (values known today, others allowed). <see langword="null"/> when it lists none.
    /// </summary>
    public static IReadOnlyList<string>? EnumValuesOf(IOpenApiSchema? raw)
    {
        var schema = Unwrap(raw);
        if (schema is null)
        {
            return null;
        }
        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true)
        {
            return EnumValuesOf(schema.Items);
        }
        if (schema.Enum is { Count: > 0 } values)
        {
            return [.. values.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];
        }
        if (schema.Extensions is { } extensions && extensions.TryGetValue("x-extensible-enum", out var extension)
            && extension is JsonNodeExtension { Node: JsonArray extensible })
        {
            return [.. extensible.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];
        }
        return null;
    }

    /// <summary>
    /// Whether a schema is a page envelope: an object with an array <c>content</c> and Spring's <c>totalElements</c> or
    /// <c>totalPages</c>. Its item schema is returned.
    /// </summary>
    public static bool IsPage(IOpenApiSchema? raw, out IOpenApiSchema? items)
    {
        items = null;
        var properties = PropertiesOf(raw);
        if (properties.TryGetValue("content", out var content) && TypeOf(content).Kind == "array"
            && (properties.ContainsKey("totalElements") || properties.ContainsKey("totalPages")))
        {
            items = Unwrap(content)!.Items;
            return true;
        }
        return false;
    }
}
