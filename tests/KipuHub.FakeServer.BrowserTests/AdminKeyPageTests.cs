using static Microsoft.Playwright.Assertions;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>
/// With an admin key the page's files still load (they hold no data), but it shows only the key prompt until the
/// admin API accepts the key it sends; without one (every other test class) there is no prompt.
/// </summary>
public sealed class AdminKeyPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_page_asks_for_the_key_refuses_a_wrong_one_with_the_servers_message_and_works_with_the_right_one()
    {
        await using var fake = await FakeHubServer.StartAsync(new FakeHubOptions { AdminKey = "open-sesame" });
        var page = await browser.NewPageAsync();
        await page.OpenAsync(Pages.Dashboard(fake));

        await Expect(page.Locator("#key-prompt")).ToBeVisibleAsync();
        await Expect(page.Locator("#app")).ToBeHiddenAsync();
        await Expect(page.Locator("#journal tbody tr")).ToHaveCountAsync(0);

        await page.FillAsync("#admin-key", "wrong");
        await page.PressAsync("#admin-key", "Enter");
        await Expect(page.Locator("#key-error")).ToHaveTextAsync("The X-Admin-Key header does not hold the admin key this server was started with.");
        await Expect(page.Locator("#app")).ToBeHiddenAsync();

        await page.FillAsync("#admin-key", "open-sesame");
        await page.PressAsync("#admin-key", "Enter");
        await Expect(page.Locator("#app")).ToBeVisibleAsync();
        await Expect(page.Locator("#key-prompt")).ToBeHiddenAsync();
        await Expect(page.Locator("#seed-summary")).ToContainTextAsync("seed 42");

        // The key stays with the tab: a reload goes straight to the dashboard.
        await page.ReloadAsync();
        await Expect(page.Locator("#app")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string>("sessionStorage.getItem('kipuhub-admin-key')")).Should().Be("open-sesame");
    }
}
