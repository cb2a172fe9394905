using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// The rules every JSON request body keeps, whatever its endpoint: no null element in an array, and no string longer
/// than the contract's longest field (docs/contract.md#limits). Modules check their own fields on top (names are 255).
/// A property marked <c>[HubJsonText]</c> carries a whole JSON document and is bounded by the body's size only.
/// Checked on the whole body before any handler runs, so a bad element can neither be stored nor break a later read.
/// </summary>
internal static class BodyRules
{
    /// <summary>The longest string any field takes: a description.</summary>
    public const int MaxStringLength = 10_000;

    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    /// <summary>The first rule the body breaks, naming the field by its JSON path, or null.</summary>
    public static Failure? Problem(object body) => Problem(body, "", 0);

    private static Failure? Problem(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text.Length > MaxStringLength
                    ? Failure.Invalid($"'{Field(path)}' is {text.Length} characters long; at most {MaxStringLength} are allowed.")
                    : null;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if ((Problem(entry.Key as string, $"{path}.{entry.Key}", depth + 1) ?? Problem(entry.Value, $"{path}.{entry.Key}", depth + 1)) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        return Failure.Invalid($"'{Field(path)}[{index}]' is null; an array takes only non-null values.");
                    }
                    if (Problem(item, $"{path}[{index}]", depth + 1) is { } problem)
                    {
                        return problem;
                    }
                    index++;
                }
                return null;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace != "KipuHub.Models" || depth > MaxDepth)
        {
            return null;
        }
        // A JSON document carried as text ([HubJsonText], a job's input) may be as long as the body's 1 MiB allows.
        foreach (var property in s_properties.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && !p.IsDefined(typeof(KipuHub.Contract.HubJsonTextAttribute), true)).ToArray()))
        {
            if (Problem(property.GetValue(value), $"{path}.{JsonName(property.Name)}", depth + 1) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static string Field(string path) => path.TrimStart('.');

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
