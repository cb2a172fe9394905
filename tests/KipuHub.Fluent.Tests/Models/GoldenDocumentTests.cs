using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>The checks every golden document gets: it round-trips unchanged, and the documents cover every model property.</summary>
public class GoldenDocumentTests
{
    public static TheoryData<string> GoldenNames => new(GoldenFiles.All.Keys);

    public static TheoryData<string> ModelTypeNames => new(ModelTypes().Select(t => t.Name));

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void GoldenDocument_ReadThenWritten_EqualsTheGoldenDocument(string golden)
    {
        var (type, json) = GoldenFiles.All[golden];

        var value = GoldenJson.Read(json, type);

        GoldenJson.Write(value, type).ShouldBeSameJsonAs(json);
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void ModelType_GoldenDocuments_SetEveryPublicProperty(string modelTypeName)
    {
        // Together with the round trip this makes model properties and golden fields a one-to-one match:
        // a golden field the model lacks, or names differently, fails the round trip; a model property the
        // golden documents leave out fails here.
        var type = ModelTypes().Single(t => t.Name == modelTypeName);
        var instances = GoldenFiles.All.Values.Where(g => g.Type == type).Select(g => GoldenJson.Read(g.Json, type)).ToList();

        instances.Should().NotBeEmpty("every wire model needs a golden document written from docs/contract.md#wire-models");
        GoldenJson.UnsetProperties(type, instances).Should().BeEmpty("the golden documents of {0} must set every property", type.Name);
    }

    /// <summary>The wire DTOs: every public class of KipuHub.Models (the open enums are structs).</summary>
    private static IEnumerable<Type> ModelTypes() =>
        typeof(ServiceOverview).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "KipuHub.Models" && t.IsClass && !t.IsAbstract && !t.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonConverter)));
}
