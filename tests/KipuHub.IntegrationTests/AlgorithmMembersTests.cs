using KipuHub.Errors;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// Members of an algorithm, client against fake over loopback: a member entry opens a private algorithm to exactly one
/// user's personal account or organization, with the lower of the entry's role and the caller's own; PUT adds or
/// changes, DELETE hides it again; only the owning tenant's OWNERs manage members.
/// </summary>
public sealed class AlgorithmMembersTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private const string AliceToken = "alice-token";
    private const string BobToken = "bob-token";

    private Task<Algorithm> CreateAsync(string name = "Shared QAOA") => Hub.Algorithms.InOrg(Org).CreateAsync(new() { Name = name });

    private AlgorithmMembersQuery Members(string algorithmId) => Hub.Algorithms.InOrg(Org).Members(algorithmId);

    [Fact]
    public async Task TheSeed_OpensPrivateAlgorithms_ToQubitResearchLab_AsViewer_AndToAlice_AsMaintainer()
    {
        using var lab = Fake.CreateClient(AliceToken, Fake.ViewerOrganizationId);
        using var alice = Fake.CreateClient(AliceToken);

        var inLab = (await lab.Algorithms.Page(0, 2000).ListAsync()).Content.Where(a => a.Visibility == AlgorithmVisibility.Private && a.CreatedBy == "demo").ToList();
        var inPersonal = (await alice.Algorithms.Page(0, 2000).ListAsync()).Content.Where(a => a.CreatedBy == "demo" && a.Visibility == AlgorithmVisibility.Private).ToList();

        // alice is OWNER of the lab; the entry grants VIEWER, so she reads it as VIEWER there.
        inLab.Should().ContainSingle().Which.CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        inPersonal.Should().ContainSingle().Which.CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        var entries = await Members(inLab[0].Id).ListAsync();
        entries.Content.Should().ContainSingle().Which.Should().Match<AlgorithmMember>(m =>
            m.PrincipalType == SharePrincipalType.Organization && m.PrincipalId == Fake.ViewerOrganizationId && m.Role == PermissionRole.Viewer
            && m.PrincipalName == "Qubit Research Lab");
    }

    [Fact]
    public async Task PutAUser_BobSeesItInHisPersonalAccountOnly_PutAgainChangesTheRole_DeleteHidesIt()
    {
        using var bob = Fake.CreateClient(BobToken);
        var bobId = (await bob.Users.GetAccountsAsync()).Single(a => !a.IsOrganization).Id;
        var garageId = (await bob.Users.GetAccountsAsync()).Single(a => a.IsOrganization).Id;
        using var garage = Fake.CreateClient(BobToken, garageId);
        var algorithm = await CreateAsync();
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.Algorithms.GetAsync(algorithm.Id));

        var member = await Members(algorithm.Id).SetAsync(new() { PrincipalType = SharePrincipalType.User, PrincipalId = bobId, Role = PermissionRole.Viewer });

        member.Should().BeEquivalentTo(new AlgorithmMember
        {
            Id = member.Id, AlgorithmId = algorithm.Id, PrincipalType = SharePrincipalType.User, PrincipalId = bobId, PrincipalName = member.PrincipalName,
            Role = PermissionRole.Viewer, CreatedAt = Fake.Options.ReferenceDate.AddSeconds(2), CreatedBy = "demo",
        });
        (await bob.Algorithms.GetAsync(algorithm.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await bob.Algorithms.Page(0, 2000).ListAsync()).Content.Should().ContainSingle(a => a.Id == algorithm.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => garage.Algorithms.GetAsync(algorithm.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.Algorithms.UpdateAsync(algorithm.Id, new() { Name = "No" }));

        var changed = await Members(algorithm.Id).SetAsync(new() { PrincipalType = SharePrincipalType.User, PrincipalId = bobId, Role = PermissionRole.Maintainer });

        changed.Should().BeEquivalentTo(member with { Role = PermissionRole.Maintainer });
        (await Members(algorithm.Id).ListAsync()).TotalElements.Should().Be(1);
        (await bob.Algorithms.UpdateAsync(algorithm.Id, new() { Name = "Edited by bob" })).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);

        await Members(algorithm.Id).DeleteAsync(member.Id);

        await ExpectNothingChangedAsync<NotFoundException>(() => bob.Algorithms.GetAsync(algorithm.Id));
        (await Members(algorithm.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task AnOrganizationMember_ActsWithTheLowerRole_OfItsOwnAndTheEntrys()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        var algorithm = await CreateAsync();

        await Members(algorithm.Id).SetAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Maintainer });

        (await owner.Algorithms.GetAsync(algorithm.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await viewer.Algorithms.GetAsync(algorithm.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await maintainer.Algorithms.UpdateAsync(algorithm.Id, new() { Intent = "Shared edit" })).Intent.Should().Be("Shared edit");
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Algorithms.UpdateAsync(algorithm.Id, new() { Intent = "No" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => owner.Algorithms.DeleteAsync(algorithm.Id));
        (await ExpectNothingChangedAsync<ForbiddenException>(() => maintainer.Algorithms.UpdateAsync(algorithm.Id, new() { Visibility = AlgorithmVisibility.Public })))
            .ErrorMessage.Should().Contain("only the tenant that owns it");
        var implementation = await maintainer.Implementations.Of(algorithm.Id).CreateAsync(new() { Name = "Member's implementation" });
        implementation.CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await Hub.Implementations.InOrg(Org).Of(algorithm.Id).GetAsync(implementation.Id)).CurrentUserPermission.Should().Be(PermissionRole.Owner);
    }

    [Fact]
    public async Task OnlyTheOwningTenantsOwners_ManageMembers_OthersAre403Or404_AndNothingChanges()
    {
        using var alice = Fake.CreateClient(AliceToken, Org);
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        using var outsider = Fake.CreateTenant(PermissionRole.Owner);
        using var stranger = outsider.CreateClient();
        var algorithm = await CreateAsync();
        var member = await Members(algorithm.Id).SetAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Owner });
        var request = new SetAlgorithmMemberRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = outsider.Id, Role = PermissionRole.Viewer };

        // alice is MAINTAINER of the owning organization: she reads the members but manages none.
        (await alice.Algorithms.Members(algorithm.Id).ListAsync()).Content.Should().ContainSingle();
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.Algorithms.Members(algorithm.Id).SetAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.Algorithms.Members(algorithm.Id).DeleteAsync(member.Id));
        // The target is OWNER through its entry, yet neither sees nor manages members.
        (await target.Algorithms.GetAsync(algorithm.Id)).CurrentUserPermission.Should().Be(PermissionRole.Owner);
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.Algorithms.Members(algorithm.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.Algorithms.Members(algorithm.Id).SetAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.Algorithms.Members(algorithm.Id).DeleteAsync(member.Id));
        // Any other tenant: the algorithm does not exist for it.
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Members(algorithm.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Members(algorithm.Id).SetAsync(request));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.Algorithms.Members(algorithm.Id).DeleteAsync(member.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.Algorithms.InOrg(Org).Members(algorithm.Id).ListAsync());
    }

    [Fact]
    public async Task BadInputs_Are4xx_NamingWhatIsAccepted_AndChangeNothing()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        var algorithm = await CreateAsync();
        var valid = new SetAlgorithmMemberRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer };
        var member = await Members(algorithm.Id).SetAsync(valid);

        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Members(algorithm.Id).SetAsync(valid with { PrincipalId = Org })))
            .ErrorMessage.Should().Contain("own tenant");
        (await ExpectNothingChangedAsync<NotFoundException>(() => Members(algorithm.Id).SetAsync(valid with { PrincipalId = Unknown })))
            .ErrorMessage.Should().Contain(Unknown);
        (await ExpectNothingChangedAsync<NotFoundException>(() => Members(algorithm.Id).SetAsync(valid with { PrincipalType = SharePrincipalType.User })))
            .ErrorMessage.Should().Contain("User '" + tenant.Id);
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Members(algorithm.Id).SetAsync(valid with { Role = new PermissionRole("ADMIN") })))
            .ErrorMessage.Should().Contain("ADMIN").And.Contain("VIEWER, MAINTAINER, OWNER");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Members(algorithm.Id).SetAsync(valid with { PrincipalType = new SharePrincipalType("TEAM") })))
            .ErrorMessage.Should().Contain("TEAM").And.Contain("USER, ORGANIZATION");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Members(algorithm.Id).SetAsync(valid with { Role = null })))
            .ErrorMessage.Should().Contain("'role'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Members(algorithm.Id).SetAsync(valid with { PrincipalId = " " })))
            .ErrorMessage.Should().Contain("'principalId'");
        await ExpectNothingChangedAsync<NotFoundException>(() => Members(algorithm.Id).DeleteAsync(Unknown));
        await ExpectNothingChangedAsync<NotFoundException>(() => Members(Unknown).ListAsync());
        var other = await CreateAsync("Another one");
        await ExpectNothingChangedAsync<NotFoundException>(() => Members(other.Id).DeleteAsync(member.Id));
        // Setting the role a member already has changes nothing either, and answers the entry as it is.
        var before = Fake.Store.Fingerprint();
        (await Members(algorithm.Id).SetAsync(valid)).Should().BeEquivalentTo(member);
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task RemovingTheTargetTenant_RemovesItsMemberEntries()
    {
        var algorithm = await CreateAsync();
        var tenant = Fake.CreateTenant(PermissionRole.Owner);
        await Members(algorithm.Id).SetAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });

        tenant.Dispose();

        (await Members(algorithm.Id).ListAsync()).Content.Should().BeEmpty();
    }
}
