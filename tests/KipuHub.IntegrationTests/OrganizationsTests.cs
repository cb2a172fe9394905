using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The organizations namespace, client against fake over loopback: creating one makes the caller its OWNER at once,
/// the roles in the organization named by the path decide, a non-member gets 404, and bad input changes nothing.
/// </summary>
public sealed class OrganizationsTests : FakeHubTest
{
    private const string AliceToken = "alice-token";

    [Fact]
    public async Task Create_MakesTheCallerOwner_VisibleAtOnceAndActableIn()
    {
        var created = await Hub.Organizations.CreateAsync(new CreateOrganizationRequest { Name = "Annealing Guild", BillingAddress = "1 Ising Way" });

        created.CurrentUserPermission.Should().Be(PermissionRole.Owner);
        (created.MemberCount, created.BillingAddress).Should().Be((1, "1 Ising Way"));
        (await Hub.Organizations.AllAsync().ToListAsync()).Select(o => o.Id).Should().Contain(created.Id);
        (await Hub.Users.GetAccountsAsync()).Should().Contain(a => a.Id == created.Id && a.Role == PermissionRole.Owner);
        var useCase = await Hub.UseCases.InOrg(created.Id).CreateAsync(new CreateUseCaseRequest { Title = "First one" });
        (await Hub.UseCases.InOrg(created.Id).AllAsync().ToListAsync()).Should().ContainSingle(u => u.Id == useCase.Id);
        Fake.Journal.ShouldHaveCalled(HubCatalog.OrganizationsCreate).WithStatus(200).Once();
    }

    [Fact]
    public async Task List_ShowsOnlyTheCallersOrganizations_WithTheirRoleThere()
    {
        var mine = await Hub.Organizations.Page(0, 20).ListAsync();
        using var alice = Fake.CreateClient(AliceToken);
        var hers = await alice.Organizations.Where(o => o.Name!.Contains("lab")).Page(0, 20).ListAsync();

        mine.Content.Select(o => (o.Id, o.CurrentUserPermission)).Should().BeEquivalentTo(
            [(Org, (PermissionRole?)PermissionRole.Owner), (Fake.ViewerOrganizationId, PermissionRole.Viewer)]);
        mine.Content.Single(o => o.Id == Org).MemberCount.Should().Be(26);
        hers.Content.Should().ContainSingle().Which.Name.Should().Be("Qubit Research Lab");
        Fake.Journal.ShouldHaveCalled(HubCatalog.OrganizationsList).WithQuery("name", "lab").Once();
    }

    [Fact]
    public async Task Update_ChangesWhatItNames_AndKeepsTheRest()
    {
        var before = await Hub.Organizations.GetAsync(Org);

        var renamed = await Hub.Organizations.UpdateAsync(Org, new UpdateOrganizationRequest { Name = "Kipu Demo Org II" });

        renamed.Should().Be(before with { Name = "Kipu Demo Org II" });
        (await Hub.Users.GetAccountsAsync()).Single(a => a.Id == Org).DisplayName.Should().Be("Kipu Demo Org II");
    }

    [Fact]
    public async Task Roles_AViewerReads_AMaintainerRenames_OnlyAnOwnerDeletes()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var rename = new UpdateOrganizationRequest { Name = "Renamed" };

        (await viewer.Organizations.GetAsync(tenant.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        var denied = await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Organizations.UpdateAsync(tenant.Id, rename));
        (await maintainer.Organizations.UpdateAsync(tenant.Id, rename)).Name.Should().Be("Renamed");
        await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Organizations.DeleteAsync(tenant.Id));
        await owner.Organizations.DeleteAsync(tenant.Id);

        denied.ErrorMessage.Should().Contain("VIEWER").And.Contain("MAINTAINER");
        await FluentActions.Awaiting(() => owner.Organizations.GetAsync(tenant.Id)).Should().ThrowAsync<NotFoundException>();
        (await owner.Users.GetAccountsAsync()).Should().NotContain(a => a.Id == tenant.Id, "the members keep their accounts, not the deleted organization");
    }

    [Fact]
    public async Task Delete_TakesWhatTheOrganizationOwns_AndKeepsItsMembers()
    {
        var created = await Hub.Organizations.CreateAsync(new CreateOrganizationRequest { Name = "Short-lived" });
        var useCase = await Hub.UseCases.InOrg(created.Id).CreateAsync(new CreateUseCaseRequest { Title = "Goes with it" });

        await Hub.Organizations.DeleteAsync(created.Id);

        Fake.Store.Fingerprint().Should().NotContain(useCase.Id);
        (await Hub.Users.GetAccountsAsync()).Should().Contain(a => a.Id == Fake.DemoUserId);
        var gone = await ExpectNothingChangedAsync<NotFoundException>(() => Hub.Organizations.DeleteAsync(created.Id));
        gone.ErrorMessage.Should().Contain("GET /organizations");
    }

    [Fact]
    public async Task Delete_OfASeededOrganization_IsAConflictNamingTheWayOut()
    {
        var conflict = await ExpectNothingChangedAsync<ConflictException>(() => Hub.Organizations.DeleteAsync(Org));

        conflict.ErrorMessage.Should().Contain("seed").And.Contain("POST /organizations");
    }

    [Fact]
    public async Task Tenancy_ANonMember_GetsNotFound_ForEveryPathUnderTheOrganization()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = tenant.CreateClient();

        var notFound = await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.GetAsync(Org));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.UpdateAsync(Org, new UpdateOrganizationRequest { Name = "Mine" }));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.DeleteAsync(Org));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.Members(Org).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.Members(Org).RemoveAsync(Fake.DemoUserId));
        var unknown = await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Organizations.GetAsync("no-such-organization"));

        notFound.ErrorMessage.Should().NotContain("Kipu Demo Org", "a non-member learns nothing of the organization");
        unknown.ErrorMessage.Should().Be(notFound.ErrorMessage.Replace(Org, "no-such-organization"), "an unknown id and a foreign one answer alike");
        await FluentActions.Awaiting(() => Hub.Organizations.GetAsync(Fake.DemoUserId)).Should().ThrowAsync<NotFoundException>("a personal account is no organization");
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    [InlineData(null, "name")]
    public async Task Create_WithoutAName_Is422_NamingTheField(string? name, string field)
    {
        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.Organizations.CreateAsync(new CreateOrganizationRequest { Name = name }));

        error.ErrorMessage.Should().Contain($"'{field}'").And.Contain("1 to 255");
    }

    [Fact]
    public async Task BadInput_TooLongFields_Are422_AndChangeNothing()
    {
        var address = await ExpectNothingChangedAsync<UnprocessableEntityException>(() =>
            Hub.Organizations.CreateAsync(new CreateOrganizationRequest { Name = "Ok", BillingAddress = new string('a', 1_001) }));
        var name = await ExpectNothingChangedAsync<UnprocessableEntityException>(() =>
            Hub.Organizations.UpdateAsync(Org, new UpdateOrganizationRequest { Name = new string('n', 256) }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.Organizations.UpdateAsync(Org, new UpdateOrganizationRequest { Name = " " }));

        address.ErrorMessage.Should().Contain("billingAddress").And.Contain("1000");
        name.ErrorMessage.Should().Contain("256 characters");
    }
}
