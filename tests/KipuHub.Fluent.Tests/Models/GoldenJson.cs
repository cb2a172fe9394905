using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Reads and writes wire types through the client's own JSON contexts (<see cref="ClientWire"/>) and compares JSON semantically.</summary>
internal static partial class GoldenJson
{
    public static JsonTypeInfo TypeInfo(Type type) =>
        ClientWire.Info(type);

    public static T Read<T>(string json) => (T)Read(json, typeof(T));

    public static object Read(string json, Type type) =>
        JsonSerializer.Deserialize(json, TypeInfo(type)) ?? throw new InvalidOperationException($"'{json}' read as null.");

    public static string Write<T>(T value) => Write(value!, typeof(T));

    public static string Write(object value, Type type) => JsonSerializer.Serialize(value, TypeInfo(type));

    /// <summary>
    /// Asserts that two JSON documents are the same, property order aside (<see cref="JsonNode.DeepEquals"/>).
    /// The one normalisation: ISO-8601 timestamps are compared as instants with their offset, because
    /// System.Text.Json writes a UTC <see cref="DateTimeOffset"/> as <c>+00:00</c> where the server writes <c>Z</c>.
    /// </summary>
    public static void ShouldBeSameJsonAs(this string actual, string expected)
    {
        var expectedNode = Normalize(JsonNode.Parse(expected));
        var actualNode = Normalize(JsonNode.Parse(actual));
        var differences = new List<string>();
        Diff(expectedNode, actualNode, "$", differences);
        JsonNode.DeepEquals(expectedNode, actualNode).Should().BeTrue(
            "the written JSON must equal the golden document, but:{0}{1}{0}written: {2}",
            Environment.NewLine, string.Join(Environment.NewLine, differences), actual);
    }

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

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Timestamp();

    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[key];
                    var normalized = Normalize(child);
                    if (!ReferenceEquals(child, normalized)) obj[key] = normalized;
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    var normalized = Normalize(child);
                    if (!ReferenceEquals(child, normalized)) array[i] = normalized;
                }
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                                      && Timestamp().IsMatch(value.GetValue<string>()):
                var instant = DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);
                return JsonValue.Create("timestamp:" + instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
            default:
                return node;
        }
    }

    private static void Diff(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (a.ContainsKey(key)) Diff(value, a[key], $"{path}.{key}", differences);
                    else differences.Add($"  missing {path}.{key} (expected {value?.ToJsonString() ?? "null"})");
                }
                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key)) differences.Add($"  unexpected {path}.{key} = {value?.ToJsonString() ?? "null"}");
                }
                return;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++) Diff(e[i], a[i], $"{path}[{i}]", differences);
                return;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"  {path}: expected {expected?.ToJsonString() ?? "null"}, written {actual?.ToJsonString() ?? "null"}");
                }
                return;
        }
    }
}
