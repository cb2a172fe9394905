using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;

namespace KipuHub.IntegrationTests;

/// <summary>AllAsync with Prefetch() against the fake server over real loopback HTTP (57 services in the demo org, 7 per page: 9 pages).</summary>
public sealed class PrefetchTests : FakeHubTest
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Prefetch_ReadsWhatAPlainAllAsyncReads_WithTheSamePageRequests()
    {
        var plain = await Hub.Services.InOrg(Org).OrderBy(s => s.Name).Page(0, 7).AllAsync().ToListAsync();
        var plainPages = PagesRequested();
        Fake.Journal.Clear();

        var prefetched = await Hub.Services.InOrg(Org).OrderBy(s => s.Name).Page(0, 7).Prefetch().AllAsync().ToListAsync();

        prefetched.Should().HaveCount(57).And.Equal(plain);
        PagesRequested().Should().Equal(plainPages).And.Equal(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    [Fact]
    public async Task Prefetch_AsksForPage1_WhileTheCallerHoldsTheFirstItem()
    {
        await using var items = Hub.Services.InOrg(Org).Page(0, 7).Prefetch().AllAsync().GetAsyncEnumerator();
        (await items.MoveNextAsync()).Should().BeTrue();

        // The caller asks for nothing more; the journal must still see page 1 (it records each answered request).
        await WaitUntilAsync(() => PagesRequested().Contains(1));
        PagesRequested().Should().Equal(0, 1);
    }

    [Fact]
    public async Task AnErrorOnAPrefetchedPage_SurfacesOnThatPage_AsAPlainAllAsyncRaisesIt()
    {
        // The second call (page 1) answers 500, once.
        Fake.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 500, After = 1, Times = 1 });
        var seen = new List<string>();

        var read = async () =>
        {
            await foreach (var service in Hub.Services.InOrg(Org).Page(0, 7).Prefetch().AllAsync())
            {
                seen.Add(service.Id);
            }
        };

        await read.Should().ThrowAsync<InternalServerException>();
        seen.Should().HaveCount(7, "every item of page 0 reaches the caller before page 1's error");
    }

    [Fact]
    public async Task Retries_StillApplyToThePrefetchedRequest()
    {
        Fake.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 503, After = 1, Times = 1 });
        using var hub = new HubPlatformClient(new HubPlatformClientOptions
        {
            ApiKey = FakeHubServer.DemoToken,
            BaseUrl = Fake.BaseUrl,
            RetryDelay = TimeSpan.FromMilliseconds(5),
        });

        var all = await hub.Services.InOrg(Org).Page(0, 7).Prefetch().AllAsync().ToListAsync();

        all.Should().HaveCount(57);
        PagesRequested().Should().Equal(0, 1, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    [Fact]
    public async Task BreakingOutEarly_SendsNoRequestAfterThePrefetch()
    {
        await foreach (var service in Hub.Services.InOrg(Org).Page(0, 7).Prefetch().AllAsync())
        {
            break;
        }

        // The enumerator's disposal canceled the prefetch of page 1 (which the server may or may not have seen) and
        // waited for it; a later request's round trip gives any straggler time to be journaled.
        (await Hub.Users.GetAccountsAsync()).Should().NotBeEmpty();
        PagesRequested().Should().StartWith(0).And.BeSubsetOf(new[] { 0, 1 }).And.OnlyHaveUniqueItems();
    }

    private List<int> PagesRequested() =>
        [.. Fake.Journal.ForRoute(HubCatalog.ServicesList).Entries.OrderBy(e => e.Sequence).Select(e => e.Page ?? -1)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(s_patience);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
