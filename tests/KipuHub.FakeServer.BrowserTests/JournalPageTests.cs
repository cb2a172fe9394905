using static Microsoft.Playwright.Assertions;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>The journal table: what the fake saw, live, filtered, and never a token. Each test has its own server.</summary>
public sealed class JournalPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_client_call_shows_in_the_journal_with_its_details_on_click_and_no_token_anywhere()
    {
        await using var fake = await FakeHubServer.StartAsync();
        using var tenant = fake.CreateTenant("Browser Org", PermissionRole.Owner, PermissionRole.Viewer);
        var page = await browser.NewPageAsync();
        await page.OpenAsync(Pages.Dashboard(fake));
        await Expect(page.Locator("#app")).ToBeVisibleAsync();
        await Expect(page.Locator("#key-prompt")).ToBeHiddenAsync();
        await Expect(page.Locator("#docs-link")).ToHaveAttributeAsync("href", "/_admin/ui/api/");

        // Made after the page loaded: the table is live.
        using var owner = tenant.CreateClient();
        await owner.Services.ListAsync();

        var row = page.Locator("#journal tbody tr", new() { HasText = "/qc-catalog/services" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td.method")).ToHaveTextAsync("GET");
        await Expect(row.Locator("td.status")).ToHaveTextAsync("200");
        await Expect(row).ToContainTextAsync(tenant.Id);
        await Expect(row).ToContainTextAsync(tenant.Members[0].Username);

        await row.ClickAsync();
        await Expect(page.Locator("#entry-details")).ToContainTextAsync("\"route\": \"ServicesList\"");
        await Expect(page.Locator("#entry-details")).ToContainTextAsync($"\"tenantId\": \"{tenant.Id}\"");
        await Expect(page.Locator("#tenants")).ToContainTextAsync("Browser Org");
        await Expect(page.Locator("#tenants")).ToContainTextAsync($"{tenant.Members[1].Username} (VIEWER)");
        await Expect(page.Locator("#seed")).ToContainTextAsync("Kipu Demo Org");

        if (Pages.UpdateDocs)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Pages.RepositoryRoot(), "docs", "images", "dashboard.png"), FullPage = false });
        }
        // The whole DOM, hidden parts included: the seed info the page reads has tokens, the page shows none.
        var html = await page.ContentAsync();
        string[] tokens = [FakeHubServer.DemoToken, "alice-token", "bob-token", .. tenant.Members.Select(m => m.Token)];
        foreach (var token in tokens)
        {
            html.Should().NotContain(token);
        }
        fake.Journal.Entries.Should().OnlyContain(e => e.Path.StartsWith("/qc-catalog/", StringComparison.Ordinal),
            "the dashboard's own admin calls are not API calls");
    }

    [Fact]
    public async Task Filters_by_status_route_and_tenant_narrow_the_table()
    {
        await using var fake = await FakeHubServer.StartAsync();
        using var tenant = fake.CreateTenant(PermissionRole.Owner);
        using var owner = tenant.CreateClient();
        using var stranger = fake.CreateClient("no-such-token");
        await fake.Client.Services.ListAsync();
        await fake.Client.Applications.ListAsync();
        await owner.Services.ListAsync();
        var refused = () => stranger.Services.ListAsync();
        await refused.Should().ThrowAsync<KipuHub.Errors.UnauthorizedException>();
        var page = await browser.NewPageAsync();
        await page.OpenAsync(Pages.Dashboard(fake));
        var rows = page.Locator("#journal tbody tr");
        await Expect(rows).ToHaveCountAsync(4);

        await page.SelectOptionAsync("#filter-status", "4");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td.status")).ToHaveTextAsync("401");

        await page.SelectOptionAsync("#filter-status", "");
        await page.FillAsync("#filter-route", "ServicesList");
        await page.PressAsync("#filter-route", "Enter");
        await Expect(rows).ToHaveCountAsync(3);

        await page.SelectOptionAsync("#filter-tenant", tenant.Id);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(tenant.Id);

        // A route the catalog does not have is the admin API's 400, shown as its message.
        await page.SelectOptionAsync("#filter-tenant", "");
        await page.FillAsync("#filter-route", "NoSuchRoute");
        await page.PressAsync("#filter-route", "Enter");
        await Expect(page.Locator("#message")).ToContainTextAsync("Query parameter 'route' must be one catalog route");
    }
}
