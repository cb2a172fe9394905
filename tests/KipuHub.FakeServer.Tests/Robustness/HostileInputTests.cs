using System.Text.Json;
using KipuHub.FakeServer.Hosting;
using KipuHub.FakeServer.Tests.Admin;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// The defects a hostile review found, one test per class of defect: each would have failed before its fix. The
/// contract-driven fuzz suite (<see cref="RouteFuzzTests"/>) covers the same classes on every route.
/// </summary>
public sealed class HostileInputTests : FakeHubTest
{
    private string Org => Hub.DemoOrganizationId;

    private string Lab => Hub.ViewerOrganizationId;

    [Theory]
    [InlineData("""{"industryUuids":[null]}""", "industryUuids[0]")]
    [InlineData("""{"industryUuids":["x",null]}""", "industryUuids[1]")]
    public async Task A_null_element_in_an_array_is_422_and_stores_nothing_that_breaks_later_reads(string body, string field)
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Published, BuildStatus.Success);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
            () => Http.SendAsync(HttpMethod.Put, service.VersionPath(), organizationId: Org, content: HubHttp.Json(body)), "v2/apis");

        error.ErrorMessage.Should().Contain($"'{field}'").And.Contain("null");
        foreach (var path in new[] { $"services/{service.Id}", service.VersionPath(), service.VersionPath() + "/subscriptions" })
        {
            using var read = await Http.FetchAsync(path, Org);
            read.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task A_tenant_reset_then_deleting_the_service_leaves_no_subscription_pointing_at_nothing()
    {
        // Alice publishes a CREATED service of the lab; the demo user's personal application subscribes to it.
        var created = await Http.ServiceAsync(Lab, ServiceLifecycle.Created, BuildStatus.Success, Tokens.Alice);
        using (var publish = await Http.SendAsync(HttpMethod.Post, created.VersionPath() + "/publish", Tokens.Alice, Lab))
        {
            publish.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        var application = await Http.CreateApplicationAsync("subscriber");
        var subscription = await Http.SubscribeAsync(application.Id, created.Id);

        Hub.Reset(Lab);
        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"services/{created.Id}", Tokens.Alice, Lab))
        {
            delete.StatusCode.Should().Be(HttpStatusCode.NoContent, "the reset made the service CREATED again, so it may be deleted");
        }

        using var list = await Http.FetchAsync($"v2/applications/{application.Id}/subscriptions");
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        (await list.ReadJsonAsync<IReadOnlyList<Subscription>>()).Should().BeEmpty();
        using var gone = await Http.FetchAsync($"subscriptions/{subscription.Id}");
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound, "the subscription went with the service it pointed at");
    }

    [Theory]
    [InlineData("text/plain; charset=ü")]
    [InlineData("application/\u0001json")]
    [InlineData("not a media type")]
    public async Task An_upload_whose_part_type_could_not_be_sent_back_is_415(string partType)
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.TryAddWithoutValidation("Content-Type", partType);
        var content = new MultipartFormDataContent { { file, "file", "data.bin" } };

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnsupportedMediaType,
            () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: content));

        error.ErrorMessage.Should().Contain("Content-Type").And.Contain("type/subtype");
    }

    [Fact]
    public async Task The_tokens_of_created_tenants_are_random_while_their_ids_follow_the_seed()
    {
        await using var other = await FakeHubServer.StartAsync();

        using var here = Hub.CreateTenant(PermissionRole.Owner);
        using var there = other.CreateTenant(PermissionRole.Owner);

        here.Id.Should().Be(there.Id);
        here.Members[0].UserId.Should().Be(there.Members[0].UserId);
        here.Members[0].Token.Should().MatchRegex("^kqh_[0-9a-f]{64}$").And.NotBe(there.Members[0].Token);
    }

    [Fact]
    public async Task A_registry_password_is_stored_but_never_served_back()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Accessible, BuildStatus.Success);
        const string password = "ghp-hunter2-registry-secret";
        var body = $$$"""{"source":{"type":"RegistrySource","image":"ghcr.io/acme/solver","tag":"1.0","username":"bot","password":"{{{password}}}"}}""";

        using var update = await Http.SendAsync(HttpMethod.Put, service.VersionPath(), organizationId: Org, content: HubHttp.Json(body));

        update.StatusCode.Should().Be(HttpStatusCode.OK);
        (await update.Content.ReadAsStringAsync()).Should().NotContain(password).And.Contain("ghcr.io/acme/solver");
        foreach (var path in new[] { service.VersionPath(), $"services/{service.Id}", $"services/{service.Id}/versions" })
        {
            foreach (var token in new[] { Tokens.Demo, Tokens.Alice })
            {
                using var read = await Http.FetchAsync(path, Org, token);
                (await read.Content.ReadAsStringAsync()).Should().NotContain(password, $"{path} read by {token}");
            }
        }
    }

    [Fact]
    public async Task A_multipart_boundary_longer_than_RFC_2046_allows_is_400()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];
        var content = HubHttp.FileUpload([1, 2, 3], "a.bin");
        content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value = new string('b', 4089);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest, () => Http.SendAsync(HttpMethod.Post, $"datapools/{pool.Id}/files", content: content));

        error.ErrorMessage.Should().Contain("boundary").And.Contain("70");
    }

    [Fact]
    public async Task A_huge_value_is_refused_with_a_short_message_that_quotes_at_most_200_characters()
    {
        // Kestrel itself answers a request line over 8 KiB with 414, before any middleware: the longest value a query can carry is below that.
        var huge = new string('x', 7_000);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.FetchAsync($"services?lifecycle={huge}", Org));

        error.ErrorMessage!.Length.Should().BeLessThan(600);
        error.ErrorMessage.Should().Contain("7000 characters");
    }

    [Fact]
    public async Task A_string_longer_than_any_field_takes_is_422_and_a_body_over_one_MiB_is_413()
    {
        var pool = (await Http.GetJsonAsync<IReadOnlyList<DataPool>>("datapools"))[0];

        var tooLong = await ExpectErrorWithoutChangeAsync(HttpStatusCode.UnprocessableEntity,
            () => Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", content: HubHttp.Json($$"""{"description":"{{new string('d', 10_001)}}"}""")));
        await ExpectErrorWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge,
            () => Http.SendAsync(HttpMethod.Put, $"datapools/{pool.Id}", content: HubHttp.Json($$"""{"description":"{{new string('d', 25_000_000)}}"}""")));

        tooLong.ErrorMessage.Should().Contain("'description'").And.Contain("10000");
    }

    [Theory]
    [InlineData("""{"description":"ok","ignored":"\udc00"}""")]
    [InlineData("""{"description":"ok","ignored":"\ud800x"}""")]
    public async Task A_lone_surrogate_even_in_an_ignored_property_is_400(string body)
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);

        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Put, service.VersionPath(), organizationId: Org, content: HubHttp.Json(body)));

        error.ErrorMessage.Should().Contain("surrogate");
    }

    [Fact]
    public async Task Invalid_UTF8_even_in_an_ignored_property_is_400()
    {
        var service = await Http.ServiceAsync(Org, ServiceLifecycle.Created, BuildStatus.Success);
        byte[] body = [.. Encoding.UTF8.GetBytes("""{"description":"ok","ignored":" """.TrimEnd()), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await ExpectErrorWithoutChangeAsync(HttpStatusCode.BadRequest,
            () => Http.SendAsync(HttpMethod.Put, service.VersionPath(), organizationId: Org, content: content));
    }

    [Fact]
    public async Task A_401_names_no_token()
    {
        using var response = await Http.SendAsync(HttpMethod.Get, "services", token: "wrong-token");

        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.Should().NotContain(Tokens.Demo).And.NotContain(Tokens.Alice).And.NotContain(Tokens.Bob).And.NotContain("wrong-token");
    }

    [Fact]
    public async Task A_token_sent_in_the_query_string_is_not_kept_in_the_journal()
    {
        using var response = await Http.FetchAsync($"services?page=0&size=5&X-Auth-Token={Tokens.Alice}&token={Tokens.Bob}");

        var entry = Hub.Journal.Entries.Last();

        entry.Query.Should().Be("page=0&size=5&X-Auth-Token=***&token=***");
        JsonSerializer.Serialize(Hub.Journal.Entries).Should().NotContain(Tokens.Alice).And.NotContain(Tokens.Bob);
    }

    [Fact]
    public async Task The_admin_API_takes_numbers_only_as_numbers()
    {
        using var response = await Hub.AdminAsync(HttpMethod.Post, "faults", """{"route":"GET /services","status":"503"}""");
        var error = await response.ReadAdminErrorAsync(HttpStatusCode.BadRequest);

        error.ErrorMessage.Should().Contain("status");
        Hub.Faults.List().Should().BeEmpty();
    }

    [Theory]
    [InlineData("--sed", "3", "--seed")]
    [InlineData("--stirct", null, "--strict")]
    [InlineData("--journalsize", "5", "--journal-size")]
    public void An_unknown_flag_stops_the_standalone_server_naming_it_and_the_flag_meant(string flag, string? value, string meant)
    {
        var (options, error) = FakeHubCommandLine.Parse(value is null ? [flag] : [flag, value]);

        options.Should().BeNull();
        error.Should().Contain($"'{flag}'").And.Contain($"did you mean {meant}").And.Contain("--upload-limit");
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--environment", "Development")]
    [InlineData("--Logging:LogLevel:Default=Warning", null)]
    public void The_hosts_own_options_pass_through(string flag, string? value)
    {
        var (options, error) = FakeHubCommandLine.Parse(value is null ? [flag, "--seed", "5"] : [flag, value, "--seed", "5"]);

        error.Should().BeNull();
        options!.Seed.Should().Be(5);
    }
}
