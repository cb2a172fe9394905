using System.Web;
using KipuHub.Fluent.Tests.Http;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Queries;

public sealed class PagingTests
{
    private const int Total = 45;

    /// <summary>Serves 45 services in pages, like the API; <paramref name="pageField"/> is "page" or Spring's "number".</summary>
    private static StubHttpHandler PagedServer(string pageField = "page") => TestClients.Answering(request =>
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var page = int.Parse(query["page"] ?? "0");
        var size = int.Parse(query["size"] ?? "20");
        var items = Enumerable.Range(page * size, Math.Max(0, Math.Min(size, Total - page * size)))
            .Select(i => $$"""{"id":"s{{i}}","name":"Service {{i}}","lifecycle":"PUBLISHED"}""");
        var pages = (Total + size - 1) / size;
        return TestClients.Json($$"""{"content":[{{string.Join(",", items)}}],"{{pageField}}":{{page}},"size":{{size}},"totalElements":{{Total}},"totalPages":{{pages}}}""");
    });

    [Theory]
    [InlineData("page")]
    [InlineData("number")]
    public async Task ListAsync_ReadsTheEnvelope(string pageField)
    {
        var server = PagedServer(pageField);
        using var hub = TestClients.Create(server);

        var page = await hub.Services.Page(1, 20).ListAsync();

        page.PageIndex.Should().Be(1);
        page.Size.Should().Be(20);
        page.TotalElements.Should().Be(Total);
        page.TotalPages.Should().Be(3);
        page.HasNext.Should().BeTrue();
        page.Content.Select(s => s.Id).Should().Equal(Enumerable.Range(20, 20).Select(i => $"s{i}"));
        page.Content[0].Lifecycle.Should().Be(ServiceLifecycle.Published);
        server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task AllAsync_FetchesEveryPageAndStopsAtTheLast()
    {
        var server = PagedServer();
        using var hub = TestClients.Create(server);

        var all = await hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, 20).AllAsync().ToListAsync();

        all.Select(s => s.Id).Should().Equal(Enumerable.Range(0, Total).Select(i => $"s{i}"));
        server.Requests.Select(r => r.Uri.Query).Should().Equal(
            "?lifecycle=PUBLISHED&page=0&size=20",
            "?lifecycle=PUBLISHED&page=1&size=20",
            "?lifecycle=PUBLISHED&page=2&size=20");
    }

    [Fact]
    public async Task AllAsync_IsLazy()
    {
        var server = PagedServer();
        using var hub = TestClients.Create(server);

        var query = hub.Services.AllAsync();
        server.Requests.Should().BeEmpty("nothing is fetched before enumeration");

        var firstTwenty = await query.Take(20).ToListAsync();

        firstTwenty.Should().HaveCount(20);
        server.Requests.Should().ContainSingle("the second page is fetched only when the first is used up");
        server.Requests.Single().Uri.Query.Should().Be("?page=0&size=20", "AllAsync states the default size explicitly");
    }

    [Fact]
    public async Task AllAsync_StartsAtTheChosenPage()
    {
        var server = PagedServer();
        using var hub = TestClients.Create(server);

        var rest = await hub.Services.Page(1, 20).AllAsync().ToListAsync();

        rest.Should().HaveCount(Total - 20);
    }

    [Fact]
    public async Task AllAsync_OnAnEmptyList_MakesOneRequest()
    {
        var server = TestClients.Answering(_ => TestClients.Json("""{"content":[],"page":0,"size":20,"totalElements":0,"totalPages":0}"""));
        using var hub = TestClients.Create(server);

        (await hub.Services.AllAsync().ToListAsync()).Should().BeEmpty();
        server.Requests.Should().ContainSingle();
    }
}
