using KipuHub.Tests.Shared;
using KipuHub.Models;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary><c>POST /authorize</c> and <c>GET /my/accounts</c> (docs/contract.md#who-is-calling).</summary>
public class IdentityModelsJsonTests
{
    [Fact]
    public void AuthPrincipal_GoldenDocument_ReadsEveryField()
    {
        var principal = GoldenJson.Read<AuthPrincipal>(GoldenFiles.Json("AuthPrincipal"));

        principal.User!.Id.Should().Be(UserId);
        principal.User.Username.Should().Be("ada.lovelace");
        principal.AccessToken.Should().Be(PersonalAccessToken);
        principal.Roles.Should().Equal("user", "offline_access");
    }

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
