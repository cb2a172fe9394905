using System.Text.Json;
using KipuHub.FakeServer.Wire;

namespace KipuHub.FakeServer.Tests.Wire;

/// <summary>
/// The fake writes JSON with its own serializer, not the client's. Reading and writing every golden document with it
/// gives the document back unchanged, as the client's own golden tests do: the two agree on the wire because both
/// follow the documents, not because they share code.
/// </summary>
public sealed class FakeWireGoldenTests
{
    public static TheoryData<string> GoldenNames => new(GoldenFiles.All.Keys);

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void GoldenDocument_ReadThenWrittenByTheFake_EqualsTheGoldenDocument(string golden)
    {
        var (type, json) = GoldenFiles.All[golden];

        var value = JsonSerializer.Deserialize(json, FakeWire.Info(type))!;

        JsonSerializer.Serialize(value, FakeWire.Info(type)).ShouldBeSameJsonAs(json);
    }

    [Fact]
    public void EveryWireType_OfTheCatalog_CanBeWrittenAndReadByTheFake()
    {
        foreach (var endpoint in HubCatalog.All)
        {
            foreach (var type in new[] { endpoint.ResultType, endpoint.RequestType }.OfType<Type>())
            {
                var info = FakeWire.Info(type);
                if (type == typeof(JsonElement))
                {
                    // Free JSON (an execution's input or result): written as it stands, with no properties to declare.
                    info.Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.None, $"{endpoint.Id} answers free JSON");
                    continue;
                }
                info.Properties.Should().NotBeEmpty($"{endpoint.Id} sends or reads {type.Name}, which the fake writes by its public properties");
            }
        }
    }

    [Fact]
    public void ErrorBody_WrittenByTheFake_IsReadByTheClientWithEveryField()
    {
        var written = JsonSerializer.Serialize(new KipuHub.FakeServer.Wire.ErrorBody("Service 'x' was not found.", 404, "Not Found", "/qc-catalog/services/x"), FakeWire.Info<KipuHub.FakeServer.Wire.ErrorBody>());

        var read = JsonSerializer.Deserialize(written, HubJsonContext.Default.ErrorBody)!;

        read.Should().Be(new KipuHub.Serialization.ErrorBody { ErrorMessage = "Service 'x' was not found.", Status = 404, Error = "Not Found", Path = "/qc-catalog/services/x" });
    }

    [Fact]
    public void PageEnvelope_WrittenByTheFake_IsReadByTheClientWithEveryField()
    {
        var overview = (ServiceOverview)JsonSerializer.Deserialize(GoldenFiles.Json("ServiceOverview"), FakeWire.Info<ServiceOverview>())!;
        var written = JsonSerializer.Serialize(new KipuHub.FakeServer.Wire.PageEnvelope<ServiceOverview>([overview], 2, 20, 41, 3), FakeWire.Info<KipuHub.FakeServer.Wire.PageEnvelope<ServiceOverview>>());

        var page = JsonSerializer.Deserialize(written, ServicesJsonContext.Default.PageEnvelopeServiceOverview)!.ToPage();

        page.Content.Should().Equal(overview);
        (page.PageIndex, page.Size, page.TotalElements, page.TotalPages).Should().Be((2, 20, 41L, 3));
    }
}
