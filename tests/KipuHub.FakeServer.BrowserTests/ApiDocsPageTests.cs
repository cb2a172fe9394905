using static Microsoft.Playwright.Assertions;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>The API docs: Scalar over the fake's OpenAPI document, served from the assembly, so they work offline.</summary>
public sealed class ApiDocsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_docs_render_the_operations_with_every_request_off_127_0_0_1_aborted_and_the_demo_token_preset()
    {
        await using var fake = await FakeHubServer.StartAsync();
        var blocked = new List<string>();
        var page = await browser.NewPageAsync(blocked);
        var scripts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                lock (scripts)
                {
                    scripts.Add(request.Url);
                }
            }
        };

        await page.OpenAsync(Pages.ApiDocs(fake));

        // The first render fetches Scalar's bundle and the whole document: on a busy machine that takes longer than the
        // 15 s the other expectations get.
        await Expect(page.GetByText("Lists the algorithms the tenant can see").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByText("Kipu Quantum Hub qc-catalog (KipuHub.FakeServer)").First).ToBeVisibleAsync();
        // The preset is the documented exception to "no token on the page": demo-token is public (the banner prints it).
        var token = page.Locator("input.scalar-password-input");
        await Expect(token).ToHaveValueAsync(FakeHubServer.DemoToken);
        await Expect(page.GetByText("X-Auth-Token").First).ToBeVisibleAsync();
        lock (scripts)
        {
            scripts.Should().NotBeEmpty().And.OnlyContain(url => url.StartsWith($"http://127.0.0.1:{fake.BaseUrl.Port}/", StringComparison.Ordinal),
                "Scalar's script is served from its assembly, not from a CDN");
        }
        lock (blocked)
        {
            blocked.Should().BeEmpty("the docs need nothing from the network");
        }
    }
}
