namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>Bad input to the admin API gets a clear 400 or 404 with errorMessage, and changes no state.</summary>
public sealed class BadAdminInputTests : FakeHubTest
{
    public static TheoryData<string, string, string?, HttpStatusCode, string> Cases => new()
    {
        { "POST", "reset?tenant=", null, HttpStatusCode.BadRequest, "'tenant' must be one tenant id" },
        { "POST", "reset?tenant=a&tenant=b", null, HttpStatusCode.BadRequest, "'tenant' must be one tenant id" },
        { "POST", "reset?tenant=no-such-tenant", null, HttpStatusCode.NotFound, "There is no tenant 'no-such-tenant'" },
        { "PUT", "snapshots/bad%20name", null, HttpStatusCode.BadRequest, "Snapshot name 'bad name' must be" },
        { "PUT", "snapshots/" + new string('x', 65), null, HttpStatusCode.BadRequest, "1 to 64" },
        { "POST", "snapshots/missing/restore", null, HttpStatusCode.NotFound, "There is no snapshot named 'missing'. Saved snapshots: kept" },
        { "DELETE", "snapshots/missing", null, HttpStatusCode.NotFound, "no snapshot named 'missing'" },
        { "POST", "tenants", "not json", HttpStatusCode.BadRequest, "must be a JSON object such as" },
        { "POST", "tenants", "", HttpStatusCode.BadRequest, "must be a JSON object such as" },
        { "POST", "tenants", "null", HttpStatusCode.BadRequest, "not null" },
        { "POST", "tenants", """{"members":[]}""", HttpStatusCode.BadRequest, "at least one member" },
        { "POST", "tenants", """{"members":[{"role":"ADMIN"}]}""", HttpStatusCode.BadRequest, "'ADMIN' is not one of OWNER, MAINTAINER, VIEWER" },
        { "POST", "tenants", """{"members":[{"username":"x"}]}""", HttpStatusCode.BadRequest, "needs a 'role'" },
        { "POST", "tenants", """{"members":[{"username":"no spaces","role":"OWNER"}]}""", HttpStatusCode.BadRequest, "letters, digits" },
        { "POST", "tenants", """{"name":"  "}""", HttpStatusCode.BadRequest, "'name' must be 1 to 255" },
        { "POST", "tenants", """{"nmae":"typo"}""", HttpStatusCode.BadRequest, "nmae" },
        { "DELETE", "tenants/no-such-tenant", null, HttpStatusCode.NotFound, "There is no tenant" },
        { "GET", "journal?route=NoSuchRoute", null, HttpStatusCode.BadRequest, "'route' must be one catalog route" },
        { "GET", "journal?limit=0", null, HttpStatusCode.BadRequest, "'limit' must be a whole number of 1 or more" },
        { "GET", "journal?limit=abc", null, HttpStatusCode.BadRequest, "got 'abc'" },
        { "GET", "journal?tenant=", null, HttpStatusCode.BadRequest, "'tenant' must be one tenant id" },
        { "POST", "faults", "{}", HttpStatusCode.BadRequest, "needs an effect" },
        { "POST", "faults", """{"route":"NoSuchRoute","status":503}""", HttpStatusCode.BadRequest, "'NoSuchRoute' matches no catalog endpoint" },
        { "POST", "faults", """{"status":200}""", HttpStatusCode.BadRequest, "400 to 599, got 200" },
        { "POST", "faults", """{"status":503,"drop":true}""", HttpStatusCode.BadRequest, "cannot both" },
        { "POST", "faults", """{"retryAfterSeconds":1,"latencyMs":5}""", HttpStatusCode.BadRequest, "give a 'status' too" },
        { "POST", "faults", """{"status":503,"retryAfterSeconds":-1}""", HttpStatusCode.BadRequest, "0 or more, got -1" },
        { "POST", "faults", """{"latencyMs":100,"latencyMaxMs":50}""", HttpStatusCode.BadRequest, "'latencyMaxMs' must be from" },
        { "POST", "faults", """{"status":500,"latencyMaxMs":50}""", HttpStatusCode.BadRequest, "give 'latencyMs'" },
        { "POST", "faults", """{"status":500,"times":0}""", HttpStatusCode.BadRequest, "'times' must be 1 or more" },
        { "POST", "faults", """{"status":500,"after":-1}""", HttpStatusCode.BadRequest, "'after' must be 0 or more" },
        { "POST", "faults", """{"status":500,"probability":0}""", HttpStatusCode.BadRequest, "'probability' must be above 0" },
        { "POST", "faults", """{"status":500,"probability":1.5}""", HttpStatusCode.BadRequest, "got 1.5" },
        { "POST", "faults", """{"statusCode":503}""", HttpStatusCode.BadRequest, "statusCode" },
        { "POST", "faults", """{"status":true}""", HttpStatusCode.BadRequest, "must be a JSON object such as" },
        { "POST", "faults", """{"route":"GET /services"}""", HttpStatusCode.BadRequest, "needs an effect" },
        { "DELETE", "faults/fault-99", null, HttpStatusCode.NotFound, "There is no fault 'fault-99'" },
        { "GET", "no-such-admin-route", null, HttpStatusCode.NotFound, "The admin routes are:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_admin_input_is_a_clear_error_and_changes_nothing(string method, string path, string? body, HttpStatusCode status, string expected)
    {
        Hub.SaveSnapshot("kept");
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesGet) with { Status = 500 });
        using (await Http.FetchAsync("my/accounts")) { }
        var fingerprint = Hub.Store.Fingerprint();
        var journal = Hub.Journal.Entries;

        using var response = await Hub.AdminAsync(new HttpMethod(method), path, body);

        var error = await response.ReadAdminErrorAsync(status);
        error.ErrorMessage.Should().Contain(expected);
        Hub.Store.Fingerprint().Should().Be(fingerprint);
        Hub.Store.Snapshots().Select(s => s.Name).Should().Equal("kept");
        Hub.Faults.List().Should().ContainSingle().Which.Hits.Should().Be(0);
        Hub.Journal.Entries.Should().Equal(journal);
    }

