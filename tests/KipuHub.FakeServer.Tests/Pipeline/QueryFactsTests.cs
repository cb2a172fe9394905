using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Pipeline;
using Microsoft.AspNetCore.Http;

namespace KipuHub.FakeServer.Tests.Pipeline;

/// <summary>
/// A query string's facts are worked out once per endpoint and then shared. Sharing must never change an answer:
/// the remembered facts equal fresh ones, and a repeated request is refused, diagnosed and journaled as the first was.
/// </summary>
public sealed class QueryFactsTests : FakeHubTest
{
    internal override FakeHubOptions Options => new() { RequireOrganization = true };

    [Fact]
    public void Remembered_facts_equal_the_facts_worked_out_afresh_for_every_endpoint_and_query()
    {
        var random = new Random(20261203);
        string[] names = ["page", "size", "sort", "lifecycle", "Page", "token", "x"];
        string[] values = ["0", "3", "20", "-1", "5000", "x", "name,asc", "name,sideways", "a b", "", "PUBLISHED", "secret"];
        var endpoints = HubCatalog.All.Where(e => e.Method == HttpMethod.Get).ToList();
        for (var i = 0; i < 3_000; i++)
        {
            var endpoint = endpoints[random.Next(endpoints.Count)];
            var pairs = Enumerable.Range(0, random.Next(0, 5)).Select(_ => $"{names[random.Next(names.Length)]}={values[random.Next(values.Length)]}");
            var query = new QueryString("?" + string.Join("&", pairs));

            var first = QueryFacts.Of(endpoint, Request(query));
            var again = QueryFacts.Of(endpoint, Request(query));

            var fresh = HubQuery.Parse(endpoint, Request(query).Query);
            foreach (var facts in new[] { first, again })
            {
                facts.Parsed.Failure?.Message.Should().Be(fresh.Failure?.Message, $"{endpoint.Id}{query} is refused as when parsed afresh");
                if (fresh.Value is { } parsed)
                {
                    facts.Parsed.Value!.Page.Should().Be(parsed.Page);
                    facts.Parsed.Value.Size.Should().Be(parsed.Size);
                    facts.Parsed.Value.ArrangementKey.Should().Be(parsed.ArrangementKey, $"{endpoint.Id}{query} sorts and filters as parsed afresh");
                }
                facts.Findings.Select(d => d.ToString()).Should().Equal(StrictRules.QueryFindings(endpoint, Request(query).Query).Select(d => d.ToString()));
                facts.Recorded.Should().Be(QueryRedaction.Of(query, endpoint));
            }
        }
    }

    [Fact]
    public async Task A_repeated_request_is_diagnosed_and_journaled_each_time_with_its_secret_hidden()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await Http.FetchAsync("services?page=0&size=5000&token=hunter2");
            response.Headers.GetValues("X-KipuHub-Diagnostic").Select(v => v.Split(' ')[0]).Should().Equal("KH0001", "KH0004");
        }
        using var scoped = await Http.FetchAsync("services?page=0&size=5000&token=hunter2", Hub.DemoOrganizationId);
        scoped.Headers.GetValues("X-KipuHub-Diagnostic").Select(v => v.Split(' ')[0]).Should().Equal(["KH0004"], "the organization rule depends on the call, not on its query");

        var entries = Hub.Journal.Entries;
        entries.Should().HaveCount(4);
        entries.Should().AllSatisfy(e => e.Query.Should().Be("page=0&size=5000&token=***"));
        entries.Select(e => e.Diagnostics.Count).Should().Equal(2, 2, 2, 1);
    }

    [Fact]
    public async Task A_repeated_bad_query_is_refused_each_time_and_a_good_one_after_it_is_served()
    {
        for (var i = 0; i < 2; i++)
        {
            using var refused = await Http.FetchAsync("services?page=-1&size=5", Hub.DemoOrganizationId);
            (await refused.ReadErrorAsync(HttpStatusCode.BadRequest)).ErrorMessage.Should().Contain("'page' must be 0 or more");
        }

        using var served = await Http.FetchAsync("services?page=0&size=5", Hub.DemoOrganizationId);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.ReadJsonAsync<PageEnvelope<ServiceOverview>>()).Size.Should().Be(5);
    }

    private static HttpRequest Request(QueryString query) => new DefaultHttpContext { Request = { QueryString = query } }.Request;
}
