using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KipuHub.Fluent.Tests.Models;
using KipuHub.Models;
using KipuHub.Serialization;
using KipuHub.Tests.Shared;

namespace KipuHub.Fluent.Tests.Performance;

/// <summary>
/// ServiceReaders (a performance fix for GetAsync, issue 5 item 1) must read exactly what the generated metadata
/// reads. Drift guards: every golden document of a hand-read type, and every property of the generated metadata on
/// its own, is read both ways and compared; so a member added to a model (the golden documents must set every
/// property, GoldenDocumentTests) but not to its reader fails here.
/// </summary>
public sealed class ServiceReadersTests
{
    /// <summary>The types read by hand; a model type nested in them must be read by hand too (see below).</summary>
    private static readonly Type[] s_handRead =
    [
        typeof(Service), typeof(ServiceDefinition), typeof(PricingPlan), typeof(Product), typeof(TaxonomyElement),
        typeof(ResourceConfiguration), typeof(RuntimeConfiguration), typeof(ServiceSource),
    ];

    public static TheoryData<string> HandReadGoldenNames =>
        new(GoldenFiles.All.Where(g => s_handRead.Contains(g.Value.Type)).Select(g => g.Key));

    public static TheoryData<string, string> GeneratedProperties()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in s_handRead)
        {
            foreach (var property in ServicesJsonContext.Default.GetTypeInfo(type)!.Properties)
            {
                data.Add(type.Name, property.Name);
            }
        }
        return data;
    }

    [Fact]
    public void ReadingContext_UsesAHandReader_ForEveryModelTypeInsideAService()
    {
        // A new model type nested in a service would otherwise go back to the generated path unnoticed (slower, but
        // also read by a reader these tests do not compare).
        var reachable = new HashSet<Type>();
        Collect(typeof(Service), reachable);

        reachable.Should().BeEquivalentTo(s_handRead);
        foreach (var type in s_handRead)
        {
            ServicesJsonReading.Context.GetTypeInfo(type)!.Converter.GetType().Should().Be(typeof(WireReaderConverter<>).MakeGenericType(type));
        }
    }

    [Theory]
    [MemberData(nameof(HandReadGoldenNames))]
    public void GoldenDocument_ReadsAsTheGeneratedMetadataReadsIt(string golden)
    {
        var (type, json) = GoldenFiles.All[golden];

        ShouldReadAsGenerated(json, type);
    }

    [Theory]
    [MemberData(nameof(GeneratedProperties))]
    public void EveryGeneratedProperty_OnItsOwn_IsReadAsTheGeneratedMetadataReadsIt(string typeName, string jsonName)
    {
        var type = s_handRead.Single(t => t.Name == typeName);
        var value = GoldenFiles.All.Values
            .Where(g => g.Type == type)
            .Select(g => JsonNode.Parse(g.Json)!.AsObject()[jsonName])
            .FirstOrDefault(v => v is not null and not JsonArray { Count: 0 });
        value.Should().NotBeNull("a golden document of {0} must set '{1}'", typeName, jsonName);
        var json = new JsonObject { [jsonName] = value!.DeepClone() }.ToJsonString();

        var read = ShouldReadAsGenerated(json, type);

        // The member was really set: reading it is not the same as reading nothing.
        JsonSerializer.Serialize(read, ServicesJsonContext.Default.GetTypeInfo(type)!)
            .Should().NotBe(JsonSerializer.Serialize(JsonSerializer.Deserialize("{}", ServicesJsonContext.Default.GetTypeInfo(type)!), ServicesJsonContext.Default.GetTypeInfo(type)!));
    }

    public static TheoryData<string> Services() =>
    [
        "{}",
        $$"""{"id":"s","serviceDefinitions":[{{GoldenFiles.Json("ServiceDefinition-managed")}},{{GoldenFiles.Json("ServiceDefinition-workflow")}},null,{}]}""",
        """{"id":null,"name":null,"serviceDefinitions":null,"currentUserPermission":null}""",
        """{"id":"s","serviceDefinitions":[],"currentUserPermission":"SUPERVISOR"}""",
        """{"id":"s","extra":{"a":[1,2,{"b":null}],"c":"d"},"more":[{"x":1}],"name":"after unknown members","z":null}""",
        """{"i\u0064":"escaped-name","n\u0061me":"escaped too"}""",
        """{"id":"first","id":"second","serviceDefinitions":[{"id":"a"}],"serviceDefinitions":[{"id":"b"}]}""",
        """{"Id":"wrong case","NAME":"ignored","id":"right","ServiceDefinitions":[{"id":"x"}]}""",
        """{"serviceDefinitions":[{"id":null,"pricingPlans":[null,{"products":[null,{"amountMajor":1e3},{"amountMajor":-0.00001},{"type":"QPU_NEW"}]}]}]}""",
        """{"serviceDefinitions":[{"industries":[{"uuid":"a","children":[{"uuid":"b","children":[{"uuid":"c","children":null}]}]}]}]}""",
        """{"serviceDefinitions":[{"configurations":[null,{"type":"QpuConfiguration","amount":0,"accelerator":"NVIDIA_H100"}]}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":{"runtime":"WASM","environment":{"A":"1","A":"2","b\u0020c":null,"":""}}}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":null,"source":null,"pricingPlans":null,"industries":null,"configurations":null}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":{"environment":{},"applyProviderTokens":false},"source":{"type":"GitSource","url":"x"}}]}""",
        """{"serviceDefinitions":[{"createdAt":"2025-06-01T12:00:00+02:00","modifiedAt":"2025-06-01T10:00:00Z","description":""}]}""",
    ];

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_ReadsAsTheGeneratedMetadataReadsIt(string json) => ShouldReadAsGenerated(json, typeof(Service));

    public static TheoryData<string> Malformed() =>
    [
        """{"id":5}""",
        """{"name":{"a":1}}""",
        """{"currentUserPermission":3}""",
        """{"serviceDefinitions":{}}""",
        """{"serviceDefinitions":"x"}""",
        """{"serviceDefinitions":[5]}""",
        """{"serviceDefinitions":[[]]}""",
        """{"serviceDefinitions":[{"createdAt":"not a date"}]}""",
        """{"serviceDefinitions":[{"pricingPlans":[{"products":[{"amountMajor":"0.5"}]}]}]}""",
        """{"serviceDefinitions":[{"pricingPlans":[{"products":{}}]}]}""",
        """{"serviceDefinitions":[{"industries":[{"children":[1]}]}]}""",
        """{"serviceDefinitions":[{"configurations":[{"amount":true}]}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":{"environment":{"A":1}}}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":{"environment":[]}}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":{"applyProviderTokens":"yes"}}]}""",
        """{"serviceDefinitions":[{"runtimeConfiguration":[]}]}""",
        """{"serviceDefinitions":[{"source":"FileSource"}]}""",
        "[]",
        "42",
        "\"text\"",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_FailsWhereTheGeneratedMetadataFails(string json)
    {
        var generated = () => JsonSerializer.Deserialize(json, ServicesJsonContext.Default.Service);
        var reader = () => JsonSerializer.Deserialize(json, ServicesJsonReading.Context.Service);

        var expected = generated.Should().Throw<JsonException>().Which;
        var actual = reader.Should().Throw<JsonException>().Which;

        // The same failure at the same place. The path may name an outer member (the reader reads the whole
        // service in one converter), so it is not compared.
        (actual.LineNumber, actual.BytePositionInLine).Should().Be((expected.LineNumber, expected.BytePositionInLine));
    }

    [Fact]
    public void Write_IsTheGeneratedCodes()
    {
        var service = JsonSerializer.Deserialize(ServiceWithFullVersions, ServicesJsonContext.Default.Service)!;

        JsonSerializer.Serialize(service, ServicesJsonReading.Context.Service)
            .Should().Be(JsonSerializer.Serialize(service, ServicesJsonContext.Default.Service));
    }

    [Fact]
    public async Task AStreamedServiceInSmallBuffers_ReadsAsTheGeneratedMetadataReadsIt()
    {
        var options = new JsonSerializerOptions(ServicesJsonReading.Context.Options) { DefaultBufferSize = 16 };
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ServiceWithFullVersions));

        var read = await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(Service)));

        read.Should().BeEquivalentTo(JsonSerializer.Deserialize(ServiceWithFullVersions, ServicesJsonContext.Default.Service), o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public async Task AStreamedVersionListInSmallBuffers_ReadsAsTheGeneratedMetadataReadsIt()
    {
        var json = $"[{GoldenFiles.Json("ServiceDefinition-managed")},null,{GoldenFiles.Json("ServiceDefinition-workflow")}]";
        var options = new JsonSerializerOptions(ServicesJsonReading.Context.Options) { DefaultBufferSize = 16 };
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var read = await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(IReadOnlyList<ServiceDefinition>)));

        read.Should().BeEquivalentTo(JsonSerializer.Deserialize(json, ServicesJsonContext.Default.IReadOnlyListServiceDefinition), o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    private static string ServiceWithFullVersions =>
        $$"""{"id":"s","name":"n","serviceDefinitions":[{{GoldenFiles.Json("ServiceDefinition-managed")}},{{GoldenFiles.Json("ServiceDefinition-workflow")}}],"currentUserPermission":"OWNER"}""";

    /// <summary>Reads <paramref name="json"/> both ways and asserts the results are the same, member by member and in their collection types.</summary>
    private static object? ShouldReadAsGenerated(string json, Type type)
    {
        var generated = JsonSerializer.Deserialize(json, ServicesJsonContext.Default.GetTypeInfo(type)!);
        var reader = JsonSerializer.Deserialize(json, ServicesJsonReading.Context.GetTypeInfo(type)!);

        reader.Should().BeEquivalentTo(generated, o => o.ComparingRecordsByMembers().WithStrictOrdering().RespectingRuntimeTypes());
        Shape(reader).Should().Be(Shape(generated), "lists, maps and nulls must be built as the generated metadata builds them");
        return reader;
    }

    /// <summary>The runtime types of every value in the graph, with nulls: catches a null read as empty, or a list type that differs.</summary>
    private static string Shape(object? value)
    {
        var text = new StringBuilder();
        Walk(value, text);
        return text.ToString();

        static void Walk(object? value, StringBuilder text)
        {
            switch (value)
            {
                case null:
                    text.Append("null;");
                    return;
                case string or ValueType:
                    text.Append(value.GetType().Name).Append('=').Append(value).Append(';');
                    return;
                case System.Collections.IDictionary map:
                    text.Append(map.GetType().Name).Append('{');
                    foreach (System.Collections.DictionaryEntry entry in map)
                    {
                        text.Append(entry.Key).Append(':');
                        Walk(entry.Value, text);
                    }
                    text.Append('}');
                    return;
                case System.Collections.IEnumerable items:
                    text.Append(items.GetType().Name).Append('[');
                    foreach (var item in items)
                    {
                        Walk(item, text);
                    }
                    text.Append(']');
                    return;
                default:
                    text.Append(value.GetType().Name).Append('(');
                    foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
                    {
                        text.Append(property.Name).Append(':');
                        Walk(property.GetValue(value), text);
                    }
                    text.Append(')');
                    return;
            }
        }
    }

    private static void Collect(Type type, HashSet<Type> into)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, into);
            }
            return;
        }
        if (type.Namespace != "KipuHub.Models" || !type.IsClass || !into.Add(type))
        {
            return;
        }
        foreach (var property in type.GetProperties())
        {
            Collect(property.PropertyType, into);
        }
    }
}
