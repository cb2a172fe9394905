using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer.Namespaces.Authentication;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The tenant's gateway credentials (authentication namespace), client against fake over loopback: the key is
/// readable, the secret shown once, regenerating retires the old pair, OWNER only, and never across tenants.
/// </summary>
public sealed class GatewayCredentialsTests : FakeHubTest
{
    [Fact]
    public async Task The_seeded_pair_shows_its_key_and_never_a_secret()
    {
        var pair = await Hub.Authentication.InOrg(Org).GetGatewayCredentialsAsync();
        var personal = await Hub.Authentication.InPersonalAccount().GetGatewayCredentialsAsync();

        pair.ConsumerKey.Should().StartWith("ck_");
        pair.ConsumerSecret.Should().BeNull("a secret is shown once, when the pair is made");
        pair.CreatedBy.Should().Be("demo");
        personal.ConsumerKey.Should().NotBe(pair.ConsumerKey, "each tenant has a pair of its own");
        Fake.Journal.ShouldHaveCalled(HubCatalog.AuthenticationGatewayCredentials).InTenant(Org).WithStatus(200).Once();
    }

    [Fact]
    public async Task Regenerating_shows_the_new_secret_once_and_retires_the_old_pair()
    {
        var first = await Hub.Authentication.InOrg(Org).RegenerateGatewayCredentialsAsync();
        var second = await Hub.Authentication.InOrg(Org).RegenerateGatewayCredentialsAsync();
        var read = await Hub.Authentication.InOrg(Org).GetGatewayCredentialsAsync();

        first.ConsumerSecret.Should().NotBeNullOrEmpty();
        second.ConsumerKey.Should().NotBe(first.ConsumerKey);
        second.ConsumerSecret.Should().NotBe(first.ConsumerSecret);
        read.Should().Be(second with { ConsumerSecret = null });
        GatewayCredentialsDomain.Verifies(Fake.Store, Org, second.ConsumerKey!, second.ConsumerSecret!).Should().BeTrue();
        GatewayCredentialsDomain.Verifies(Fake.Store, Org, first.ConsumerKey!, first.ConsumerSecret!).Should().BeFalse("regenerating invalidates the old pair");
        GatewayCredentialsDomain.Verifies(Fake.Store, Org, second.ConsumerKey!, first.ConsumerSecret!).Should().BeFalse();
        second.ToString().Should().NotContain(second.ConsumerSecret);
        Fake.Journal.Entries.Should().OnlyContain(e => !e.ToString().Contains(first.ConsumerSecret!) && !e.ToString().Contains(second.ConsumerSecret!));
    }

    [Fact]
    public async Task Roles_any_member_reads_only_an_owner_regenerates()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var none = await ExpectNothingChangedAsync<NotFoundException>(() => viewer.Authentication.GetGatewayCredentialsAsync());
        none.ErrorMessage.Should().Contain("POST /gateway-credentials/regenerate");

        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Authentication.RegenerateGatewayCredentialsAsync());
        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Authentication.RegenerateGatewayCredentialsAsync());
        var made = await owner.Authentication.RegenerateGatewayCredentialsAsync();

        denied.ErrorMessage.Should().Contain("OWNER");
        (await viewer.Authentication.GetGatewayCredentialsAsync()).ConsumerKey.Should().Be(made.ConsumerKey);
        (await maintainer.Authentication.GetGatewayCredentialsAsync()).CreatedBy.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Tenancy_a_non_member_neither_reads_nor_regenerates_another_tenants_pair()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();
        var before = await Hub.Authentication.InOrg(Org).GetGatewayCredentialsAsync();

        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Authentication.InOrg(Org).GetGatewayCredentialsAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Authentication.InOrg(Org).RegenerateGatewayCredentialsAsync());
        var own = await stranger.Authentication.RegenerateGatewayCredentialsAsync();

        own.ConsumerKey.Should().NotBe(before.ConsumerKey);
        (await Hub.Authentication.InOrg(Org).GetGatewayCredentialsAsync()).Should().Be(before);
    }
}
