using System.Net;
using KipuHub.Errors;
using static Microsoft.Playwright.Assertions;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>
/// What the page does goes through the admin API, so the client sees it at once, and the C# handle reads it back.
/// Each test has its own server.
/// </summary>
public sealed class ActionPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(FakeHubServer fake)
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(Pages.Dashboard(fake));
        await Expect(page.Locator("#app")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task A_fault_added_on_the_page_fails_the_next_call_counts_its_hits_and_is_removed_from_the_page()
    {
        await using var fake = await FakeHubServer.StartAsync();
        var page = await OpenAsync(fake);

        await page.FillAsync("#fault-route", "ServicesList");
        await page.FillAsync("#fault-status", "503");
        // Retry-After 0: the client's retries of a 503 come at once, so the test does not wait for its backoff.
        await page.FillAsync("#fault-retry", "0");
        await page.ClickAsync("#fault-add");
        var fault = page.Locator("#faults tbody tr");
        await Expect(fault).ToHaveCountAsync(1);
        await Expect(fault).ToContainTextAsync("503 Retry-After 0");

        var call = () => fake.Client.Services.ListAsync();
        (await call.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var hits = fake.Faults.List().Single().Hits;
        hits.Should().BeGreaterThan(0);
        await Expect(fault.Locator("td.hits")).ToHaveTextAsync(hits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(fault.Locator("td.fired")).ToHaveTextAsync(hits.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await fault.Locator("button.remove").ClickAsync();
        await Expect(fault).ToHaveCountAsync(0);
        fake.Faults.List().Should().BeEmpty();
        (await fake.Client.Services.ListAsync()).Content.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_snapshot_saved_on_the_page_and_restored_from_it_brings_the_data_back()
    {
        await using var fake = await FakeHubServer.StartAsync();
        var page = await OpenAsync(fake);
        var before = (await fake.Client.Applications.ListAsync()).Select(a => a.Id).ToList();

        await page.FillAsync("#snapshot-name", "before-change");
        await page.ClickAsync("#snapshot-save");
        var snapshot = page.Locator("#snapshots tbody tr", new() { HasText = "before-change" });
        await Expect(snapshot).ToHaveCountAsync(1);
        var created = await fake.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "made after the snapshot" });
        (await fake.Client.Applications.ListAsync()).Should().Contain(a => a.Id == created.Id);

        await snapshot.Locator("button.restore").ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Snapshot 'before-change' restored.");

        (await fake.Client.Applications.ListAsync()).Select(a => a.Id).Should().Equal(before);
    }

    [Fact]
    public async Task The_clock_advanced_on_the_page_moves_the_fakes_clock_and_reset_puts_the_data_back()
    {
        await using var fake = await FakeHubServer.StartAsync();
        var page = await OpenAsync(fake);
        var now = fake.Clock.UtcNow;

        await page.FillAsync("#clock-by", "01:30:00");
        await page.ClickAsync("#clock-advance");
        await Expect(page.Locator("#message")).ToContainTextAsync("The clock is at");

        fake.Clock.UtcNow.Should().Be(now + TimeSpan.FromMinutes(90));
        await Expect(page.Locator("#clock-advanced")).ToHaveTextAsync("01:30:00");

        var created = await fake.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "made before the reset" });
        await page.ClickAsync("#reset-all");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Every tenant is back to the seed.");
        (await fake.Client.Applications.ListAsync()).Should().NotContain(a => a.Id == created.Id);
    }
}
