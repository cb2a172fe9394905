using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The data_pool_shares namespace, client against fake over loopback: a share opens a data pool and its files to a
/// user's personal account or to an organization with a role (capped by the member's own role): VIEWER lists and
/// downloads, MAINTAINER uploads, OWNER deletes. Changes take effect at once, revoking hides the pool, and only the
/// owning tenant's OWNERs manage shares.
/// </summary>
public sealed class DataPoolSharesTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private const string BobToken = "bob-token";
    private const string AliceToken = "alice-token";

    [Fact]
    public async Task ShareWithAUser_BobSeesThePoolAndItsFiles_AsViewer_CannotUpload_AndRevokeHidesIt()
    {
        using var bob = Fake.CreateClient(BobToken);
        var bobId = (await bob.Users.GetAccountsAsync()).Single(a => !a.IsOrganization).Id;
        var pool = await DemoPoolAsync();
        var files = await Hub.DataPools.InOrg(Org).Files(pool.Id).ListAsync();
        var before = (await bob.DataPools.ListAsync()).Count;
        await FluentActions.Awaiting(() => bob.DataPools.GetAsync(pool.Id)).Should().ThrowAsync<NotFoundException>();

        var share = await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.User, PrincipalId = bobId, Role = PermissionRole.Viewer });

        share.Should().BeEquivalentTo(new DataPoolShare
        {
            Id = share.Id, DataPoolId = pool.Id, PrincipalType = SharePrincipalType.User, PrincipalId = bobId,
            PrincipalName = share.PrincipalName, Role = PermissionRole.Viewer, CreatedAt = Fake.Options.ReferenceDate.AddSeconds(1), CreatedBy = "demo",
        });
        share.PrincipalName.Should().NotBeNullOrEmpty();
        var listed = await bob.DataPools.ListAsync();
        listed.Should().HaveCount(before + 1);
        listed.Single(p => p.Id == pool.Id).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await bob.DataPools.GetAsync(pool.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await bob.DataPools.Files(pool.Id).ListAsync()).Select(f => f.Id).Should().Equal(files.Select(f => f.Id));
        var copy = new MemoryStream();
        await bob.DataPools.Files(pool.Id).DownloadAsync(files[0].Id, copy);
        copy.Length.Should().Be(files[0].ContentLength);
        (await ExpectNothingChangedAsync<ForbiddenException>(() => bob.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1, 2, 3]), "no.bin")))
            .ErrorMessage.Should().Contain("VIEWER").And.Contain("MAINTAINER");
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.DataPools.UpdateAsync(pool.Id, new UpdateDataPoolRequest { Name = "Renamed by a viewer" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.DataPools.DeleteAsync(pool.Id));
        (await Shares(pool.Id).ListAsync()).Content.Should().ContainSingle().Which.Should().BeEquivalentTo(share);
        // Shared with bob the user, not with his organization.
        var garageId = (await bob.Users.GetAccountsAsync()).First(a => a.IsOrganization).Id;
        (await bob.DataPools.InOrg(garageId).ListAsync()).Should().NotContain(p => p.Id == pool.Id);

        await Shares(pool.Id).DeleteAsync(share.Id);

        await FluentActions.Awaiting(() => bob.DataPools.GetAsync(pool.Id)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => bob.DataPools.Files(pool.Id).ListAsync()).Should().ThrowAsync<NotFoundException>();
        (await bob.DataPools.ListAsync()).Should().HaveCount(before);
        (await Shares(pool.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task ShareWithAnOrganization_MembersActWithTheCappedRole_NonMembersNever()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var stranger = Fake.CreateTenant(PermissionRole.Owner);
        using var outsider = stranger.CreateClient();
        var pool = await DemoPoolAsync();

        await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Maintainer });

        (await owner.DataPools.GetAsync(pool.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await maintainer.DataPools.GetAsync(pool.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await viewer.DataPools.GetAsync(pool.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await viewer.DataPools.ListAsync()).Should().ContainSingle(p => p.Id == pool.Id).Which.CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await ExpectNothingChangedAsync<NotFoundException>(() => outsider.DataPools.GetAsync(pool.Id));
        await ExpectNothingChangedAsync<NotFoundException>(() => outsider.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1]), "x.bin"));
        (await outsider.DataPools.ListAsync()).Should().BeEmpty();
        using var personal = Fake.CreateClient(tenant.Member(PermissionRole.Owner).Token);
        await ExpectNothingChangedAsync<NotFoundException>(() => personal.DataPools.GetAsync(pool.Id));

        // MAINTAINER uploads; a VIEWER (capped) may not; nobody below OWNER by the share deletes a file or the pool.
        var uploaded = await maintainer.DataPools.Files(pool.Id).UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes("shared")), "from-the-target.txt", "text/plain");
        (await Hub.DataPools.InOrg(Org).Files(pool.Id).ListAsync()).Should().Contain(f => f.Id == uploaded.Id);
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1]), "viewer.bin"));
        await ExpectNothingChangedAsync<ForbiddenException>(() => owner.DataPools.Files(pool.Id).DeleteAsync(uploaded.Id));
        (await ExpectNothingChangedAsync<ForbiddenException>(() => owner.DataPools.DeleteAsync(pool.Id))).ErrorMessage.Should().Contain("OWNER");
    }

    [Fact]
    public async Task ChangingTheRole_TakesEffectAtOnce_AndAnOwnerShareMayDeleteThePool()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Shared, then deleted by the target" });
        var share = await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        (await target.DataPools.ListAsync()).Single().CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1]), "a.bin"));

        var changed = await Shares(pool.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Maintainer });

        changed.Should().BeEquivalentTo(share with { Role = PermissionRole.Maintainer });
        // The pools list is cached per tenant and store version: it must show the new role, not the cached one.
        (await target.DataPools.ListAsync()).Single().CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await target.DataPools.Files(pool.Id).UploadAsync(new MemoryStream([1]), "a.bin")).Name.Should().Be("a.bin");
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.DataPools.DeleteAsync(pool.Id));

        await Shares(pool.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Owner });
        await target.DataPools.DeleteAsync(pool.Id);

        await FluentActions.Awaiting(() => Hub.DataPools.InOrg(Org).GetAsync(pool.Id)).Should().ThrowAsync<NotFoundException>();
        (await target.DataPools.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task OnlyTheOwningTenantsOwners_ManageShares_OthersAre403Or404_AndNothingChanges()
    {
        using var alice = Fake.CreateClient(AliceToken, Org);
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        using var viewerTenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Viewer);
        using var recipient = tenant.CreateClient(PermissionRole.Owner);
        using var stranger = viewerTenant.CreateClient(PermissionRole.Owner);
        using var orgViewer = viewerTenant.CreateClient(PermissionRole.Viewer);
        var pool = await DemoPoolAsync();
        var share = await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Owner });
        var request = new CreateDataPoolShareRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = viewerTenant.Id, Role = PermissionRole.Viewer };

        // alice is MAINTAINER of the owning organization: she reads the shares but manages none.
        (await alice.DataPoolShares.Of(pool.Id).ListAsync()).Content.Should().ContainSingle();
        (await ExpectNothingChangedAsync<ForbiddenException>(() => alice.DataPoolShares.Of(pool.Id).CreateAsync(request))).ErrorMessage.Should().Contain("OWNER");
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.DataPoolShares.Of(pool.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Viewer }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.DataPoolShares.Of(pool.Id).DeleteAsync(share.Id));
        // The demo user is VIEWER of Qubit Research Lab: he reads the shares of its own pools, and changes none.
        using var aliceInLab = Fake.CreateClient(AliceToken, Fake.ViewerOrganizationId);
        var labPool = (await aliceInLab.DataPools.ListAsync()).First(p => p.CurrentUserPermission == PermissionRole.Owner);
        var labShares = Hub.DataPoolShares.Of(labPool.Id).InOrg(Fake.ViewerOrganizationId);
        (await labShares.ListAsync()).Content.Should().BeEmpty();
        await ExpectNothingChangedAsync<ForbiddenException>(() => labShares.CreateAsync(request));
        // The recipient is OWNER through the share, yet cannot see or re-share.
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.DataPoolShares.Of(pool.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.DataPoolShares.Of(pool.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.DataPoolShares.Of(pool.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Viewer }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.DataPoolShares.Of(pool.Id).DeleteAsync(share.Id));
        // Another tenant: the pool does not exist for it.
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.DataPoolShares.Of(pool.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.DataPoolShares.Of(pool.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.DataPoolShares.Of(pool.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Viewer }));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.DataPoolShares.Of(pool.Id).DeleteAsync(share.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => orgViewer.DataPoolShares.Of(pool.Id).CreateAsync(request));
        // Not a member of the owning organization at all.
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.DataPoolShares.Of(pool.Id).InOrg(Org).ListAsync());
    }

    [Fact]
    public async Task BadInputs_Are4xx_NamingWhatIsAccepted_AndChangeNothing()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        var pool = await DemoPoolAsync();
        var valid = new CreateDataPoolShareRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer };
        var share = await Shares(pool.Id).CreateAsync(valid);

        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalId = Org })))
            .ErrorMessage.Should().Contain("own tenant");
        (await ExpectNothingChangedAsync<NotFoundException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalId = Unknown })))
            .ErrorMessage.Should().Contain(Unknown);
        (await ExpectNothingChangedAsync<NotFoundException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalType = SharePrincipalType.User })))
            .ErrorMessage.Should().Contain("User '" + tenant.Id);
        (await ExpectNothingChangedAsync<ConflictException>(() => Shares(pool.Id).CreateAsync(valid with { Role = PermissionRole.Owner })))
            .ErrorMessage.Should().Contain(share.Id).And.Contain($"/datapools/{pool.Id}/shares/{share.Id}");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { Role = new PermissionRole("ADMIN") })))
            .ErrorMessage.Should().Contain("ADMIN").And.Contain("VIEWER, MAINTAINER, OWNER");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalType = new SharePrincipalType("TEAM") })))
            .ErrorMessage.Should().Contain("TEAM").And.Contain("USER, ORGANIZATION");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalType = null })))
            .ErrorMessage.Should().Contain("'principalType'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { Role = null })))
            .ErrorMessage.Should().Contain("'role'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).CreateAsync(valid with { PrincipalId = " " })))
            .ErrorMessage.Should().Contain("'principalId'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).UpdateAsync(share.Id, new() { Role = new PermissionRole("BOSS") })))
            .ErrorMessage.Should().Contain("BOSS");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(pool.Id).UpdateAsync(share.Id, new() { Role = null })))
            .ErrorMessage.Should().Contain("'role'");
        (await ExpectNothingChangedAsync<NotFoundException>(() => Shares(pool.Id).UpdateAsync(Unknown, new() { Role = PermissionRole.Owner })))
            .ErrorMessage.Should().Contain(Unknown).And.Contain($"GET /datapools/{pool.Id}/shares");
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(pool.Id).DeleteAsync(Unknown));
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(Unknown).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(Unknown).CreateAsync(valid));
        var other = (await Hub.DataPools.InOrg(Org).ListAsync()).First(p => p.Id != pool.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(other.Id).DeleteAsync(share.Id));
    }

    [Fact]
    public async Task DeletingThePool_RemovesItsShares_AndRemovingTheTarget_RemovesTheSharesToIt()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var pool = await Hub.DataPools.InOrg(Org).CreateAsync(new CreateDataPoolRequest { Name = "Short-lived" });
        await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        (await target.DataPools.ListAsync()).Should().ContainSingle();

        await Hub.DataPools.InOrg(Org).DeleteAsync(pool.Id);

        (await target.DataPools.ListAsync()).Should().BeEmpty();
        await FluentActions.Awaiting(() => Shares(pool.Id).ListAsync()).Should().ThrowAsync<NotFoundException>();

        var kept = await DemoPoolAsync();
        var removed = Fake.CreateTenant(PermissionRole.Owner);
        await Shares(kept.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = removed.Id, Role = PermissionRole.Viewer });
        (await Shares(kept.Id).ListAsync()).Content.Should().ContainSingle();

        removed.Dispose();

        (await Shares(kept.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task TheSeed_SharesPoolsWithAliceAndTheViewerOrganization_NotIntoTheDemoUsersOwnAccounts()
    {
        var demoOrgPools = await Hub.DataPools.InOrg(Org).ListAsync();
        var labPools = await Hub.DataPools.InOrg(Fake.ViewerOrganizationId).ListAsync();
        using var alice = Fake.CreateClient(AliceToken);

        // The newest pool is the shared one; every other is shared with nobody.
        var shared = demoOrgPools[^1];
        foreach (var unshared in demoOrgPools.SkipLast(1))
        {
            (await Shares(unshared.Id).ListAsync()).Content.Should().BeEmpty();
        }
        var shares = (await Shares(shared.Id).ListAsync()).Content;

        shares.Select(s => (s.PrincipalType, s.Role)).Should().BeEquivalentTo(
            [(SharePrincipalType.User, PermissionRole.Viewer), (SharePrincipalType.Organization, PermissionRole.Maintainer)]);
        shares.Should().OnlyContain(s => s.CreatedAt < Fake.Options.ReferenceDate && s.CreatedBy == "demo" && s.PrincipalName != null);
        (await alice.DataPools.GetAsync(shared.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        demoOrgPools.Should().OnlyContain(p => p.CurrentUserPermission == PermissionRole.Owner, "the demo organization lists only its own pools");
        labPools.Should().OnlyContain(p => p.CurrentUserPermission == PermissionRole.Viewer);
        using var aliceInLab = Fake.CreateClient(AliceToken, Fake.ViewerOrganizationId);
        (await aliceInLab.DataPools.ListAsync())
            .Should().ContainSingle(p => p.CurrentUserPermission == PermissionRole.Maintainer, "Bob's Quantum Garage shares one pool with the lab as MAINTAINER");
    }

    [Fact]
    public async Task SharesList_IsPaged_SortedByCreatedAt()
    {
        var pool = await DemoPoolAsync();
        var tenants = Enumerable.Range(0, 3).Select(_ => Fake.CreateTenant(PermissionRole.Owner)).ToList();
        try
        {
            foreach (var tenant in tenants)
            {
                await Shares(pool.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
            }

            var page = await Shares(pool.Id).Page(1, 2).ListAsync();
            var descending = await Shares(pool.Id).OrderByDescending(s => s.CreatedAt).Page(0, 20).ListAsync();
            var all = await Shares(pool.Id).Page(0, 1).AllAsync().ToListAsync();

            (page.TotalElements, page.TotalPages, page.Content.Count).Should().Be((3L, 2, 1));
            page.Content[0].PrincipalId.Should().Be(tenants[2].Id);
            descending.Content.Select(s => s.PrincipalId).Should().Equal(tenants.Select(t => t.Id).Reverse());
            all.Select(s => s.PrincipalId).Should().Equal(tenants.Select(t => t.Id));
        }
        finally
        {
            tenants.ForEach(t => t.Dispose());
        }
    }

    private DataPoolSharesQuery Shares(string dataPoolId) => Hub.DataPoolShares.Of(dataPoolId).InOrg(Org);

    /// <summary>The demo organization's oldest pool, which the seed shares with nobody (it shares the newest).</summary>
    private async Task<DataPool> DemoPoolAsync() => (await Hub.DataPools.InOrg(Org).ListAsync())[0];
}
