using Microsoft.Playwright;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>
/// One headless Chromium per test class: the machine's /usr/bin/chromium (Playwright never downloads a browser here),
/// with the switches that keep it off Google's services, which on a closed network would make it hang.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium (.ci/run does it).");
        }
        // Two cores, two browsers and the servers under test: Scalar's first render of the large document can take seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh page in its own context (its own sessionStorage) that may reach 127.0.0.1 only: every other request is
    /// aborted and listed in <paramref name="blocked"/>, so a page that needed a CDN would show it.
    /// </summary>
    public async Task<IPage> NewPageAsync(List<string>? blocked = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(10_000);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url) is { Host: "127.0.0.1" } || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            lock (context)
            {
                blocked?.Add(route.Request.Url);
            }
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
