using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// AsPagesAsync, client against fake over loopback: whole pages with their totals, as Azure's AsPages yields them,
/// one request per page, lazily, from the page asked for until the last.
/// </summary>
public sealed class AsPagesTests : FakeHubTest
{
    private List<int> PagesRequested() =>
        [.. Fake.Journal.ForRoute(HubCatalog.ServicesList).Entries.OrderBy(e => e.Sequence).Select(e => e.Page ?? -1)];

    [Fact]
    public async Task EveryPage_WithItsTotals_HoldsWhatAllAsyncReads_InOrder()
    {
        var query = Hub.Services.InOrg(Org).OrderBy(s => s.Name).Page(0, 25);
        var all = await query.AllAsync().ToListAsync();
        Fake.Journal.Clear();

        var pages = await query.AsPagesAsync().ToListAsync();

        pages.Select(p => (p.PageIndex, p.Size, p.TotalElements, p.TotalPages)).Should().Equal((0, 25, 57L, 3), (1, 25, 57L, 3), (2, 25, 57L, 3));
        pages.Select(p => p.Content.Count).Should().Equal(25, 25, 7);
        pages.SelectMany(p => p.Content).Select(s => s.Id).Should().Equal(all.Select(s => s.Id));
        pages.Select(p => p.HasNext).Should().Equal(true, true, false);
        PagesRequested().Should().Equal(0, 1, 2);
    }

    [Fact]
    public async Task StartsAtThePageAsked_AndAnEarlyStop_SendsNoFurtherRequest()
    {
        var query = Hub.Services.InOrg(Org).Page(1, 20);
        Fake.Journal.Clear();

        await foreach (var page in query.AsPagesAsync())
        {
            page.PageIndex.Should().Be(1);
            break;
        }

        PagesRequested().Should().Equal(1);
    }

    [Fact]
    public async Task WithoutPage_UsesTheServersDefaultSize_AndAnEmptyListIsOneEmptyPage()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var owner = tenant.CreateClient();

        var demo = await Hub.Services.InOrg(Org).AsPagesAsync().ToListAsync();
        var empty = await owner.Services.InOrg(tenant.Id).AsPagesAsync().ToListAsync();

        demo.Select(p => p.Content.Count).Should().Equal(20, 20, 17);
        empty.Should().ContainSingle().Which.Should().Match<KipuHub.Paging.Page<ServiceOverview>>(p => p.TotalElements == 0 && p.Content.Count == 0);
    }
}
