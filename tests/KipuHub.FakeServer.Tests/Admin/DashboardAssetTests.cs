namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>
/// The dashboard's files: served from the assembly with their content types, revalidated by ETag, and public even
/// with an admin key (they hold no data; the admin calls they make need the key). The browser tests drive the page.
/// </summary>
public sealed class DashboardAssetTests : FakeHubTest
{
    internal override FakeHubOptions Options => new() { AdminKey = "s3cret" };

    [Theory]
    [InlineData("ui", "text/html")]
    [InlineData("ui/dashboard.js", "text/javascript")]
    [InlineData("ui/dashboard.css", "text/css")]
    public async Task Each_file_is_served_without_the_key_with_its_type_no_cache_and_an_etag(string path, string type)
    {
        using var http = new HttpClient();
        var url = Hub.AdminUrl + "/" + path;

        using var response = await http.GetAsync(new Uri(url));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(type);
        response.Headers.CacheControl!.NoCache.Should().BeTrue("a rebuilt fake must not run a cached script");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await http.SendAsync(again);
        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        Hub.Journal.Entries.Should().BeEmpty("the dashboard is no API call");
    }

    [Fact]
    public async Task The_page_holds_no_data_and_what_it_calls_needs_the_key()
    {
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(Hub.AdminUrl + "/ui"));
        using var data = await Hub.AdminAsync(HttpMethod.Get, "tenants");

        page.Should().NotContain(Hub.DemoUserId).And.NotContain(FakeHubServer.DemoToken);
        (await data.ReadAdminErrorAsync(HttpStatusCode.Unauthorized)).ErrorMessage.Should().Contain("X-Admin-Key");
    }

    [Fact]
    public async Task An_unknown_dashboard_file_is_the_admin_404()
    {
        using var response = await Hub.AdminAsync(HttpMethod.Get, "ui/nope.js", key: "s3cret");

        (await response.ReadAdminErrorAsync(HttpStatusCode.NotFound)).ErrorMessage.Should().Contain("GET|POST /_admin/tenants");
    }
}
