using KipuHub.Contract;
using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubConnectionRequestTests
{
    private static HubConnection Connect(Action<HubPlatformClientOptions>? configure = null) => TestHub.Connect(new StubHttpHandler(), configure);

    [Fact]
    public void CreateRequest_KeepsTheBasePathAndEscapesPathValues()
    {
        using var connection = Connect();

        using var request = connection.CreateRequest(TestHub.GetService("a b/c?d"));

        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.AbsoluteUri.Should().Be("https://hub.test/qc-catalog/services/a%20b%2Fc%3Fd");
    }

    [Theory]
    [InlineData("https://hub.test/qc-catalog/")]
    [InlineData("https://hub.test/qc-catalog")]
    public void CreateRequest_JoinsBaseUrlAndPathWithOneSlash(string baseUrl)
    {
        using var connection = Connect(o => o.BaseUrl = new Uri(baseUrl));

        using var request = connection.CreateRequest(new HubCall(HubCatalog.UserAccountsList, []));

        request.RequestUri!.AbsoluteUri.Should().Be("https://hub.test/qc-catalog/my/accounts");
    }

    [Fact]
    public void CreateRequest_WritesTheQueryInOrderAndLeavesSortReadable()
    {
        using var connection = Connect();
        var call = new HubCall(HubCatalog.ServicesList, [])
        {
            Query =
            [
                new("page", "0"),
                new("size", "20"),
                new("sort", "name,asc"),
                new("sort", "createdAt,desc"),
                new("lifecycle", "PUBLISHED"),
                new("search", "a&b=c d+é"),
            ],
        };

        using var request = connection.CreateRequest(call);

        request.RequestUri!.Query.Should().Be("?page=0&size=20&sort=name,asc&sort=createdAt,desc&lifecycle=PUBLISHED&search=a%26b%3Dc%20d%2B%C3%A9");
    }

    [Fact]
    public void CreateRequest_SendsTheTokenAndJsonAccept()
    {
        using var connection = Connect();

        using var request = connection.CreateRequest(TestHub.GetService());

        request.Headers.GetValues("X-Auth-Token").Should().Equal(TestHub.Token);
        request.Headers.Accept.ToString().Should().Be("application/json");
        request.Content.Should().BeNull();
    }

    [Theory]
    [InlineData(nameof(HubCatalog.ServiceVersionsBuildLogs))]
    [InlineData(nameof(HubCatalog.DataPoolFilesDownload))]
    public void CreateRequest_AcceptsAnythingForTextAndBinaryResults(string endpointId)
    {
        using var connection = Connect();
        var endpoint = HubCatalog.Get(endpointId);

        using var request = connection.CreateRequest(new HubCall(endpoint, ["x", "y"]));

        request.Headers.Accept.ToString().Should().Be("*/*");
    }

    [Fact]
    public void CreateRequest_SendsNoOrganizationWhenTheClientHasNone()
    {
        using var connection = Connect();

        using var request = connection.CreateRequest(TestHub.GetService());

        request.Headers.Contains("X-OrganizationId").Should().BeFalse();
    }

    [Fact]
    public void CreateRequest_SendsTheClientDefaultOrganization()
    {
        using var connection = Connect(o => o.OrganizationId = TestHub.OrgId);

        using var request = connection.CreateRequest(TestHub.GetService());

        request.Headers.GetValues("X-OrganizationId").Should().Equal(TestHub.OrgId);
    }

    [Fact]
    public void CreateRequest_PersonalScopeOverridesTheClientDefault()
    {
        using var connection = Connect(o => o.OrganizationId = TestHub.OrgId);

        using var request = connection.CreateRequest(TestHub.GetService() with { Scope = ScopeChoice.Personal });

        request.Headers.Contains("X-OrganizationId").Should().BeFalse();
    }

    [Fact]
    public void CreateRequest_OrganizationScopeOverridesTheClientDefault()
    {
        using var connection = Connect(o => o.OrganizationId = TestHub.OrgId);

        using var request = connection.CreateRequest(TestHub.GetService() with { Scope = ScopeChoice.Organization("other-org") });

        request.Headers.GetValues("X-OrganizationId").Should().Equal("other-org");
    }

    [Fact]
    public void CreateRequest_BlankOrganizationScopeIsAClearError()
    {
        using var connection = Connect();

        var act = () => connection.CreateRequest(TestHub.GetService() with { Scope = ScopeChoice.Organization(" ") });

        act.Should().Throw<ArgumentException>().WithMessage("*ServicesGet*blank or malformed*");
    }

    [Theory]
    [InlineData(nameof(HubCatalog.MarketplaceGet))]
    [InlineData(nameof(HubCatalog.UserAccountsList))]
    public void CreateRequest_GlobalEndpointsNeverSendTheOrganization(string endpointId)
    {
        using var connection = Connect(o => o.OrganizationId = TestHub.OrgId);
        var endpoint = HubCatalog.Get(endpointId);
        endpoint.Scope.Should().Be(HubScope.Global);
        var values = endpoint.PathParameters.Select(_ => "x").ToArray();

        using var byDefault = connection.CreateRequest(new HubCall(endpoint, values));
        using var explicitOrg = connection.CreateRequest(new HubCall(endpoint, values) { Scope = ScopeChoice.Organization("other-org") });

        byDefault.Headers.Contains("X-OrganizationId").Should().BeFalse();
        explicitOrg.Headers.Contains("X-OrganizationId").Should().BeFalse();
    }

    [Fact]
    public void CreateRequest_MergesExtraHeadersAndLetsThemReplaceDefaults()
    {
        using var connection = Connect(o =>
        {
            o.Headers["X-Trace"] = "trace-1";
            o.Headers["User-Agent"] = "my-app/1.0";
            o.Headers["Accept"] = "application/hal+json";
        });

        using var request = connection.CreateRequest(TestHub.GetService());

        request.Headers.GetValues("X-Trace").Should().Equal("trace-1");
        request.Headers.UserAgent.ToString().Should().Be("my-app/1.0");
        request.Headers.GetValues("Accept").Should().Equal("application/hal+json");
        request.Headers.GetValues("X-Auth-Token").Should().Equal(TestHub.Token);
    }

    [Theory]
    [InlineData("X-Auth-Token", "*may not set 'X-Auth-Token'*ApiKey*")]
    [InlineData("x-organizationid", "*may not set 'x-organizationid'*OrganizationId*")]
    public void Constructor_RejectsExtraHeadersThatWouldOverrideTheApiHeaders(string name, string message)
    {
        var act = () => Connect(o => o.Headers[name] = "forged");

        act.Should().Throw<ArgumentException>().WithMessage(message).Which.Message.Should().NotContain("forged");
    }

    [Fact]
    public void Constructor_RejectsContentHeadersAmongExtraHeaders()
    {
        var act = () => Connect(o => o.Headers["Content-Type"] = "text/plain");

        act.Should().Throw<ArgumentException>().WithMessage("*Headers['Content-Type']*content header*");
    }

    [Fact]
    public async Task CreateRequest_MakesAFreshBodyEachTime()
    {
        using var connection = Connect();
        var call = TestHub.CreateApplication();

        using var first = connection.CreateRequest(call);
        using var second = connection.CreateRequest(call);

        first.Content.Should().NotBeSameAs(second.Content);
        (await second.Content!.ReadAsStringAsync()).Should().Be("""{"name":"app"}""");
        first.Method.Should().Be(HttpMethod.Post);
        first.RequestUri!.AbsolutePath.Should().Be("/qc-catalog/v2/applications");
    }

    [Fact]
    public void CreateRequest_ToStringHidesTheToken()
    {
        using var connection = Connect(o => o.OrganizationId = TestHub.OrgId);

        using var request = connection.CreateRequest(TestHub.CreateApplication());
        var text = request.ToString();

        text.Should().NotContain(TestHub.Token);
        text.Should().Contain("X-Auth-Token: ***");
        text.Should().Contain($"X-OrganizationId: {TestHub.OrgId}");
        text.Should().Contain("https://hub.test/qc-catalog/v2/applications");
        text.Should().Contain("Content-Type: application/json");
    }

    [Fact]
    public void CreateRequest_WrongNumberOfPathValuesIsAClearError()
    {
        using var connection = Connect();

        var act = () => connection.CreateRequest(new HubCall(HubCatalog.ServicesGet, []));

        act.Should().Throw<ArgumentException>().WithMessage("*ServicesGet takes 1 path value*");
    }
}
