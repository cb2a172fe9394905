using KipuHub.Fluent.Tests.Http;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Queries;

public sealed class QueryTranslationTests
{
    private readonly StubHttpHandler _handler = TestClients.Answering();
    private readonly HubPlatformClient _hub;

    public QueryTranslationTests() => _hub = TestClients.Create(_handler);

    private static string PathAndQuery(HttpRequestMessage request) => request.RequestUri!.PathAndQuery;

    [Fact]
    public void ToRequest_TheBriefsExample_IsOneGetWithFilterPageAndHeaders()
    {
        var request = _hub.Services.InOrg("org-1")
            .Where(s => s.Lifecycle == ServiceLifecycle.Published)
            .Page(0, 20)
            .ToRequest();

        request.Method.Should().Be(HttpMethod.Get);
        request.RequestUri!.ToString().Should().Be("https://hub.test/qc-catalog/services?lifecycle=PUBLISHED&page=0&size=20");
        request.Headers.GetValues("X-OrganizationId").Should().Equal("org-1");
        request.Headers.GetValues("X-Auth-Token").Should().Equal(TestClients.Token);
        _handler.Requests.Should().BeEmpty("ToRequest never sends");
    }

    [Fact]
    public void ToRequest_WithoutRefinement_SendsNoQuery()
    {
        PathAndQuery(_hub.Services.ToRequest()).Should().Be("/qc-catalog/services");
    }

    [Fact]
    public void Where_CapturedLocal_IsEvaluatedAtBuildTime()
    {
        var lifecycle = ServiceLifecycle.Accessible;
        var query = _hub.Services.Where(s => s.Lifecycle == lifecycle);
        lifecycle = ServiceLifecycle.Created;

        PathAndQuery(query.ToRequest()).Should().Be("/qc-catalog/services?lifecycle=ACCESSIBLE");
    }

    [Fact]
    public void Where_ValueOnTheLeft_IsTranslatedTheSame()
    {
        PathAndQuery(_hub.Services.Where(s => ServiceLifecycle.Created == s.Lifecycle).ToRequest())
            .Should().Be("/qc-catalog/services?lifecycle=CREATED");
    }

    [Fact]
    public void Where_MemberOfCapturedObject_IsEvaluated()
    {
        var settings = new { Wanted = ServiceLifecycle.Published };
        PathAndQuery(_hub.Services.Where(s => s.Lifecycle == settings.Wanted).ToRequest())
            .Should().Be("/qc-catalog/services?lifecycle=PUBLISHED");
    }

    [Fact]
    public void Where_UnknownEnumValue_IsSentAsIs()
    {
        var archived = ServiceLifecycle.FromValue("ARCHIVED");
        PathAndQuery(_hub.Services.Where(s => s.Lifecycle == archived).ToRequest())
            .Should().Be("/qc-catalog/services?lifecycle=ARCHIVED");
    }

    [Fact]
    public void Where_ContainsOnSearchMember_BecomesSearchAndIsEscaped()
    {
        var text = "qubo & friends";
        PathAndQuery(_hub.DataPools.Where(d => d.Name!.Contains(text)).ToRequest())
            .Should().Be("/qc-catalog/datapools?search=qubo%20%26%20friends");
    }

    [Fact]
    public void OrderBy_ThenBy_BecomeRepeatedSortParametersInOrder()
    {
        var request = _hub.Services
            .Where(s => s.Lifecycle == ServiceLifecycle.Published)
            .OrderBy(s => s.Name)
            .ThenByDescending(s => s.CreatedAt)
            .Page(1, 50)
            .ToRequest();

        PathAndQuery(request).Should().Be("/qc-catalog/services?lifecycle=PUBLISHED&sort=name,asc&sort=createdAt,desc&page=1&size=50");
    }

    [Fact]
    public void OrderBy_AfterAnotherOrderBy_ReplacesIt()
    {
        PathAndQuery(_hub.Services.OrderBy(s => s.Name).OrderByDescending(s => s.CreatedAt).ToRequest())
            .Should().Be("/qc-catalog/services?sort=createdAt,desc");
        PathAndQuery(_hub.Services.OrderByDescending(s => s.Name).ThenBy(s => s.CreatedAt).ToRequest())
            .Should().Be("/qc-catalog/services?sort=name,desc&sort=createdAt,asc");
    }

    [Fact]
    public void Queries_AreImmutable_SoAPartialQueryCanBeReused()
    {
        var published = _hub.Services.InOrg("org-1").Where(s => s.Lifecycle == ServiceLifecycle.Published);

        var first = published.Page(0, 10);
        var sorted = published.OrderBy(s => s.Name);

        PathAndQuery(published.ToRequest()).Should().Be("/qc-catalog/services?lifecycle=PUBLISHED");
        PathAndQuery(first.ToRequest()).Should().Be("/qc-catalog/services?lifecycle=PUBLISHED&page=0&size=10");
        PathAndQuery(sorted.ToRequest()).Should().Be("/qc-catalog/services?lifecycle=PUBLISHED&sort=name,asc");
    }

    [Fact]
    public void ToString_ShowsTheRequestLine()
    {
        _hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(2, 5).ToString()
            .Should().Be("GET /services?lifecycle=PUBLISHED&page=2&size=5");
    }

