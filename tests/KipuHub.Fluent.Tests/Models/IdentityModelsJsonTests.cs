using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary><c>POST /authorize</c> and <c>GET /my/accounts</c> (docs/contract.md#who-is-calling).</summary>
public class IdentityModelsJsonTests
{
    [Fact]
    public void AuthPrincipal_TodaysGoldenDocument_ReadsEveryField()
    {
        var principal = GoldenJson.Read<AuthPrincipal>(GoldenFiles.Json("AuthPrincipal"));

        principal.Id.Should().Be(UserId);
        principal.AccessToken.Should().Be(new AccessTokenInfo
        {
            Id = "2c9d0b7e-4f1a-4e6b-8a3d-5e7f9a1b3c5d",
            Name = "ada.lovelace token",
            CreatedAt = new DateTimeOffset(2025, 10, 3, 0, 0, 0, TimeSpan.Zero),
            UsedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ExpiresAt = "2026-10-03T00:00:00Z",
        });
        principal.AccountType.Should().Be(AccountPlan.Basic);
        principal.OrganizationMemberships.Should().Equal(new OrganizationMembership
        {
            Id = "b7e2319a-0839-f704-fdcd-78de2d09d580", AccountType = AccountPlan.Business, Role = PermissionRole.Owner,
        });
        principal.User.Should().BeNull();
    }

    [Fact]
    public void AuthPrincipal_OlderCliShape_ReadsTheUserAndRoles()
    {
        var principal = GoldenJson.Read<AuthPrincipal>(GoldenFiles.Json("AuthPrincipal-cli"));

        principal.User!.Id.Should().Be(UserId);
        principal.User.Username.Should().Be("ada.lovelace");
        principal.Roles.Should().Equal("user", "offline_access");
        principal.Id.Should().BeNull();
        principal.AccessToken.Should().BeNull();
    }

    [Theory]
    [InlineData("\"kqh_pat_x\"")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("[1,2]")]
    public void AuthPrincipal_AccessTokenThatIsNoObject_ReadsAsNoMetadata(string value) =>
        GoldenJson.Read<AuthPrincipal>($$"""{"id":"u1","accessToken":{{value}},"accountType":"PRO"}""").Should()
            .Be(new AuthPrincipal { Id = "u1", AccountType = AccountPlan.Pro });

    [Fact]
    public void HubUser_GoldenDocument_ReadsEveryField()
    {
        GoldenJson.Read<HubUser>(GoldenFiles.Json("HubUser")).Should().Be(new HubUser
        {
            Id = UserId,
            Username = "ada.lovelace",
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada.lovelace@example.com",
        });
    }

    [Fact]
    public void Account_OrganizationGoldenDocument_ReadsEveryField()
    {
        GoldenJson.Read<Account>(GoldenFiles.Json("Account-organization")).Should().Be(new Account
        {
            Id = OrganizationId,
            DisplayName = "Kipu Demo Org",
            Role = PermissionRole.Owner,
            IsOrganization = true,
            AccountType = new AccountType { Name = "ENTERPRISE", Feature = "ORGANIZATION" },
        });
    }

    [Fact]
    public void Account_PersonalGoldenDocument_ReadsIsOrganizationFalse()
    {
        var account = GoldenJson.Read<Account>(GoldenFiles.Json("Account-personal"));

        account.Id.Should().Be(UserId);
        account.DisplayName.Should().Be("Ada Lovelace");
        account.IsOrganization.Should().BeFalse();
        account.AccountType!.Name.Should().Be("FREE");
    }

    [Fact]
    public void AccountList_FromMyAccounts_ReadsPersonalAccountAndOrganizations()
    {
        var accounts = GoldenJson.Read<IReadOnlyList<Account>>($"[{GoldenFiles.Json("Account-personal")}, {GoldenFiles.Json("Account-organization")}]");

        accounts.Select(a => (a.Id, a.IsOrganization)).Should().Equal((UserId, false), (OrganizationId, true));
    }

    [Fact]
    public void AccountType_GoldenDocument_ReadsEveryField()
    {
        GoldenJson.Read<AccountType>(GoldenFiles.Json("AccountType")).Should().Be(new AccountType { Name = "ENTERPRISE", Feature = "ORGANIZATION" });
    }
}
