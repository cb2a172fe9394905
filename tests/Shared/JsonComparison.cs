using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace KipuHub.Tests.Shared;

/// <summary>Compares JSON documents by meaning, for the golden-document tests of the client and of the fake.</summary>
internal static partial class JsonComparison
{
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