    [Fact]
    public void Where_MemberNotFilterable_ThrowsNamingTheSupportedFilters()
    {
        var act = () => _hub.Services.Where(s => s.Name == "x");

        act.Should().Throw<NotSupportedException>()
            .Which.Message.Should().Contain("'Name' is not filterable").And.Contain("ServicesList supports: x.Lifecycle == value");
    }

    [Fact]
    public void Where_Untranslatable_PrintsTheExpressionAsItsAuthorWroteIt()
    {
        var name = "qaoa";
        var length = () => _hub.DataPools.Where(d => d.Name!.Length > 3);
        var captured = () => _hub.Services.Where(s => s.Name == name && s.Lifecycle == ServiceLifecycle.Published);
        var sort = () => _hub.Services.OrderBy(s => s.Name!.Length);

        length.Should().Throw<NotSupportedException>().Which.Message.Should().StartWith("Where(d => d.Name.Length > 3) cannot be sent");
        captured.Should().Throw<NotSupportedException>().Which.Message.Should()
            .StartWith("Where(s => (s.Name == name) && (s.Lifecycle == ServiceLifecycle.Published)) cannot be sent").And.NotContain("DisplayClass");
        sort.Should().Throw<NotSupportedException>().Which.Message.Should().StartWith("OrderBy(s => s.Name.Length) cannot be sent");
    }

    [Fact]
    public void Where_SearchMemberComparedWithEquals_ThrowsSayingHowItIsFiltered()
    {
        var act = () => _hub.DataPools.Where(d => d.Name == "x");

        act.Should().Throw<NotSupportedException>()
            .Which.Message.Should().Contain("filtered with .Contains(...)").And.Contain("x.Name.Contains(value)");
    }

    [Fact]
    public void Where_ContainsOnAnEqualsFilter_Throws()
    {
        var act = () => _hub.Services.Where(s => s.Lifecycle!.Value.Value.Contains("PUB"));

        act.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("x.Lifecycle == value");
    }

    [Fact]
    public void Where_NotEqualOrOr_Throws()
    {
        var notEqual = () => _hub.Services.Where(s => s.Lifecycle != ServiceLifecycle.Published);
        var or = () => _hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published || s.Lifecycle == ServiceLifecycle.Created);

        notEqual.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("never filters on the client");
        or.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Where_ValueNeedingACall_ThrowsAskingForALocal()
    {
        var act = () => _hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.FromValue("PUBLISHED"));

        act.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("assign anything else to a local first");
    }

    [Fact]
    public void Where_NullValue_ThrowsAskingToLeaveTheFilterOut()
    {
        ServiceLifecycle? none = null;
        var act = () => _hub.Services.Where(s => s.Lifecycle == none);

        act.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("leave the filter out");
    }

    [Fact]
    public void Where_SameFilterTwice_Throws()
    {
        var inOneLambda = () => _hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published && s.Lifecycle == ServiceLifecycle.Created);
        var acrossCalls = () => _hub.Services.Where(s => s.Lifecycle == ServiceLifecycle.Published).Where(s => s.Lifecycle == ServiceLifecycle.Created);

        inOneLambda.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("more than once");
        acrossCalls.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("more than once");
    }

    [Fact]
    public void Where_OnEndpointWithoutFilters_ThrowsSayingSo()
    {
        var act = () => _hub.Applications.Where(a => a.Name == "x");

        act.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("ApplicationsList supports no filters");
    }

    [Fact]
    public void OrderBy_MemberNotSortable_ThrowsNamingTheSortableMembers()
    {
        var notDeclared = () => _hub.Services.OrderBy(s => s.Lifecycle);
        var computed = () => _hub.Services.OrderBy(s => s.Name!.Length);

        notDeclared.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("ServicesList sorts by: Name, CreatedAt");
        computed.Should().Throw<NotSupportedException>().Which.Message.Should().Contain("only a plain member");
    }

    [Theory]
    [InlineData(-1, 20, "page")]
    [InlineData(0, 0, "size")]
    [InlineData(0, 2001, "size")]
    public void Page_OutOfRange_ThrowsNamingTheAcceptedRange(int page, int size, string parameter)
    {
        var act = () => _hub.Services.Page(page, size);

        var error = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        error.ParamName.Should().Be(parameter);
        error.Message.Should().Contain(parameter == "page" ? "start at 0" : "from 1 to 2000");
    }

    [Fact]
    public void Page_AtTheLimits_IsAccepted()
    {
        PathAndQuery(_hub.Services.Page(0, 1).ToRequest()).Should().EndWith("page=0&size=1");
        PathAndQuery(_hub.Services.Page(7, 2000).ToRequest()).Should().EndWith("page=7&size=2000");
    }

    [Fact]
    public async Task RejectedQueries_SendNothing()
    {
        var attempts = new Action[]
        {
            () => _hub.Services.Where(s => s.Name == "x"),
            () => _hub.Services.OrderBy(s => s.Lifecycle),
            () => _hub.Services.Page(-1, 10),
            () => _hub.Services.Get(" "),
        };
        foreach (var attempt in attempts)
        {
            attempt.Should().Throw<Exception>();
        }
        await Task.Yield();
        _handler.Requests.Should().BeEmpty();
    }
}
