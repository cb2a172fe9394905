using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Current (Gen B) data pools (docs/contract.md#wire-models).</summary>
public class DataPoolModelsJsonTests
{
    [Fact]
    public void DataPool_GoldenDocument_ReadsEveryField()
    {
        var pool = GoldenJson.Read<DataPool>(GoldenFiles.Json("DataPool"));

        pool.Id.Should().Be(DataPoolId);
        pool.Name.Should().Be("molecule-geometries");
        pool.ShortDescription.Should().Be("Equilibrium geometries of small molecules.");
        pool.Description.Should().StartWith("XYZ files of H2, LiH");
        pool.CreatedAt.Should().Be(new DateTimeOffset(2025, 6, 12, 11, 4, 55, 318, TimeSpan.Zero));
        pool.CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
    }

    [Fact]
    public void CreateDataPoolRequest_WrittenByTheClient_MatchesTheGoldenDocument()
    {
        GoldenJson.Write(new CreateDataPoolRequest { Name = "molecule-geometries" }).ShouldBeSameJsonAs(GoldenFiles.Json("CreateDataPoolRequest"));
        GoldenJson.Read<CreateDataPoolRequest>(GoldenFiles.Json("CreateDataPoolRequest")).Name.Should().Be("molecule-geometries");
    }

    [Fact]
    public void UpdateDataPoolRequest_GoldenDocument_ReadsEveryField()
    {
        var request = GoldenJson.Read<UpdateDataPoolRequest>(GoldenFiles.Json("UpdateDataPoolRequest"));

        request.Name.Should().Be("molecule-geometries-v2");
        request.ShortDescription.Should().Be("Equilibrium and stretched geometries of small molecules.");
        request.Description.Should().Be("Adds stretched bond lengths for dissociation curves.");
    }

    [Fact]
    public void DataPoolFile_GoldenDocument_ReadsEveryFieldIncludingLengthAbove2GiB()
    {
        var file = GoldenJson.Read<DataPoolFile>(GoldenFiles.Json("DataPoolFile"));

        file.Id.Should().Be(DataPoolFileId);
        file.DataPoolId.Should().Be(DataPoolId);
        file.Name.Should().Be("lih-dissociation.parquet");
        file.FullPath.Should().Be("curves/lih-dissociation.parquet");
        file.ContentType.Should().Be("application/vnd.apache.parquet");
        file.ContentLength.Should().Be(5_368_709_120L);
        file.CreatedAt.Should().Be(new DateTimeOffset(2025, 6, 12, 11, 7, 31, 902, TimeSpan.Zero));
    }
}
