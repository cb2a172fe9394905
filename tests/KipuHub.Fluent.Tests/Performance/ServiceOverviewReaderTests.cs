using System.Text.Json;
using KipuHub.Models;
using KipuHub.Serialization;
using KipuHub.Tests.Shared;

namespace KipuHub.Fluent.Tests.Performance;

/// <summary>
/// ServiceOverviewReader (a performance fix, issue 5 item 1) must read exactly what the generated metadata reads:
/// every case is read both ways and compared, results and failures alike.
/// </summary>
public sealed class ServiceOverviewReaderTests
{
    private const string Full =
        """{"id":"s-1","serviceDefinitionId":"v-1","name":"QAOA Sampler","displayName":"QAOA","type":"MANAGED","lifecycle":"PUBLISHED","createdAt":"2025-06-01T12:00:00+02:00","logoUrl":"https://x/l.png","buildStatus":"SUCCESS","currentUserPermission":"OWNER"}""";

    /// <summary>
    /// The golden document fills every ServiceOverview property (GoldenDocumentTests enforces that), so a property
    /// added to the model but not to the hand-written reader fails here.
    /// </summary>
    public static TheoryData<string> Items() =>
    [
        GoldenFiles.Json("ServiceOverview"),
        Full,
        "{}",
        """{"id":"s-2"}""",
        """{"id":null,"name":null,"type":null,"lifecycle":null,"createdAt":null,"buildStatus":null,"currentUserPermission":null}""",
        """{"id":"s-3","lifecycle":"SOMETHING_NEW","type":"QUANTUM_ANNEALER","currentUserPermission":"GUEST"}""",
        """{"id":"s-4","extra":{"a":[1,2,{"b":null}],"c":"d"},"more":[{"x":1}],"name":"after unknown members"}""",
        """{"i\u0064":"escaped-name","n\u0061me":"escaped too"}""",
        """{"id":"first","id":"second","name":"a","name":"b"}""",
        """{"Id":"wrong case","NAME":"ignored","id":"right"}""",
        """{"id":"s-5","createdAt":"2025-06-01T12:00:00Z","displayName":""}""",
        """{"id":"s-6","serviceDefinitionId":"v","logoUrl":"u","unknownNull":null,"unknownNumber":1.5e3,"unknownBool":true}""",
    ];

    public static TheoryData<string> Malformed() =>
    [
        """{"id":5}""",
        """{"name":{"a":1}}""",
        """{"createdAt":"not a date"}""",
        """{"lifecycle":3}""",
        """{"type":["MANAGED"]}""",
        "[]",
        "42",
        "\"text\"",
    ];

    [Theory]
    [MemberData(nameof(Items))]
    public void ReadsAnItemAsTheGeneratedMetadataDoes(string json)
    {
        var generated = JsonSerializer.Deserialize(json, ServicesJsonContext.Default.ServiceOverview);
        var reader = JsonSerializer.Deserialize(json, ServicesJsonReading.Context.ServiceOverview);

        reader.Should().Be(generated);
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void ReadsAPageAsTheGeneratedMetadataDoes(string item)
    {
        var json = $$"""{"content":[{{item}},{{Full}},null],"page":2,"size":3,"totalElements":9,"totalPages":3}""";

        var generated = JsonSerializer.Deserialize(json, ServicesJsonContext.Default.PageEnvelopeServiceOverview)!;
        var reader = JsonSerializer.Deserialize(json, ServicesJsonReading.Context.PageEnvelopeServiceOverview)!;

        reader.Content.Should().Equal(generated.Content);
        (reader.Page, reader.Size, reader.TotalElements, reader.TotalPages).Should().Be((generated.Page, generated.Size, generated.TotalElements, generated.TotalPages));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void FailsWhereTheGeneratedMetadataFails(string item)
    {
        var json = $$"""{"content":[{{item}}]}""";

        var generated = () => JsonSerializer.Deserialize(json, ServicesJsonContext.Default.PageEnvelopeServiceOverview);
        var reader = () => JsonSerializer.Deserialize(json, ServicesJsonReading.Context.PageEnvelopeServiceOverview);

        var expected = generated.Should().Throw<JsonException>().Which;
        var actual = reader.Should().Throw<JsonException>().Which;

        // Same failure at the same place. The one difference: the path names the item ($.content[0]), not the
        // member inside it ($.content[0].name), because the item is read by one converter.
        (actual.LineNumber, actual.BytePositionInLine).Should().Be((expected.LineNumber, expected.BytePositionInLine));
        expected.Path.Should().StartWith(actual.Path);
        actual.Message.Should().Be(expected.Message.Replace(expected.Path!, actual.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void WritesAsTheGeneratedMetadataDoes()
    {
        var item = JsonSerializer.Deserialize(Full, ServicesJsonContext.Default.ServiceOverview)!;

        JsonSerializer.Serialize(item, ServicesJsonReading.Context.ServiceOverview)
            .Should().Be(JsonSerializer.Serialize(item, ServicesJsonContext.Default.ServiceOverview));
    }

    [Fact]
    public async Task ReadsAStreamedPageInSmallBuffers()
    {
        var items = string.Join(",", Enumerable.Range(0, 200).Select(i => Full.Replace("s-1", $"s-{i}", StringComparison.Ordinal)));
        var json = $$"""{"content":[{{items}}],"page":0,"size":200,"totalElements":200,"totalPages":1}""";
        var options = new JsonSerializerOptions(ServicesJsonReading.Context.Options) { DefaultBufferSize = 16 };

        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var page = (PageEnvelope<ServiceOverview>?)await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(PageEnvelope<ServiceOverview>)));

        page!.Content.Should().Equal(JsonSerializer.Deserialize(json, ServicesJsonContext.Default.PageEnvelopeServiceOverview)!.Content);
    }
}
