using KipuHub.Contract.Tool.Model;
using KipuHub.Contract.Tool.Reading;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>
/// A value the client writes or reads against the document's schema: its JSON type, then for a DTO its properties by
/// JSON name (as the client's serializer names them) and for an open enum its values. Each DTO and enum is compared
/// once, under the first endpoint that reaches it, so a difference is reported where it lives and not per endpoint.
/// </summary>
internal static class SchemaDiff
{
    public static void CompareValue(Type clientType, IOpenApiSchema? schema, string where, DiffGroup group, DiffContext context)
    {
        if (schema is null)
        {
            context.Add(group, $"{where}: no schema in the API", $"KipuHub expects {Describe(clientType, context)}.");
            return;
        }
        var ours = context.Types.Of(clientType);
        var theirs = ApiSchemas.TypeOf(schema);
        if (!ours.Fits(theirs))
        {
            context.Add(group, $"{where}: type KipuHub {ours}, API {theirs}");
            return;
        }
        if (ClientTypes.EnumValues(clientType) is { } values)
        {
            EnumDiff.Compare(Nullable.GetUnderlyingType(clientType) ?? clientType, values, schema, group, context);
        }
        else if (context.Types.IsDto(clientType))
        {
            CompareDto(Nullable.GetUnderlyingType(clientType) ?? clientType, schema, group, context);
        }
        else if (ours.Kind == "array" && context.Types.ElementOf(clientType) is { } element && ApiSchemas.Unwrap(schema)?.Items is { } items)
        {
            CompareValue(element, items, where + " items", group, context);
        }
    }

    private static void CompareDto(Type type, IOpenApiSchema schema, DiffGroup group, DiffContext context)
    {
        if (!context.ComparedDtos.Add(type))
        {
            return;
        }
        var ours = context.Types.PropertiesOf(type);
        var theirs = ApiSchemas.PropertiesOf(schema);
        var name = type.Name;
        var schemaName = ApiSchemas.NameOf(schema) is { } id && id != name ? $" (schema {id})" : "";
        foreach (var (property, propertyType) in ours)
        {
            if (theirs.TryGetValue(property, out var their))
            {
                CompareValue(propertyType, their, $"{name}.{property}", group, context);
            }
            else
            {
                context.Add(group, $"{name}.{property}: only in KipuHub", $"{context.Types.Of(propertyType)}; the document's schema{schemaName} has no such property.");
            }
        }
        foreach (var (property, their) in theirs.Where(t => ours.All(o => o.Name != t.Key)))
        {
            context.Add(group, $"{name}.{property}: only in the API", $"{ApiSchemas.TypeOf(their)} in the document's schema{schemaName}; the client ignores it.");
        }
    }

    private static string Describe(Type type, DiffContext context) => context.Types.IsDto(type) ? $"object {type.Name}" : context.Types.Of(type).ToString();
}
