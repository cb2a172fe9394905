using System.Text;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

public sealed class DataPoolsTests : FakeHubTest
{
    [Fact]
    public async Task DataPool_CreateSearchUpdateDelete()
    {
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Molecules 2026" });

        (await Hub.DataPools.InOrg(Org).GetAsync(pool.Id)).Name.Should().Be("Molecules 2026");
        var search = "molecules";
        (await Hub.DataPools.InOrg(Org).Where(d => d.Name!.Contains(search)).ListAsync()).Should().ContainSingle(d => d.Id == pool.Id);

        var updated = await Hub.DataPools.InOrg(Org).UpdateAsync(pool.Id, new UpdateDataPoolRequest { ShortDescription = "Small molecules" });
        updated.Name.Should().Be("Molecules 2026", "omitted fields keep their value");
        updated.ShortDescription.Should().Be("Small molecules");

        await Hub.DataPools.InOrg(Org).DeleteAsync(pool.Id);
        await FluentActions.Awaiting(() => Hub.DataPools.InOrg(Org).GetAsync(pool.Id)).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task File_UploadListDownloadDelete_RoundTripsTheBytes()
    {
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Files" });
        var files = Hub.DataPools.InOrg(Org).Files(pool.Id);
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31)).ToArray();

        var uploaded = await files.UploadAsync(new MemoryStream(bytes), "weights.bin");

        uploaded.Name.Should().Be("weights.bin");
        uploaded.ContentLength.Should().Be(bytes.Length);
        (await files.ListAsync()).Should().ContainSingle(f => f.Id == uploaded.Id);
        var copy = new MemoryStream();
        await files.DownloadAsync(uploaded.Id, copy);
        copy.ToArray().Should().Equal(bytes);

        await files.DeleteAsync(uploaded.Id);
        (await files.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Upload_KeepsTheCallersStreamOpen()
    {
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Open" });
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("text"));

        await Hub.DataPools.InOrg(Org).Files(pool.Id).UploadAsync(stream, "a.txt", "text/plain");

        stream.CanRead.Should().BeTrue();
    }
}
