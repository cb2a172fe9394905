using System.Text.Json;

namespace KipuHub.FakeServer.Tests.Journal;

public sealed class JournalTests : FakeHubTest
{
    [Fact]
    public async Task Every_request_is_recorded_with_method_path_query_tenant_principal_status_duration_and_sizes()
    {
        using var listed = await Http.FetchAsync("services?page=1&size=5&sort=name,desc", Hub.DemoOrganizationId);
        using var created = await Http.SendAsync(HttpMethod.Post, "v2/applications", content: HubHttp.Json("""{"name":"journaled"}"""));

        var entries = Hub.Journal.Entries;
        entries.Should().HaveCount(2);
        var list = entries[0];
        list.Sequence.Should().Be(1);
        list.Method.Should().Be("GET");
        list.Path.Should().Be("/qc-catalog/services");
        list.Query.Should().Be("page=1&size=5&sort=name,desc");
        list.QueryValues("sort").Should().Equal("name,desc");
        list.Route.Should().Be(nameof(HubCatalog.ServicesList));
        list.TenantId.Should().Be(Hub.DemoOrganizationId);
        list.PrincipalId.Should().Be(Hub.DemoUserId);
        list.Principal.Should().Be("demo");
        list.Status.Should().Be(200);
        list.Page.Should().Be(1);
        list.Size.Should().Be(5);
        list.DurationMs.Should().BePositive();
        list.ResponseBytes.Should().Be((await listed.Content.ReadAsByteArrayAsync()).Length);
        list.Timestamp.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var create = entries[1];
        create.Route.Should().Be(nameof(HubCatalog.ApplicationsCreate));
        create.TenantId.Should().Be(Hub.DemoUserId, "no X-OrganizationId means the personal account");
        create.RequestBytes.Should().Be("""{"name":"journaled"}""".Length);
        create.Page.Should().BeNull("only paged endpoints have paging");
    }

    [Fact]
    public async Task Every_kind_of_answer_reaches_the_client_whole_and_is_journaled_with_its_size_before_it_arrives()
    {
        // Lists and errors hand their bytes to the journal; JSON, text and empty answers are written through its
        // buffer. Either way the entry is in the journal when the client has the answer, with the size it got.
        using var list = await Http.FetchAsync("services?page=0&size=3");
        using var created = await Http.SendAsync(HttpMethod.Post, "v2/applications", content: HubHttp.Json("""{"name":"sized"}"""));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var noRoute = await Http.FetchAsync("no/such/route");
        using var refused = await Http.FetchAsync("services?page=0&size=3", token: null);
        using var deleted = await Http.SendAsync(HttpMethod.Delete, $"v2/applications/{id}");
        HttpResponseMessage[] answers = [list, created, noRoute, refused, deleted];

        var entries = Hub.Journal.Entries;

        entries.Select(e => e.Status).Should().Equal(200, 200, 404, 401, 204);
        for (var i = 0; i < answers.Length; i++)
        {
            var body = await answers[i].Content.ReadAsByteArrayAsync();
            entries[i].ResponseBytes.Should().Be(body.Length, $"entry {i} ({entries[i]}) records what the client received");
            if (i < 4)
            {
                body.Should().NotBeEmpty();
                JsonDocument.Parse(body).Should().NotBeNull("the body arrives whole");
                // Held back until journaled, every answer is whole before it is sent, so it says its length rather
                // than going out in chunks (which costs a second send per answer).
                answers[i].Content.Headers.ContentLength.Should().Be(body.Length, $"entry {i} ({entries[i]}) states its length");
                answers[i].Headers.TransferEncodingChunked.Should().NotBe(true, $"entry {i} ({entries[i]}) is not chunked");
            }
        }
    }

