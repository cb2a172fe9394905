namespace KipuHub.FakeServer.Tests.Identity;

public sealed class IdentityTests : FakeHubTest
{
    [Theory]
    [InlineData(Tokens.Demo, "demo")]
    [InlineData(Tokens.Alice, "alice")]
    [InlineData(Tokens.Bob, "bob")]
    public async Task Authorize_returns_the_token_principal_in_todays_shape(string token, string username)
    {
        var accounts = await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: token);
        using var response = await Http.SendAsync(HttpMethod.Post, "authorize", token);
        var body = await response.Content.ReadAsStringAsync();
        var principal = await response.ReadJsonAsync<AuthPrincipal>();

        principal.Id.Should().Be(accounts[0].Id, "the principal is the user, whose id is the personal account's");
        principal.AccessToken!.Name.Should().Be($"{username} token");
        principal.AccessToken.Id.Should().NotBeNullOrEmpty();
        principal.AccessToken.CreatedAt.Should().BeBefore(principal.AccessToken.UsedAt!.Value);
        principal.AccountType.Should().Be(AccountPlan.Basic);
        principal.OrganizationMemberships!.Select(m => (m.Id, m.Role)).Should().Equal(
            accounts.Where(a => a.IsOrganization).Select(a => ((string?)a.Id, a.Role)));
        principal.User.Should().BeNull("today's shape has no user object");
        body.Should().NotContain(token, "a token is a secret, and secrets are never served back");
    }

    [Fact]
    public async Task Authorize_names_each_organizations_plan_and_the_last_use_is_now_on_the_clock()
    {
        Hub.Clock.Advance(TimeSpan.FromHours(5));
        using var response = await Http.SendAsync(HttpMethod.Post, "authorize");
        var principal = await response.ReadJsonAsync<AuthPrincipal>();

        principal.OrganizationMemberships!.Select(m => (m.Id, m.AccountType)).Should().Equal(
            (Hub.DemoOrganizationId, AccountPlan.Business), (Hub.ViewerOrganizationId, AccountPlan.Pro));
        principal.AccessToken!.UsedAt.Should().Be(Hub.Store.Now);
    }

    [Fact]
    public async Task Authorizing_changes_no_state()
    {
        var fingerprint = Hub.Store.Fingerprint();

        using var response = await Http.SendAsync(HttpMethod.Post, "authorize");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Hub.Store.Fingerprint().Should().Be(fingerprint, "the token's last use is derived from the clock, not written");
    }

    [Fact]
    public async Task The_demo_user_has_a_personal_account_owns_the_demo_org_and_views_the_lab()
    {
        var accounts = await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts");

        accounts.Select(a => (a.DisplayName, a.Role, a.IsOrganization)).Skip(1).Should().Equal(
            ("Kipu Demo Org", PermissionRole.Owner, true),
            ("Qubit Research Lab", PermissionRole.Viewer, true));
        accounts[0].Id.Should().Be(Hub.DemoUserId);
        accounts[0].IsOrganization.Should().BeFalse();
        accounts[0].Role.Should().Be(PermissionRole.Owner);
        accounts[1].Id.Should().Be(Hub.DemoOrganizationId);
        accounts[2].Id.Should().Be(Hub.ViewerOrganizationId);
        accounts.Should().OnlyContain(a => a.AccountType != null && a.AccountType.Name != null && a.AccountType.Feature != null);
    }

    [Fact]
    public async Task Alice_maintains_the_demo_org_and_owns_the_lab_and_bob_only_has_his_garage()
    {
        var alice = await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Alice);
        var bob = await Http.GetJsonAsync<IReadOnlyList<Account>>("my/accounts", token: Tokens.Bob);

        alice.Where(a => a.IsOrganization).Select(a => (a.DisplayName, a.Role)).Should().Equal(
            ("Kipu Demo Org", PermissionRole.Maintainer), ("Qubit Research Lab", PermissionRole.Owner));
        bob.Where(a => a.IsOrganization).Select(a => (a.DisplayName, a.Role)).Should().Equal(("Bob's Quantum Garage", PermissionRole.Owner));
        bob.Select(a => a.Id).Should().NotContain(Hub.DemoOrganizationId);
    }

    [Fact]
    public async Task The_personal_account_id_is_the_user_id()
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "authorize");
        var principal = await response.ReadJsonAsync<AuthPrincipal>();

        principal.Id.Should().Be(Hub.DemoUserId);
    }
}
