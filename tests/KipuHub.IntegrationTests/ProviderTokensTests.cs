using System.Net;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Quantum provider tokens of organizations and of users, client against fake over loopback: write-only (a list says
/// which provider has one, when and by whom), a MAINTAINER of the organization manages them, and a user's own are its own.
/// </summary>
public sealed class ProviderTokensTests : FakeHubTest
{
    private const string Secret = "ibm-secret-token-1234567890";

    [Fact]
    public async Task Set_ShowsTheProviderNeverTheToken_AndReplacingKeepsOnePerProvider()
    {
        var set = await Hub.Organizations.ProviderTokens(Org).SetAsync(QuantumProvider.Aws, Secret);
        var replaced = await Hub.Organizations.ProviderTokens(Org).SetAsync(QuantumProvider.Aws, Secret + "-2");
        var listed = await Hub.Organizations.ProviderTokens(Org).AllAsync().ToListAsync();

        (set.Provider, set.SetBy).Should().Be((QuantumProvider.Aws, "demo"));
        replaced.SetAt.Should().BeAfter(set.SetAt!.Value);
        listed.Where(t => t.Provider == QuantumProvider.Aws).Should().ContainSingle().Which.Should().Be(replaced);
        listed.Select(t => t.Provider!.Value.Value).Should().Contain(["IBM", "IONQ", "QUANTINUUM"], "the seed sets three for the demo organization");
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", "demo-token");
        var raw = await http.GetStringAsync($"{Fake.BaseUrl.ToString().TrimEnd('/')}/organizations/{Org}/provider-tokens");
        raw.Should().NotContain(Secret).And.Contain("\"provider\":\"AWS\"");
        Fake.Journal.Entries.Should().OnlyContain(e => !e.ToString().Contains(Secret));
        Fake.Store.Fingerprint().Should().NotContain(Secret);
    }

    [Fact]
    public async Task Delete_RemovesTheToken_AndASecondDeleteIs404()
    {
        await Hub.Organizations.ProviderTokens(Org).DeleteAsync(QuantumProvider.Ibm);

        (await Hub.Organizations.ProviderTokens(Org).AllAsync().ToListAsync()).Should().NotContain(t => t.Provider == QuantumProvider.Ibm);
        var again = await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Organizations.ProviderTokens(Org).DeleteAsync(QuantumProvider.Ibm));
        again.ErrorMessage.Should().Contain("'IBM'");
    }

    [Fact]
    public async Task Providers_AreAnOpenEnum_AnUnknownNameIsKeptInUpperCase()
    {
        var token = await Hub.Organizations.ProviderTokens(Org).SetAsync(QuantumProvider.FromValue("rigetti"), Secret);

        token.Provider.Should().Be(QuantumProvider.FromValue("RIGETTI"));
        (await Hub.Organizations.ProviderTokens(Org).AllAsync().ToListAsync()).Should().Contain(t => t.Provider == QuantumProvider.FromValue("RIGETTI"));
    }

    [Fact]
    public async Task Roles_AMaintainerManagesTokens_AViewerGets403_AStranger404()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var otherTenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = otherTenant.CreateClient();

        var made = await maintainer.Organizations.ProviderTokens(tenant.Id).SetAsync(QuantumProvider.IonQ, Secret);
        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.ProviderTokens(tenant.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.ProviderTokens(tenant.Id).SetAsync(QuantumProvider.Ibm, Secret));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.ProviderTokens(tenant.Id).DeleteAsync(QuantumProvider.IonQ));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.ProviderTokens(tenant.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.ProviderTokens(tenant.Id).DeleteAsync(QuantumProvider.IonQ));
        await maintainer.Organizations.ProviderTokens(tenant.Id).DeleteAsync(QuantumProvider.IonQ);

        made.SetBy.Should().Be(tenant.Member(PermissionRole.Maintainer).Username);
        denied.ErrorMessage.Should().Contain("MAINTAINER");
    }

    [Fact]
    public async Task UserTokens_AreTheUsersOwn_ApartFromItsOrganizations()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var other = tenant.CreateClient();

        var mine = await Hub.Users.ProviderTokens().SetAsync(QuantumProvider.Google, Secret);
        var listed = await Hub.Users.ProviderTokens().AllAsync().ToListAsync();

        mine.Provider.Should().Be(QuantumProvider.Google);
        listed.Select(t => t.Provider!.Value.Value).Should().BeEquivalentTo(["IBM", "GOOGLE"], "demo's own seeded IBM token and the new one");
        (await Hub.Organizations.ProviderTokens(Org).AllAsync().ToListAsync()).Should().NotContain(t => t.Provider == QuantumProvider.Google);
        (await other.Users.ProviderTokens().AllAsync().ToListAsync()).Should().BeEmpty("another user sees only its own");
        await ExpectNothingChangedAsync<NotFoundException>(() => other.Users.ProviderTokens().DeleteAsync(QuantumProvider.Google));
        await Hub.Users.ProviderTokens().DeleteAsync(QuantumProvider.Google);
        Fake.Journal.Entries.Should().OnlyContain(e => !e.ToString().Contains(Secret));
    }

    [Theory]
    [InlineData("IBM", "", HttpStatusCode.UnprocessableEntity, "'token'")]
    [InlineData("IBM", "   ", HttpStatusCode.UnprocessableEntity, "blank")]
    [InlineData("I-B-M", Secret, HttpStatusCode.BadRequest, "letters, digits or '_'")]
    public async Task BadInput_IsRefused_NamingWhatIsAccepted_AndChangesNothing(string provider, string token, HttpStatusCode status, string expected)
    {
        var error = await ExpectNothingChangedAsync<ApiException>(() => Hub.Organizations.ProviderTokens(Org).SetAsync(QuantumProvider.FromValue(provider), token));
        var own = await ExpectNothingChangedAsync<ApiException>(() => Hub.Users.ProviderTokens().SetAsync(QuantumProvider.FromValue(provider), token));

        (error.StatusCode, own.StatusCode).Should().Be((status, status));
        error.ErrorMessage.Should().Contain(expected);
    }
}