    [Fact]
    public async Task Every_answer_names_the_seed_so_a_failure_can_be_reproduced()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { Seed = 7 });
        using var http = HubHttp.CreateClient(hub);

        using var ok = await http.FetchAsync("my/accounts");
        using var refused = await http.FetchAsync("my/accounts", token: null);

        ok.Headers.GetValues("X-KipuHub-Seed").Should().Equal("7");
        refused.Headers.GetValues("X-KipuHub-Seed").Should().Equal("7");
    }

    [Fact]
    public async Task The_token_is_never_stored_even_for_refused_requests()
    {
        using var ok = await Http.FetchAsync("my/accounts");
        using var bad = await Http.FetchAsync("my/accounts", token: "wrong-secret-token");
        using var foreign = await Http.FetchAsync("services", "not-my-org");
        using var admin = await Http.GetAsync(new Uri(Hub.AdminUrl + "/journal"));

        var json = JsonSerializer.Serialize(Hub.Journal.Entries);
        var overHttp = await admin.Content.ReadAsStringAsync();
        foreach (var text in new[] { json, overHttp })
        {
            text.Should().NotContain(FakeHubServer.DemoToken).And.NotContain("wrong-secret-token").And.NotContain("X-Auth-Token");
        }
        Hub.Journal.Entries.Select(e => e.Status).Should().Equal(200, 401, 403);
        Hub.Journal.Entries[1].PrincipalId.Should().BeNull();
        Hub.Journal.Entries[2].TenantId.Should().Be("not-my-org", "a refused organization is journaled under the id it asked for");
    }

    [Fact]
    public async Task The_journal_is_bounded_and_drops_the_oldest_first()
    {
        await using var hub = await FakeHubServer.StartAsync(new FakeHubOptions { JournalSize = 5 });
        using var http = HubHttp.CreateClient(hub);
        for (var i = 0; i < 8; i++)
        {
            using var _ = await http.FetchAsync($"services?page={i}&size=1");
        }

        hub.Journal.Capacity.Should().Be(5);
        hub.Journal.Entries.Select(e => e.Sequence).Should().Equal(4, 5, 6, 7, 8);
        hub.Journal.Entries.Select(e => e.Page).Should().Equal(3, 4, 5, 6, 7);
        using var admin = await http.GetAsync(new Uri(hub.AdminUrl + "/journal"));
        using var body = JsonDocument.Parse(await admin.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("capacity").GetInt32().Should().Be(5);
        body.RootElement.GetProperty("dropped").GetInt64().Should().Be(3);
        body.RootElement.GetProperty("entries").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task It_filters_by_tenant_and_route_in_CSharp_and_over_HTTP()
    {
        using (await Http.FetchAsync("services?page=0&size=20", Hub.DemoOrganizationId)) { }
        using (await Http.FetchAsync("services?page=0&size=20")) { }
        using (await Http.FetchAsync("v2/applications", Hub.DemoOrganizationId)) { }

        Hub.Journal.ForTenant(Hub.DemoOrganizationId).Entries.Should().HaveCount(2);
        Hub.Journal.ForRoute(HubCatalog.ServicesList).Entries.Should().HaveCount(2);
        Hub.Journal.ForTenant(Hub.DemoOrganizationId).ForRoute(HubCatalog.ServicesList).Entries.Should().ContainSingle();

        foreach (var route in new[] { "ServicesList", "GET%20/services", "/services" })
        {
            using var response = await Http.GetAsync(new Uri($"{Hub.AdminUrl}/journal?tenant={Hub.DemoOrganizationId}&route={route}"));
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var entries = body.RootElement.GetProperty("entries");
            entries.GetArrayLength().Should().Be(1, "route filter {0}", route);
            entries[0].GetProperty("route").GetString().Should().Be("ServicesList");
            entries[0].GetProperty("tenantId").GetString().Should().Be(Hub.DemoOrganizationId);
        }
        using var limited = await Http.GetAsync(new Uri($"{Hub.AdminUrl}/journal?limit=1"));
        using var last = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        last.RootElement.GetProperty("entries")[0].GetProperty("route").GetString().Should().Be("ApplicationsList", "limit keeps the newest");
    }

    [Fact]
    public async Task Typed_assertions_pass_on_the_calls_that_were_made()
    {
        using var client = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);
        await client.Services.Page(0, 20).ListAsync();
        await client.Services.Page(1, 20).ListAsync();

        Hub.Journal.ForTenant(Hub.DemoOrganizationId).ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20).Times(1);
        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).InTenant(Hub.DemoOrganizationId).WithStatus(200).Times(2);
        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).WithQuery("page", "1").Once().Page.Should().Be(1);
        Hub.Journal.ShouldNotHaveCalled(HubCatalog.ApplicationsList);
        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).AtLeast(1);
    }

    [Fact]
    public async Task A_failed_assertion_says_what_was_expected_and_lists_the_closest_recorded_requests()
    {
        using (await Http.FetchAsync("services?page=1&size=20", Hub.DemoOrganizationId)) { }
        using (await Http.FetchAsync("v2/applications")) { }

        var act = () => Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20).InTenant(Hub.DemoOrganizationId).Times(1);

        var message = act.Should().Throw<JournalAssertionException>().Which.Message;
        // The chain fails at its first step that no call meets, WithPage here, and says so.
        message.Should().StartWith("Expected at least 1 call to GET /services (HubCatalog.ServicesList) with page 0 and size 20, but found 0")
            .And.Contain("but found 0 among 2 recorded requests")
            .And.Contain("Closest recorded requests:");
        var lines = message.Split('\n').Select(l => l.Trim()).ToList();
        var closest = lines.IndexOf("Closest recorded requests:");
        lines[closest + 1].Should().StartWith("#1 GET /qc-catalog/services?page=1&size=20 -> 200").And.EndWith("differs: page 1 and size 20");
        lines[closest + 2].Should().StartWith("#2 GET /qc-catalog/v2/applications").And.Contain("route ApplicationsList");
    }

    [Fact]
    public async Task Every_step_of_a_chain_asserts_so_a_chain_without_a_count_still_fails()
    {
        using (await Http.FetchAsync("services?page=0&size=20", Hub.DemoOrganizationId)) { }

        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20);
        FluentActions.Invoking(() => Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).WithQuery("lifecycle", "PUBLISHED"))
            .Should().Throw<JournalAssertionException>().WithMessage("Expected at least 1 call to GET /services*with lifecycle=PUBLISHED, but found 0*differs: no lifecycle*");
        FluentActions.Invoking(() => Hub.Journal.ShouldHaveCalled(HubCatalog.ApplicationsList))
            .Should().Throw<JournalAssertionException>().WithMessage("Expected at least 1 call to GET /v2/applications*");
    }

    [Fact]
    public async Task ShouldNotHaveCalled_fails_listing_the_calls_it_found()
    {
        using (await Http.FetchAsync("services?page=0&size=20", Hub.DemoOrganizationId)) { }

        Hub.Journal.ForTenant("someone-else").ShouldNotHaveCalled(HubCatalog.ServicesList);
        FluentActions.Invoking(() => Hub.Journal.ShouldNotHaveCalled(HubCatalog.ServicesList))
            .Should().Throw<JournalAssertionException>().WithMessage("Expected no calls to GET /services*but found 1*Matching requests:*GET /qc-catalog/services?page=0&size=20*");
    }

    [Fact]
    public void A_failed_assertion_on_an_empty_journal_says_so()
    {
        var act = () => Hub.Journal.ForTenant("x").ShouldHaveCalled(HubCatalog.ServicesList).Once();

        act.Should().Throw<JournalAssertionException>().WithMessage("*among the 0 requests of tenant 'x'*holds no requests*");
    }

    [Fact]
    public async Task Clearing_empties_the_journal_and_numbering_continues()
    {
        using (await Http.FetchAsync("my/accounts")) { }
        Hub.Journal.Clear();
        using (await Http.FetchAsync("my/accounts")) { }

        Hub.Journal.Entries.Single().Sequence.Should().Be(2);
        using var cleared = await Http.DeleteAsync(new Uri(Hub.AdminUrl + "/journal"));
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
        Hub.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_paths_are_journaled_without_a_route_and_admin_calls_are_not_journaled()
    {
        using (await Http.FetchAsync("no-such-thing")) { }
        using (await Http.GetAsync(new Uri(Hub.AdminUrl + "/seed"))) { }

        var entry = Hub.Journal.Entries.Single();
        entry.Route.Should().BeNull();
        entry.Status.Should().Be(404);
    }
}
