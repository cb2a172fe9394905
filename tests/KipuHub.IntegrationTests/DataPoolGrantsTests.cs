using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The data_pool_grants namespace, client against fake over loopback: a grant's token, sent as X-Auth-Token, opens one
/// pool's files (READ: list and download; WRITE: upload too) until it expires on the fake's clock or is revoked, and
/// nothing else; the token shows once, in the answer that issues it, and never in a list or the journal.
/// </summary>
public sealed class DataPoolGrantsTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";

    [Fact]
    public async Task WriteGrant_ListsDownloadsAndUploads_TheFilesOfItsPool()
    {
        var (pool, file) = await PoolWithFileAsync();
        var execution = await ExecutionIdAsync();

        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = execution, Permission = DataPoolPermission.Write, TtlSeconds = 600 });

        grant.Token.Should().NotBeNullOrWhiteSpace();
        grant.Should().BeEquivalentTo(new DataPoolGrant
        {
            Id = grant.Id, DataPoolId = pool.Id, ServiceExecutionId = execution, Permission = DataPoolPermission.Write,
            CreatedAt = grant.CreatedAt, CreatedBy = "demo", ExpiresAt = grant.CreatedAt!.Value.AddSeconds(600), Token = grant.Token,
        });
        grant.ToString().Should().NotContain(grant.Token);
        using var service = Fake.CreateClient(grant.Token!);
        var files = service.DataPools.Files(pool.Id);
        (await files.ListAsync()).Should().ContainSingle(f => f.Id == file.Id);
        var copy = new MemoryStream();
        await files.DownloadAsync(file.Id, copy);
        Encoding.UTF8.GetString(copy.ToArray()).Should().Be("x,y\n1,2\n");
        var written = await files.UploadAsync(new MemoryStream("{\"energy\":-1.5}"u8.ToArray()), "result.json", "application/json");
        (await Hub.DataPools.InOrg(Org).Files(pool.Id).ListAsync()).Should().Contain(f => f.Id == written.Id && f.Name == "result.json");
        Fake.Journal.Entries.Should().Contain(e => e.Principal == $"grant:{grant.Id}" && e.Route == "DataPoolFilesUpload" && e.Status == 200);
    }

    [Fact]
    public async Task ReadGrant_ListsAndDownloads_ButMayNotUpload()
    {
        var (pool, file) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Read });

        grant.ExpiresAt.Should().Be(grant.CreatedAt!.Value.AddSeconds(3600), "a grant lives an hour unless ttlSeconds says otherwise");
        using var service = Fake.CreateClient(grant.Token!);
        (await service.DataPools.Files(pool.Id).ListAsync()).Should().ContainSingle();
        await service.DataPools.Files(pool.Id).DownloadAsync(file.Id, new MemoryStream());
        var refused = await ExpectNothingChangedAsync<ForbiddenException>(() =>
            service.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1, 2]), "nope.bin"));
        refused.ErrorMessage.Should().Contain("READ").And.Contain("list and download").And.Contain(pool.Id).And.NotContain(grant.Token);
    }

    [Fact]
    public async Task Grant_OpensNothingElse_OtherPools_OtherEndpoints_OtherTenants()
    {
        var (pool, file) = await PoolWithFileAsync();
        var (other, _) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Write });
        using var service = Fake.CreateClient(grant.Token!);

        var otherPool = await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPools.Files(other.Id).ListAsync());
        otherPool.ErrorMessage.Should().Contain(pool.Id).And.Contain(other.Id);
        await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPools.Files(other.Id).UploadAsync(new MemoryStream([1]), "x.bin"));
        var services = await ExpectNothingChangedAsync<ForbiddenException>(() => service.Services.Page(0, 20).ListAsync());
        services.ErrorMessage.Should().Contain("GET /services").And.Contain($"GET /datapools/{pool.Id}/files");
        await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPools.GetAsync(pool.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPools.Files(pool.Id).DeleteAsync(file.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPoolGrants.Of(pool.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => service.DataPoolGrants.Of(pool.Id).DeleteAsync(grant.Id));
        // X-OrganizationId may be left out or name the pool's tenant; any other is refused.
        using var inOrg = Fake.CreateClient(grant.Token!, Org);
        (await inOrg.DataPools.Files(pool.Id).ListAsync()).Should().NotBeEmpty();
        using var elsewhere = Fake.CreateClient(grant.Token!, Fake.ViewerOrganizationId);
        await ExpectNothingChangedAsync<ForbiddenException>(() => elsewhere.DataPools.Files(pool.Id).ListAsync());
    }

    [Fact]
    public async Task Token_StopsWorking_WhenItExpiresOnTheFakesClock()
    {
        var (pool, _) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Read, TtlSeconds = 60 });
        using var service = Fake.CreateClient(grant.Token!);

        Fake.Clock.Advance(TimeSpan.FromSeconds(30));
        (await service.DataPools.Files(pool.Id).ListAsync()).Should().NotBeEmpty();
        Fake.Clock.SetUtcNow(grant.ExpiresAt!.Value);

        var expired = await ExpectNothingChangedAsync<UnauthorizedException>(() => service.DataPools.Files(pool.Id).ListAsync());
        expired.ErrorMessage.Should().Contain("expired").And.Contain(grant.Id).And.NotContain(grant.Token);
        (await Grants(pool.Id).ListAsync()).Content.Should().ContainSingle(g => g.Id == grant.Id, "an expired grant is still listed until revoked");
    }

    [Fact]
    public async Task Revoke_TakesEffectAtOnce_AndTheTokenIsRefused()
    {
        var (pool, _) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Write });
        using var service = Fake.CreateClient(grant.Token!);
        (await service.DataPools.Files(pool.Id).ListAsync()).Should().NotBeEmpty();

        await Grants(pool.Id).DeleteAsync(grant.Id);

        var revoked = await ExpectNothingChangedAsync<UnauthorizedException>(() => service.DataPools.Files(pool.Id).ListAsync());
        revoked.ErrorMessage.Should().Contain("revoked").And.NotContain(grant.Token);
        (await Grants(pool.Id).ListAsync()).Content.Should().BeEmpty();
        await ExpectNothingChangedAsync<NotFoundException>(() => Grants(pool.Id).DeleteAsync(grant.Id));
    }

    [Fact]
    public async Task DeletingThePool_DeletesItsGrants_AndTheirTokens()
    {
        var (pool, _) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Read });

        await Hub.DataPools.InOrg(Org).DeleteAsync(pool.Id);

        using var service = Fake.CreateClient(grant.Token!);
        (await ExpectNothingChangedAsync<UnauthorizedException>(() => service.DataPools.Files(pool.Id).ListAsync())).ErrorMessage.Should().Contain("revoked");
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("malformed")]
    public async Task TamperedOrMalformedToken_Is401Invalid_WithoutEchoingIt(string how)
    {
        var (pool, _) = await PoolWithFileAsync();
        var grant = await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Write });
        var parts = grant.Token!.Split('.');
        var token = how switch
        {
            "signature" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            // Another pool in the claims, the old signature: the signature no longer matches.
            "payload" => $"{parts[0]}.{Base64Url(Encoding.UTF8.GetString(FromBase64Url(parts[1])).Replace(pool.Id, Unknown, StringComparison.Ordinal))}.{parts[2]}",
            _ => "eyJhbGciOiJIUzI1NiJ9.not-json.x",
        };
        using var service = Fake.CreateClient(token);

        var invalid = await ExpectNothingChangedAsync<UnauthorizedException>(() => service.DataPools.Files(pool.Id).ListAsync());

        invalid.ErrorMessage.Should().Contain("invalid").And.NotContain(token).And.NotContain(parts[2]);
    }

    [Fact]
    public async Task Token_IsShownOnce_NeverInTheList_TheJournalOrAnError()
    {
        var (pool, _) = await PoolWithFileAsync();
        var execution = await ExecutionIdAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);

        var create = await http.PostAsync($"datapools/{pool.Id}/grants",
            new StringContent($$"""{"serviceExecutionId":"{{execution}}","permission":"READ"}""", Encoding.UTF8, "application/json"));
        var created = await create.Content.ReadAsStringAsync();
        create.StatusCode.Should().Be(HttpStatusCode.OK, created);
        var token = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("token").GetString()!;
        token.Split('.').Should().HaveCount(3, "the token is a JWT");

        using var raw = new HttpClient { BaseAddress = http.BaseAddress };
        raw.DefaultRequestHeaders.Add("X-Auth-Token", token);
        (await raw.GetAsync($"datapools/{pool.Id}/files")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await raw.GetAsync("services?page=0&size=20");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var list = await http.GetStringAsync($"datapools/{pool.Id}/grants?page=0&size=20");
        list.Should().Contain(execution).And.NotContain(token).And.NotContain("\"token\"");
        (await refused.Content.ReadAsStringAsync()).Should().NotContain(token);
        using var admin = new HttpClient();
        var journal = await admin.GetStringAsync(new Uri(Fake.AdminUrl.GetLeftPart(UriPartial.Authority) + "/_admin/journal?limit=1000"));
        journal.Should().Contain("grants").And.NotContain(token);
        Fake.Journal.Entries.Should().NotBeEmpty().And.OnlyContain(e => !e.ToString().Contains(token) && !e.Query.Contains(token));
    }

    [Fact]
    public async Task Roles_ViewerLists_MaintainerIssuesAndRevokes_NonMembersAndOtherTenantsAreRefused()
    {
        // Demo is VIEWER of Qubit Research Lab; alice is its OWNER and MAINTAINER of the demo organization.
        var lab = Fake.ViewerOrganizationId;
        using var alice = Fake.CreateClient("alice-token", lab);
        var labPool = (await alice.DataPools.ListAsync())[0];
        var labExecution = (await alice.ServiceExecutions.Page(0, 1).ListAsync()).Content[0].Id;
        var labGrant = await alice.DataPoolGrants.Of(labPool.Id).CreateAsync(new() { ServiceExecutionId = labExecution, Permission = DataPoolPermission.Read });
        using var viewer = Fake.CreateClient("demo-token", lab);

        (await viewer.DataPoolGrants.Of(labPool.Id).ListAsync()).Content.Should().ContainSingle(g => g.Id == labGrant.Id).Which.Token.Should().BeNull();
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.DataPoolGrants.Of(labPool.Id)
            .CreateAsync(new() { ServiceExecutionId = labExecution, Permission = DataPoolPermission.Read }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.DataPoolGrants.Of(labPool.Id).DeleteAsync(labGrant.Id));

        var (pool, _) = await PoolWithFileAsync();
        using var maintainer = Fake.CreateClient("alice-token", Org);
        var grant = await maintainer.DataPoolGrants.Of(pool.Id).CreateAsync(new() { ServiceExecutionId = await ExecutionIdAsync(), Permission = DataPoolPermission.Write });
        grant.CreatedBy.Should().Be("alice");
        await maintainer.DataPoolGrants.Of(pool.Id).DeleteAsync(grant.Id);
        (await Grants(pool.Id).ListAsync()).Content.Should().BeEmpty();

        using var bob = Fake.CreateClient("bob-token", Org);
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.DataPoolGrants.Of(pool.Id).ListAsync());
        using var bobAlone = Fake.CreateClient("bob-token");
        await ExpectNothingChangedAsync<NotFoundException>(() => bobAlone.DataPoolGrants.Of(pool.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => bobAlone.DataPoolGrants.Of(pool.Id)
            .CreateAsync(new() { ServiceExecutionId = Unknown, Permission = DataPoolPermission.Read }));
        // Another tenant's pool is 404 even to its own OWNER acting elsewhere; a grant of its pool is not found through another pool.
        await ExpectNothingChangedAsync<NotFoundException>(() => Grants(labPool.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => Grants(pool.Id).DeleteAsync(labGrant.Id));
    }

    [Fact]
    public async Task Execution_MustBeOneTheTenantCanSee()
    {
        var (pool, _) = await PoolWithFileAsync();
        using var alice = Fake.CreateClient("alice-token", Fake.ViewerOrganizationId);
        var labExecution = (await alice.ServiceExecutions.Page(0, 1).ListAsync()).Content[0].Id;

        foreach (var execution in new[] { Unknown, labExecution })
        {
            var missing = await ExpectNothingChangedAsync<NotFoundException>(() => Grants(pool.Id)
                .CreateAsync(new() { ServiceExecutionId = execution, Permission = DataPoolPermission.Read }));
            missing.ErrorMessage.Should().Contain(execution).And.Contain("GET /service-executions");
        }
        await ExpectNothingChangedAsync<NotFoundException>(() => Grants(Unknown)
            .CreateAsync(new() { ServiceExecutionId = labExecution, Permission = DataPoolPermission.Read }));
        // An execution made through one of the tenant's subscriptions counts too.
        var subscribed = await Hub.ServiceExecutions.InOrg(Org).Page(0, 100).AllAsync().FirstAsync(e => e.SubscriptionId != null);
        (await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = subscribed.Id, Permission = DataPoolPermission.Read }))
            .ServiceExecutionId.Should().Be(subscribed.Id);
    }

    public static TheoryData<string, string> BadCreates => new()
    {
        { """{"permission":"READ"}""", "'serviceExecutionId'" },
        { """{"serviceExecutionId":"  ","permission":"READ"}""", "'serviceExecutionId'" },
        { """{"serviceExecutionId":"EXECUTION"}""", "READ, WRITE" },
        { """{"serviceExecutionId":"EXECUTION","permission":"ADMIN"}""", "READ, WRITE" },
        { """{"serviceExecutionId":"EXECUTION","permission":"WRITE","ttlSeconds":0}""", "1 to 86400" },
        { """{"serviceExecutionId":"EXECUTION","permission":"WRITE","ttlSeconds":86401}""", "1 to 86400" },
        { """{"serviceExecutionId":"EXECUTION","permission":"WRITE","ttlSeconds":-5}""", "1 to 86400" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task BadCreate_Is422NamingWhatIsAccepted_AndChangesNothing(string body, string named)
    {
        var (pool, _) = await PoolWithFileAsync();
        var execution = await ExecutionIdAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();

        var answer = await http.PostAsync($"datapools/{pool.Id}/grants",
            new StringContent(body.Replace("EXECUTION", execution, StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        var text = await answer.Content.ReadAsStringAsync();
        ((int)answer.StatusCode).Should().Be(422, text);
        System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("errorMessage").GetString().Should().Contain(named);
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task List_IsPaged_AndSorts()
    {
        var (pool, _) = await PoolWithFileAsync();
        var execution = await ExecutionIdAsync();
        var ttls = new[] { 300, 100, 200 };
        foreach (var ttl in ttls)
        {
            await Grants(pool.Id).CreateAsync(new() { ServiceExecutionId = execution, Permission = DataPoolPermission.Read, TtlSeconds = ttl });
        }

        var page = await Grants(pool.Id).Page(1, 2).ListAsync();
        var byExpiry = await Grants(pool.Id).OrderBy(g => g.ExpiresAt).Page(0, 20).ListAsync();

        page.TotalElements.Should().Be(3);
        page.Content.Should().ContainSingle();
        byExpiry.Content.Select(g => g.ExpiresAt).Should().BeInAscendingOrder();
        byExpiry.Content.Should().OnlyContain(g => g.Token == null);
    }

    private DataPoolGrantsQuery Grants(string poolId) => Hub.DataPoolGrants.Of(poolId).InOrg(Org);

    private async Task<(DataPool Pool, DataPoolFile File)> PoolWithFileAsync()
    {
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Grant pool" });
        var file = await Hub.DataPools.InOrg(Org).Files(pool.Id).UploadAsync(new MemoryStream("x,y\n1,2\n"u8.ToArray()), "input.csv", "text/csv");
        return (pool, file);
    }

    private async Task<string> ExecutionIdAsync() => (await Hub.ServiceExecutions.InOrg(Org).Page(0, 1).ListAsync()).Content[0].Id;

    private static string Flip(string part) => (part[0] == 'A' ? 'B' : 'A') + part[1..];

    private static byte[] FromBase64Url(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
