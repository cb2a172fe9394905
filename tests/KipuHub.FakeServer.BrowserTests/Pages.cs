using Microsoft.Playwright;

namespace KipuHub.FakeServer.BrowserTests;

/// <summary>Where the dashboard's pages are, and the repository the screenshot is written into.</summary>
internal static class Pages
{
    /// <summary>
    /// Opens <paramref name="url"/> and returns once the server has answered; what the test then expects on the page
    /// waits for the render. Waiting for the "load" event instead made a test fail on a busy CI machine: under the whole
    /// suite, Scalar's bundle and the document (through the page's 127.0.0.1-only route) took longer than the timeout.
    /// </summary>
    public static Task OpenAsync(this IPage page, string url) =>
        page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });

    public static string Dashboard(FakeHubServer fake) => fake.AdminUrl + "/ui";

    public static string ApiDocs(FakeHubServer fake) => fake.AdminUrl + "/ui/api/";

    /// <summary>Whether the docs' generated files are to be rewritten (the variable docs/api-coverage.md uses too).</summary>
    public static bool UpdateDocs => Environment.GetEnvironmentVariable("KIPUHUB_UPDATE_DOCS") == "1";

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KipuHub.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("KipuHub.sln not found above " + AppContext.BaseDirectory);
    }
}
