using System.Text.Json.Nodes;
using CsCheck;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>The hostile values the fuzzer draws from: odd strings, odd JSON, broken bodies.</summary>
internal static class FuzzInputs
{
    /// <summary>Strings that have broken parsers before: empty, blank, huge, control characters, surrogates, injections, numbers out of range.</summary>
    public static readonly Gen<string> Nasty = Gen.OneOf(
        "", " ", "null", "undefined", "..", "../../etc/passwd", "%00", "\u0000", "\u0007\u001b[31m", "\r\nX-Injected: 1", "\uD800",
        "\uDC00x", "日本語", "🧪⚛️", "' OR 1=1 --", "<script>alert(1)</script>", "-1", "0", "-0", "2147483648", "99999999999999999999",
        "1e309", "NaN", "true", "{}", "[]", "{\"a\":", "PUBLISHED", "published", "name,asc", "name,sideways", ",", "a,b,c");

    /// <summary>Any string, biased towards the nasty ones, sometimes long (up to 1,000 characters, so a URL stays under Kestrel's 8 KiB).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Nasty),
        (3, Gen.String[0, 24]),
        (1, Gen.Char['a', 'z'].Array[200, 1000].Select(chars => new string(chars))));

    /// <summary>Printable ASCII only: what an HTTP header can carry at all.</summary>
    public static readonly Gen<string> HeaderText = Gen.Frequency(
        (3, Gen.Char[' ', '~'].Array[0, 40].Select(chars => new string(chars))),
        (1, Gen.Char['a', 'z'].Array[200, 2000].Select(chars => new string(chars))),
        (1, Gen.OneOf("", "null", "00000000-0000-4000-8000-000000000000", "kqh_" + new string('0', 64))));

    /// <summary>A JSON value of any kind, including the ones a field does not expect.</summary>
    public static readonly Gen<JsonNode?> JsonValue = Gen.Frequency<JsonNode?>(
        (2, Gen.Const<JsonNode?>((JsonNode?)null)),
        (1, Gen.Bool.Select(b => (JsonNode?)b)),
        (2, Gen.OneOf(0L, -1L, 1L, long.MaxValue, long.MinValue, 2147483648L).Select(n => (JsonNode?)n)),
        (1, Gen.OneOf(1.5e300, -0.0, 3.14159).Select(d => (JsonNode?)d)),
        (4, Text.Select(s => (JsonNode?)System.Text.Json.Nodes.JsonValue.Create(s))),
        (1, Gen.Int[9_000, 12_000].Select(n => (JsonNode?)System.Text.Json.Nodes.JsonValue.Create(new string('d', n)))),
        (2, Gen.OneOf<JsonNode?>(
            new JsonArray(), new JsonArray((JsonNode?)null), new JsonArray("a", null), new JsonArray(1, 2), new JsonObject(),
            new JsonArray([.. Enumerable.Range(0, 300).Select(i => (JsonNode?)i.ToString())]))),
        (1, Gen.Int[2, 80].Select(depth => Nested(depth))));

    /// <summary>A body that is not a JSON document of the right kind at all.</summary>
    public static readonly Gen<FuzzBody> BrokenJson = Gen.OneOf(
        new FuzzBody([], "application/json", "empty"),
        new FuzzBody("null"u8.ToArray(), "application/json", "JSON null"),
        new FuzzBody("[]"u8.ToArray(), "application/json", "an array"),
        new FuzzBody("42"u8.ToArray(), "application/json", "a number"),
        new FuzzBody("{\"name\": "u8.ToArray(), "application/json", "truncated"),
        new FuzzBody("{\"name\":\"ok\",}"u8.ToArray(), "application/json", "trailing comma"),
        new FuzzBody("{\"name\":\"ok\" /* c */}"u8.ToArray(), "application/json", "a comment"),
        new FuzzBody("{\"name\":\"ok\",\"x\":\"\\ud800\"}"u8.ToArray(), "application/json", "a lone surrogate"),
        new FuzzBody([.. "{\"name\":\"ok\",\"x\":\""u8, 0xC3, 0x28, .. "\"}"u8], "application/json", "invalid UTF-8"),
        new FuzzBody([0xEF, 0xBB, 0xBF, .. "{}"u8], "application/json", "a byte order mark"),
        new FuzzBody("{\"name\":\"ok\"}"u8.ToArray(), "text/plain", "the wrong media type"),
        new FuzzBody("{\"name\":\"ok\"}"u8.ToArray(), null, "no media type"),
        new FuzzBody("{\"name\":\"ok\"}"u8.ToArray(), "application/json; charset=bogus", "an unknown charset"),
        new FuzzBody("{\"name\":\"ok\"}"u8.ToArray(), "application/json;;;=", "a garbled media type"),
        new FuzzBody([.. "{\"d\":\""u8, .. Enumerable.Repeat((byte)'x', 1_100_000), .. "\"}"u8], "application/json", "over 1 MiB"));

    /// <summary>
    /// A JSON body made from a valid document by one change: a field's value replaced, a field dropped, an unknown one
    /// added, or an id field given a real id (so a create can succeed and reach its domain rules).
    /// </summary>
    public static Gen<FuzzBody> MutatedJson(string valid, Gen<string> ids)
    {
        var fields = JsonNode.Parse(valid)!.AsObject().Select(p => p.Key).ToArray();
        var idFields = fields.Where(f => f.EndsWith("Id", StringComparison.Ordinal)).ToArray();
        var realIds = idFields.Length == 0
            ? Gen.Const(new FuzzBody(System.Text.Encoding.UTF8.GetBytes(valid), "application/json", "the valid document"))
            : ids.Array[idFields.Length, idFields.Length].Select(values => Mutate(valid, o =>
            {
                for (var i = 0; i < idFields.Length; i++)
                {
                    o[idFields[i]] = values[i];
                }
            }, "real ids in " + string.Join(", ", idFields)));
        // Values are cloned: a JSON node belongs to one document, and the generator hands out shared constants.
        var replace = Gen.Select(Gen.OneOf(fields), JsonValue, (field, value) => Mutate(valid, o => o[field] = value?.DeepClone(), $"'{field}' set to {Describe(value)}"));
        var drop = Gen.OneOf(fields).Select(field => Mutate(valid, o => o.Remove(field), $"'{field}' dropped"));
        var extra = Gen.Select(Text, JsonValue, (field, value) => Mutate(valid, o => o[field] = value?.DeepClone(), "an unknown field added"));
        return Gen.Frequency(
            (6, replace),
            (1, drop),
            (1, extra),
            (3, realIds),
            (2, BrokenJson),
            (1, Gen.Const(new FuzzBody(System.Text.Encoding.UTF8.GetBytes(valid), "application/json", "the valid document"))));
    }

    private static FuzzBody Mutate(string valid, Action<JsonObject> change, string made)
    {
        var document = JsonNode.Parse(valid)!.AsObject();
        change(document);
        return new FuzzBody(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()), "application/json", made);
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }
        return node;
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 60 ? text : $"{text[..60]}… ({text.Length} characters)";
    }
}
