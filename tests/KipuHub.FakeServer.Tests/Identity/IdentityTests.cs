namespace KipuHub.FakeServer.Tests.Identity;

public sealed class IdentityTests : FakeHubTest
{
    [Theory]
    [InlineData(Tokens.Demo, "demo")]
    [InlineData(Tokens.Alice, "alice")]
    [InlineData(Tokens.Bob, "bob")]
    public async Task Authorize_returns_the_principal_of_the_token(string token, string username)
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "authorize", token);
        var principal = await response.ReadJsonAsync<AuthPrincipal>();

        principal.User!.Username.Should().Be(username);
        principal.User.Id.Should().NotBeNullOrEmpty();
        principal.User.FirstName.Should().NotBeNullOrEmpty();
        principal.User.LastName.Should().NotBeNullOrEmpty();
        principal.User.Email.Should().Contain("@");
        principal.AccessToken.Should().BeNull("a token is a secret, and secrets are never served back");
        (await response.Content.ReadAsStringAsync()).Should().NotContain(token);
        principal.Roles.Should().Equal("USER");
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

        principal.User!.Id.Should().Be(Hub.DemoUserId);
    }
}
