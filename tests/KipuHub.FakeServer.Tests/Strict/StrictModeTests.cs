using KipuHub.Errors;

namespace KipuHub.FakeServer.Tests.Strict;

/// <summary>
/// The rule IDs and doc links as users see them: pages under the repository address that src/Directory.Build.props
/// declares (the fake reads them from KipuHub.Analyzers' HubRules, generated from the same property).
/// </summary>
internal static class HubRules
{
    private static readonly string s_docsBase = RepositoryAddress() + "/blob/main/docs/rules/";
    public const string UnscopedCall = "KH0001";
    public const string UnpaginatedList = "KH0002";
    public const string PageOutOfRange = "KH0004";
    public static string UnscopedCallHelp => HelpOf(UnscopedCall);
    public static string UnpaginatedListHelp => HelpOf(UnpaginatedList);
    public static string PageOutOfRangeHelp => HelpOf(PageOutOfRange);

    public static string HelpOf(string rule) => s_docsBase + rule + ".md";

    private static string RepositoryAddress()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var props = Path.Combine(directory.FullName, "src", "Directory.Build.props");
            if (File.Exists(props))
            {
                return System.Xml.Linq.XDocument.Load(props).Descendants("KipuHubRepositoryUrl").Single().Value;
            }
        }
        throw new FileNotFoundException("src/Directory.Build.props not found above " + AppContext.BaseDirectory);
    }
}

public sealed class StrictModeTests : FakeHubTest
{
    internal override FakeHubOptions Options => new() { Strict = true, RequireOrganization = true };

    [Theory]
    [InlineData("services?size=20", HubRules.UnpaginatedList, "without page")]
    [InlineData("services", HubRules.UnpaginatedList, "without page and size")]
    [InlineData("services?page=0&size=5000", HubRules.PageOutOfRange, "size 5000, above its maximum of 2000")]
    public async Task A_call_the_analyzers_would_flag_is_answered_400_naming_the_rule_and_its_docs_page(string path, string rule, string expected)
    {
        var help = HubRules.HelpOf(rule);
        var fingerprint = Hub.Store.Fingerprint();

        using var response = await Http.FetchAsync(path, Hub.DemoOrganizationId);

        var error = await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        error.ErrorMessage.Should().StartWith("Strict mode: " + rule).And.Contain(help).And.Contain(expected);
        Hub.Journal.Entries.Single().Diagnostics.Should().ContainSingle().Which.Should().StartWith(rule);
        Hub.Store.Fingerprint().Should().Be(fingerprint);
    }

    [Fact]
    public async Task An_unscoped_call_is_KH0001_when_strict_scoping_is_on()
    {
        using var response = await Http.FetchAsync("v2/applications");

        var error = await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        error.ErrorMessage.Should().Contain(HubRules.UnscopedCall).And.Contain(HubRules.UnscopedCallHelp).And.Contain("X-OrganizationId");
    }

    [Fact]
    public async Task Global_endpoints_and_well_formed_calls_pass()
    {
        using var client = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);

        (await client.Services.Page(0, 20).ListAsync()).Content.Should().HaveCount(20);
        (await client.Marketplace.ListAsync()).Should().NotBeEmpty();
        Hub.Journal.Entries.Should().OnlyContain(e => e.Diagnostics.Count == 0 && e.Status == 200);
    }

    [Fact]
    public async Task The_fluent_client_surfaces_the_strict_error_as_BadRequestException()
    {
        using var client = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);

        var act = () => client.Services.ListAsync();

        (await act.Should().ThrowAsync<BadRequestException>()).Which.ErrorMessage.Should().Contain("KH0002");
    }
}

public sealed class NormalModeDiagnosticsTests : FakeHubTest
{
    internal override FakeHubOptions Options => new() { RequireOrganization = true };

    [Fact]
    public async Task Normal_mode_serves_the_call_records_the_diagnostic_and_sends_it_in_a_header()
    {
        using var response = await Http.FetchAsync("services?page=0&size=5000");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ReadJsonAsync<PageEnvelope<ServiceOverview>>();
        page.Size.Should().Be(2000, "the size is clamped as before");
        response.Headers.GetValues("X-KipuHub-Diagnostic").Should().Equal(
            $"{HubRules.UnscopedCall} {HubRules.UnscopedCallHelp}",
            $"{HubRules.PageOutOfRange} {HubRules.PageOutOfRangeHelp}");
        var entry = Hub.Journal.Entries.Single();
        entry.Diagnostics.Should().HaveCount(2);
        entry.Diagnostics[0].Should().StartWith("KH0001 GET /services can act in an organization").And.EndWith(HubRules.UnscopedCallHelp);
        entry.Diagnostics[1].Should().StartWith("KH0004");
        entry.Size.Should().Be(2000);
    }

    [Fact]
    public async Task A_dynamically_built_unpaged_list_is_caught_at_run_time()
    {
        using var client = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);

        await client.Services.ListAsync();

        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).Once().Diagnostics.Should().ContainSingle()
            .Which.Should().StartWith("KH0002").And.Contain("without page and size");
    }

    [Fact]
    public async Task Without_strict_scoping_an_unscoped_call_is_no_diagnostic()
    {
        await using var hub = await FakeHubServer.StartAsync();
        using var http = HubHttp.CreateClient(hub);

        using var response = await http.FetchAsync("v2/applications");

        response.Headers.Contains("X-KipuHub-Diagnostic").Should().BeFalse();
        hub.Journal.Entries.Single().Diagnostics.Should().BeEmpty();
    }
}
