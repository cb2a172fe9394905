using KipuHub.Contract.Tool.Reading;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>The wire values of a client enum against those the document lists (<c>enum</c> or <c>x-extensible-enum</c>).</summary>
internal static class EnumDiff
{
    public static void Compare(Type type, IReadOnlyList<string> ours, IOpenApiSchema schema, DiffGroup group, DiffContext context)
    {
        if (!context.ComparedEnums.Add(type))
        {
            return;
        }
        if (ApiSchemas.EnumValuesOf(schema) is not { } theirs)
        {
            context.Add(group, $"{type.Name} values: not listed by the API", $"KipuHub knows {string.Join(", ", ours)}; the document's schema is a plain string.");
            return;
        }
        foreach (var value in ours.Except(theirs, StringComparer.Ordinal))
        {
            context.Add(group, $"{type.Name} value {value}: only in KipuHub");
        }
        foreach (var value in theirs.Except(ours, StringComparer.Ordinal))
        {
            context.Add(group, $"{type.Name} value {value}: only in the API", "The client keeps an unknown value as it is (open enum), but has no name for it.");
        }
    }
}
