using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Reads and writes wire types through the client's own JSON contexts (<see cref="ClientWire"/>) and compares JSON semantically.</summary>
internal static class GoldenJson
{
    public static JsonTypeInfo TypeInfo(Type type) =>
        ClientWire.Info(type);

    public static T Read<T>(string json) => (T)Read(json, typeof(T));

    public static object Read(string json, Type type) =>
        JsonSerializer.Deserialize(json, TypeInfo(type)) ?? throw new InvalidOperationException($"'{json}' read as null.");

    public static string Write<T>(T value) => Write(value!, typeof(T));

    public static string Write(object value, Type type) => JsonSerializer.Serialize(value, TypeInfo(type));

    /// <summary>Reads <paramref name="golden"/> as <paramref name="type"/>, writes it back and asserts nothing changed.</summary>
    public static object ShouldRoundTrip(string golden, Type type)
    {
        var value = Read(golden, type);
        Write(value, type).ShouldBeSameJsonAs(golden);
        return value;
    }

    /// <summary>The public properties of <paramref name="type"/> that none of <paramref name="instances"/> has set.</summary>
    public static IReadOnlyList<string> UnsetProperties(Type type, IEnumerable<object> instances)
    {
        var all = instances.ToList();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => all.All(i => !IsSet(p.GetValue(i))))
            .Select(p => p.Name)
            .ToList();
    }

    private static bool IsSet(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        ValueType v when v.GetType() != typeof(bool) => !v.Equals(Activator.CreateInstance(v.GetType())),
        _ => true,
    };
}
