using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// git_integrations: the GitLab token is write-only (no answer, journal entry, message or ToString shows it), and every
/// bad create is a clear 4xx that changes nothing.
/// </summary>
public sealed class GitIntegrationsSecretsAndBadInputTests : FakeHubTest
{
    private const string Token = "glpat-SECRET-never-shown-7f3a";

    [Fact]
    public async Task TheToken_IsInNoAnswer_NoJournalEntry_AndNoToString()
    {
        using var http = RawClient();
        var body = $$"""{"provider":"GITLAB","name":"Secret keeper","token":"{{Token}}"}""";

        using var create = await http.PostAsync("git-integrations", new StringContent(body, Encoding.UTF8, "application/json"));
        var created = await create.Content.ReadAsStringAsync();
        create.StatusCode.Should().Be(HttpStatusCode.OK, created);
        var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("id").GetString()!;
        var get = await http.GetStringAsync($"git-integrations/{id}");
        var list = await http.GetStringAsync("git-integrations?page=0&size=2000");
        var duplicate = await http.PostAsync("git-integrations", new StringContent(body, Encoding.UTF8, "application/json"));

        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        foreach (var answer in new[] { created, get, list, await duplicate.Content.ReadAsStringAsync() })
        {
            answer.Should().NotContain(Token).And.NotContain("SECRET");
        }
        created.Should().Contain("\"hasToken\":true");
        list.Should().Contain(id);
        using var admin = new HttpClient();
        var journal = await admin.GetStringAsync(new Uri(Fake.AdminUrl.GetLeftPart(UriPartial.Authority) + "/_admin/journal?limit=1000"));
        journal.Should().Contain("git-integrations").And.NotContain(Token).And.NotContain("SECRET");
        Fake.Journal.Entries.Should().NotBeEmpty().And.OnlyContain(e => !e.ToString().Contains("SECRET") && !e.Query.Contains("SECRET"));
        var request = new CreateGitIntegrationRequest { Provider = GitProvider.GitLab, Name = "Secret keeper", Token = Token };
        request.ToString().Should().NotContain(Token);
        Hub.GitIntegrations.InOrg(Org).Create(request).ToString().Should().NotContain(Token);
    }

    public static TheoryData<string, string, string> BadCreates => new()
    {
        { """{"name":"x","installationId":1}""", "'provider'", "GITHUB, GITLAB" },
        { """{"provider":"BITBUCKET","name":"x","token":"glpat-SECRET-never-shown-7f3a"}""", "BITBUCKET", "GITHUB, GITLAB" },
        { """{"provider":"GITHUB","installationId":1}""", "'name'", "255" },
        { """{"provider":"GITHUB","name":"","installationId":1}""", "'name'", "255" },
        { """{"provider":"GITHUB","name":"   ","installationId":1}""", "'name'", "255" },
        { $$"""{"provider":"GITHUB","name":"{{new string('n', 256)}}","installationId":1}""", "'name'", "255" },
        { """{"provider":"GITHUB","name":"x"}""", "'installationId'", "positive" },
        { """{"provider":"GITHUB","name":"x","installationId":0}""", "'installationId'", "positive" },
        { """{"provider":"GITHUB","name":"x","installationId":-5}""", "'installationId'", "positive" },
        { """{"provider":"GITHUB","name":"x","installationId":1,"token":"glpat-SECRET-never-shown-7f3a"}""", "no 'token'", "installationId" },
        { """{"provider":"GITLAB","name":"x"}""", "'token'", "255" },
        { """{"provider":"GITLAB","name":"x","token":"  "}""", "'token'", "255" },
        { $$"""{"provider":"GITLAB","name":"x","token":"SECRET{{new string('t', 250)}}"}""", "'token'", "255" },
        { """{"provider":"GITLAB","name":"x","token":"glpat-SECRET-never-shown-7f3a","installationId":7}""", "no 'installationId'", "token" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Create_WithABadBody_Is422_NamingTheFieldAndWhatIsAccepted_WithoutTheToken(string body, string names, string accepts)
    {
        var error = await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, http => http.PostAsync("git-integrations", Json(body)));

        error.Should().Contain(names).And.Contain(accepts).And.NotContain("SECRET");
        error.Length.Should().BeLessThan(600, "a message quotes at most 200 characters of a value");
    }

    [Fact]
    public async Task Create_ADuplicateName_IgnoringCase_Is409_NamingTheExistingOne()
    {
        var existing = (await Hub.GitIntegrations.InOrg(Org).Page(0, 1).ListAsync()).Content[0];
        var request = new CreateGitIntegrationRequest { Provider = GitProvider.GitLab, Name = existing.Name!.ToUpperInvariant(), Token = Token };
        var before = Fake.Store.Fingerprint();

        var error = (await FluentActions.Awaiting(() => Hub.GitIntegrations.InOrg(Org).CreateAsync(request)).Should().ThrowAsync<ConflictException>()).Which;

        error.ErrorMessage.Should().Contain(existing.Id).And.Contain(existing.Name).And.NotContain(Token);
        error.ToString().Should().NotContain(Token);
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task RawRequests_Malformed_WrongTypes_WrongMediaType_AndBadQueries_AreRefused()
    {
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.PostAsync("git-integrations", Json("""{"provider": """)));
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.PostAsync("git-integrations", Json("""{"provider":"GITHUB","name":"x","installationId":"abc"}""")));
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.PostAsync("git-integrations", Json("""{"provider":"GITHUB","name":"x","installationId":1.5}""")));
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.PostAsync("git-integrations", Json("""{"provider":"GITLAB","name":"x","token":42}""")));
        await ExpectRefusedAsync(HttpStatusCode.UnsupportedMediaType,
            http => http.PostAsync("git-integrations", new StringContent("provider=GITHUB", Encoding.UTF8, "text/plain")));
        (await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.GetAsync("git-integrations?provider=BITBUCKET")))
            .Should().Contain("GITHUB, GITLAB");
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.GetAsync("git-integrations?page=0&size=20&sort=installationId,asc"));
        await ExpectRefusedAsync(HttpStatusCode.BadRequest, http => http.GetAsync("git-integrations?page=-1&size=20"));
    }

    [Fact]
    public async Task Create_WithoutABody_IsRefused_AndChangesNothing()
    {
        var before = Fake.Store.Fingerprint();
        using var http = RawClient();

        using var response = await http.PostAsync("git-integrations", null);

        ((int)response.StatusCode).Should().BeOneOf(400, 415);
        Fake.Store.Fingerprint().Should().Be(before);
    }

    private HttpClient RawClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Sends a raw request that must be refused with <paramref name="status"/>, proves nothing changed, and answers the error message.</summary>
    private async Task<string> ExpectRefusedAsync(HttpStatusCode status, Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var http = RawClient();
        var before = Fake.Store.Fingerprint();

        using var response = await send(http);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(status, body);
        body.Should().NotContain("SECRET", "no error answer quotes a token");
        Fake.Store.Fingerprint().Should().Be(before, "a refused request changes nothing");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errorMessage").GetString()!;
    }
}
