namespace KipuHub.FakeServer.BrowserTests;

/// <summary>Where the dashboard's pages are, and the repository the screenshot is written into.</summary>
internal static class Pages
{
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
