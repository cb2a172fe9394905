using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Wire conventions (docs/contract.md#wire-conventions): unknown properties are ignored, nulls are not written, timestamps are ISO-8601.</summary>
public class WireConventionTests
{
    public static TheoryData<string> ContextNames => new(ClientWire.Contexts.Select(c => c.GetType().Name));

    /// <summary>Each namespace has a JSON context of its own; each must keep the wire conventions the shared one declares.</summary>
    [Theory]
    [MemberData(nameof(ContextNames))]
    public void JsonContext_OfEveryNamespace_UsesTheWireOptions(string context)
    {
        var options = ClientWire.Contexts.Single(c => c.GetType().Name == context).Options;

        options.PropertyNamingPolicy.Should().Be(JsonNamingPolicy.CamelCase);
        options.DefaultIgnoreCondition.Should().Be(JsonIgnoreCondition.WhenWritingNull);
        options.PropertyNameCaseInsensitive.Should().BeFalse();
        options.UnmappedMemberHandling.Should().Be(JsonUnmappedMemberHandling.Skip);
        options.NumberHandling.Should().Be(JsonNumberHandling.Strict);
        options.Converters.Should().BeEmpty("open enums bring their converter with [JsonConverter]; a context-wide converter would differ between namespaces");
    }

    [Fact]
    public void Read_DocumentWithPropertiesTheClientDoesNotKnow_IgnoresThem()
    {
        const string withExtras = """
            {
              "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60",
              "serviceDefinitionId": "e4da3b7f-bbce-4345-9777-2b0c7d3e1a55",
              "name": "qaoa-portfolio-optimizer",
              "displayName": "QAOA Portfolio Optimizer",
              "type": "MANAGED",
              "lifecycle": "ACCESSIBLE",
              "createdAt": "2024-02-21T09:30:15.123Z",
              "logoUrl": "https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png",
              "buildStatus": "SUCCESS",
              "currentUserPermission": "OWNER",
              "organizationId": "3c59dc04-8e4b-4d1f-b6a2-7e9f0a1c2d3e",
              "shares": [{ "userId": "8f14e45f-ceea-4e7a-9f6b-2c1d3a5b7e90", "role": "VIEWER" }],
              "quota": { "executionsPerMonth": 1000, "unlimited": false },
              "deprecated": null,
              "score": 0.97
            }
            """;

        var read = GoldenJson.Read<ServiceOverview>(withExtras);

        read.Should().Be(GoldenJson.Read<ServiceOverview>(GoldenFiles.Json("ServiceOverview")));
    }

    [Fact]
    public void Read_NestedObjectWithUnknownProperties_IgnoresThem()
    {
        var subscription = GoldenJson.Read<Subscription>("""
            {
              "id": "aab32389-22bc-4c61-8f4e-5d6c7b8a9f02",
              "application": { "id": "c20ad4d7-6fe9-4759-aa27-a0c99bff6710", "name": "portfolio-dashboard", "clientId": "pd-7781", "tags": ["prod"] },
              "createdAt": "2024-03-05T14:22:10.512Z",
              "logsAvailable": false
            }
            """);

        subscription.Application!.Name.Should().Be("portfolio-dashboard");
        subscription.LogsAvailable.Should().BeFalse();
    }

    [Fact]
    public void UpdateDataPoolRequest_OnlyName_WritesOnlyName()
    {
        // docs/contract.md#wire-models: PUT /datapools/{id} — all fields optional, omitted keys not sent.
        var json = GoldenJson.Write(new UpdateDataPoolRequest { Name = "molecule-geometries-v2" });

        json.Should().Be("""{"name":"molecule-geometries-v2"}""");
    }

    [Fact]
    public void UpdateVersionRequest_OnlyDescription_WritesOnlyDescription()
    {
        GoldenJson.Write(new UpdateVersionRequest { Description = "Now with warm-start QAOA." })
            .Should().Be("""{"description":"Now with warm-start QAOA."}""");
    }

    [Fact]
    public void UpdateVersionRequest_EmptyIndustryList_IsWrittenSoTheServerClearsIt()
    {
        GoldenJson.Write(new UpdateVersionRequest { IndustryUuids = [] }).Should().Be("""{"industryUuids":[]}""");
    }

    [Fact]
    public void Write_DtoWithOnlyItsId_OmitsEveryNullProperty()
    {
        GoldenJson.Write(new ServiceDefinition { Id = ServiceDefinitionId }).Should().Be($$"""{"id":"{{ServiceDefinitionId}}"}""");
        GoldenJson.Write(new AccessToken { Id = AccessTokenId }).Should().Be($$"""{"id":"{{AccessTokenId}}"}""");
    }

    [Fact]
    public void Write_Timestamps_AreIso8601WithTheirOffset()
    {
        // The server sends "…Z"; the client writes the same instant as "+00:00" (System.Text.Json's DateTimeOffset format).
        // Both are ISO-8601 UTC (docs/contract.md#wire-conventions); the golden comparison treats them as equal for that reason.
        var pool = new DataPool
        {
            Id = DataPoolId,
            CreatedAt = new DateTimeOffset(2025, 6, 12, 11, 4, 55, 318, TimeSpan.Zero),
        };
        var version = new ServiceDefinition
        {
            Id = ServiceDefinitionId,
            ModifiedAt = new DateTimeOffset(2024, 3, 4, 16, 2, 48, 500, TimeSpan.FromHours(1)),
        };

        GoldenJson.Write(pool).Should().Contain("\"createdAt\":\"2025-06-12T11:04:55.318+00:00\"");
        GoldenJson.Write(version).Should().Contain("\"modifiedAt\":\"2024-03-04T16:02:48.5+01:00\"");
    }

    [Fact]
    public void Read_TimestampWithZuluSuffix_IsUtc()
    {
        GoldenJson.Read<DataPool>(GoldenFiles.Json("DataPool")).CreatedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
    }
}