    [Fact]
    public void Bad_input_from_CSharp_throws_and_changes_nothing()
    {
        var fingerprint = Hub.Store.Fingerprint();

        FluentActions.Invoking(() => Hub.Reset("no-such-tenant")).Should().Throw<KeyNotFoundException>().WithMessage("*no tenant*");
        FluentActions.Invoking(() => Hub.SaveSnapshot("bad name")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Hub.RestoreSnapshot("missing")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => Hub.CreateTenant(new PermissionRole("ADMIN"))).Should().Throw<ArgumentException>().WithMessage("*ADMIN*");
        FluentActions.Invoking(() => Hub.Journal.ForTenant("")).Should().Throw<ArgumentException>();
        Hub.Store.Fingerprint().Should().Be(fingerprint);
    }

    [Fact]
    public async Task Seeded_tenants_cannot_be_removed()
    {
        var fingerprint = Hub.Store.Fingerprint();

        using var organization = await Hub.AdminAsync(HttpMethod.Delete, $"tenants/{Hub.DemoOrganizationId}");
        using var personal = await Hub.AdminAsync(HttpMethod.Delete, $"tenants/{Hub.DemoUserId}");

        (await organization.ReadAdminErrorAsync(HttpStatusCode.BadRequest)).ErrorMessage.Should().Contain("part of the seed").And.Contain("reset it instead");
        await personal.ReadAdminErrorAsync(HttpStatusCode.BadRequest);
        Hub.Store.Fingerprint().Should().Be(fingerprint);
    }
}

public sealed class AdminKeyTests : FakeHubTest
{
    internal override FakeHubOptions Options => new() { AdminKey = "s3cret" };

    [Theory]
    [InlineData(null, "needs the admin key in the X-Admin-Key header")]
    [InlineData("wrong", "does not hold the admin key")]
    public async Task Without_the_right_key_the_admin_API_answers_401_and_does_nothing(string? key, string expected)
    {
        var fingerprint = Hub.Store.Fingerprint();
        using (var client = Hub.CreateClient())
        {
            await client.Applications.CreateAsync(new CreateApplicationRequest { Name = "x" });
        }
        var changed = Hub.Store.Fingerprint();

        using var response = await Hub.AdminAsync(HttpMethod.Post, "reset", key: key);

        (await response.ReadAdminErrorAsync(HttpStatusCode.Unauthorized)).ErrorMessage.Should().Contain(expected);
        Hub.Store.Fingerprint().Should().Be(changed).And.NotBe(fingerprint);
    }

    [Fact]
    public async Task With_the_key_the_admin_API_works_and_the_catalog_API_does_not_need_it()
    {
        using var response = await Hub.AdminAsync(HttpMethod.Get, "seed", key: "s3cret");
        using var catalog = await Http.FetchAsync("my/accounts");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        catalog.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
