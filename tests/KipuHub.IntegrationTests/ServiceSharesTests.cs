using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// The service_shares namespace, client against fake over loopback: a share opens a service to a user's personal
/// account or to an organization with a role (capped by the member's own role), changes take effect at once, revoking
/// hides it, and only the owning tenant's OWNERs manage shares.
/// </summary>
public sealed class ServiceSharesTests : FakeHubTest
{
    private const string Unknown = "00000000-0000-4000-8000-000000000000";
    private const string BobToken = "bob-token";
    private const string AliceToken = "alice-token";

    [Fact]
    public async Task ShareWithAUser_BobSeesItInHisPersonalAccount_WithTheRole_AndRevokeHidesIt()
    {
        using var bob = Fake.CreateClient(BobToken);
        var bobId = await PersonalIdAsync(bob);
        var service = await DemoServiceAsync();
        var before = (await bob.Services.Page(0, 2000).ListAsync()).TotalElements;
        await FluentActions.Awaiting(() => bob.Services.GetAsync(service.Id)).Should().ThrowAsync<NotFoundException>();

        var share = await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.User, PrincipalId = bobId, Role = PermissionRole.Viewer });

        share.Should().BeEquivalentTo(new ServiceShare
        {
            Id = share.Id, ServiceId = service.Id, PrincipalType = SharePrincipalType.User, PrincipalId = bobId,
            PrincipalName = share.PrincipalName, Role = PermissionRole.Viewer, CreatedAt = Fake.Options.ReferenceDate.AddSeconds(1), CreatedBy = "demo",
        });
        share.PrincipalName.Should().NotBeNullOrEmpty();
        var listed = await bob.Services.Page(0, 2000).ListAsync();
        listed.TotalElements.Should().Be(before + 1);
        listed.Content.Single(s => s.Id == service.Id).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await bob.Services.GetAsync(service.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await bob.Services.Versions(service.Id).ListAsync()).Should().ContainSingle();
        (await Shares(service.Id).ListAsync()).Content.Should().ContainSingle().Which.Should().BeEquivalentTo(share);
        // Shared with bob the user, not with his organization.
        using var garage = Fake.CreateClient(BobToken, await OrganizationIdAsync(bob));
        (await garage.Services.Page(0, 2000).ListAsync()).Content.Should().NotContain(s => s.Id == service.Id);

        await Shares(service.Id).DeleteAsync(share.Id);

        await FluentActions.Awaiting(() => bob.Services.GetAsync(service.Id)).Should().ThrowAsync<NotFoundException>();
        (await bob.Services.Page(0, 2000).ListAsync()).TotalElements.Should().Be(before);
        (await Shares(service.Id).ListAsync()).Content.Should().BeEmpty();
    }

    [Fact]
    public async Task ShareWithAnOrganization_MembersSeeIt_CappedByTheirRole_NonMembersNever()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);
        using var maintainer = tenant.CreateClient(PermissionRole.Maintainer);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var stranger = Fake.CreateTenant(PermissionRole.Owner);
        using var outsider = stranger.CreateClient();
        var service = await DemoServiceAsync();

        await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Maintainer });

        (await owner.Services.GetAsync(service.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await maintainer.Services.GetAsync(service.Id)).CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        (await viewer.Services.GetAsync(service.Id)).CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        (await viewer.Services.Page(0, 20).ListAsync()).Content.Should().ContainSingle(s => s.Id == service.Id)
            .Which.CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await FluentActions.Awaiting(() => outsider.Services.GetAsync(service.Id)).Should().ThrowAsync<NotFoundException>();
        (await outsider.Services.Page(0, 20).ListAsync()).Content.Should().BeEmpty();
        using var personal = Fake.CreateClient(tenant.Member(PermissionRole.Owner).Token);
        await FluentActions.Awaiting(() => personal.Services.GetAsync(service.Id)).Should().ThrowAsync<NotFoundException>();

        // MAINTAINER writes the version; a VIEWER (capped) may not; nobody below OWNER by the share deletes.
        var version = service.ServiceDefinitionId!;
        (await maintainer.Services.Version(service.Id, version).UpdateAsync(new() { Description = "Shared edit" })).Description.Should().Be("Shared edit");
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewer.Services.Version(service.Id, version).UpdateAsync(new() { Description = "No" }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => owner.Services.DeleteAsync(service.Id));
    }

    [Fact]
    public async Task ChangingTheRole_TakesEffectAtOnce()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var service = await DemoServiceAsync();
        var version = service.ServiceDefinitionId!;
        var share = await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        (await target.Services.Page(0, 20).ListAsync()).Content.Single().CurrentUserPermission.Should().Be(PermissionRole.Viewer);
        await ExpectNothingChangedAsync<ForbiddenException>(() => target.Services.Version(service.Id, version).UpdateAsync(new() { Description = "No" }));

        var changed = await Shares(service.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Owner });

        changed.Should().BeEquivalentTo(share with { Role = PermissionRole.Owner });
        // The services list is cached per tenant and store version: it must show the new role, not the cached one.
        (await target.Services.Page(0, 20).ListAsync()).Content.Single().CurrentUserPermission.Should().Be(PermissionRole.Owner);
        (await target.Services.Version(service.Id, version).UpdateAsync(new() { Description = "Now allowed" })).Description.Should().Be("Now allowed");
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
        var service = await DemoServiceAsync();
        var share = await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Owner });
        var request = new CreateServiceShareRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = viewerTenant.Id, Role = PermissionRole.Viewer };

        // alice is MAINTAINER of the owning organization: she reads the shares but manages none.
        (await alice.ServiceShares.Of(service.Id).ListAsync()).Content.Should().ContainSingle();
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.ServiceShares.Of(service.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.ServiceShares.Of(service.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Viewer }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.ServiceShares.Of(service.Id).DeleteAsync(share.Id));
        // The recipient is OWNER through the share, yet cannot see or re-share.
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.ServiceShares.Of(service.Id).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.ServiceShares.Of(service.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.ServiceShares.Of(service.Id).UpdateAsync(share.Id, new() { Role = PermissionRole.Viewer }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => recipient.ServiceShares.Of(service.Id).DeleteAsync(share.Id));
        // Another tenant: the service does not exist for it.
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.ServiceShares.Of(service.Id).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.ServiceShares.Of(service.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<NotFoundException>(() => stranger.ServiceShares.Of(service.Id).DeleteAsync(share.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => orgViewer.ServiceShares.Of(service.Id).CreateAsync(request));
        await ExpectNothingChangedAsync<ForbiddenException>(() => stranger.ServiceShares.Of(service.Id).InOrg(Org).ListAsync());
    }

    [Fact]
    public async Task BadInputs_Are4xx_NamingWhatIsAccepted_AndChangeNothing()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        var service = await DemoServiceAsync();
        var valid = new CreateServiceShareRequest { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer };
        var share = await Shares(service.Id).CreateAsync(valid);

        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).CreateAsync(valid with { PrincipalId = Org })))
            .ErrorMessage.Should().Contain("own tenant");
        (await ExpectNothingChangedAsync<NotFoundException>(() => Shares(service.Id).CreateAsync(valid with { PrincipalId = Unknown })))
            .ErrorMessage.Should().Contain(Unknown);
        (await ExpectNothingChangedAsync<NotFoundException>(() => Shares(service.Id).CreateAsync(valid with { PrincipalType = SharePrincipalType.User })))
            .ErrorMessage.Should().Contain("User '" + tenant.Id);
        (await ExpectNothingChangedAsync<ConflictException>(() => Shares(service.Id).CreateAsync(valid with { Role = PermissionRole.Owner })))
            .ErrorMessage.Should().Contain(share.Id);
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).CreateAsync(valid with { Role = new PermissionRole("ADMIN") })))
            .ErrorMessage.Should().Contain("ADMIN").And.Contain("VIEWER, MAINTAINER, OWNER");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).CreateAsync(valid with { PrincipalType = new SharePrincipalType("TEAM") })))
            .ErrorMessage.Should().Contain("TEAM").And.Contain("USER, ORGANIZATION");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).CreateAsync(valid with { Role = null })))
            .ErrorMessage.Should().Contain("'role'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).CreateAsync(valid with { PrincipalId = " " })))
            .ErrorMessage.Should().Contain("'principalId'");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Shares(service.Id).UpdateAsync(share.Id, new() { Role = new PermissionRole("BOSS") })))
            .ErrorMessage.Should().Contain("BOSS");
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(service.Id).UpdateAsync(Unknown, new() { Role = PermissionRole.Owner }));
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(service.Id).DeleteAsync(Unknown));
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(Unknown).ListAsync());
        var other = (await Hub.Services.InOrg(Org).Page(0, 20).ListAsync()).Content.First(s => s.Id != service.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => Shares(other.Id).DeleteAsync(share.Id));
    }

    [Fact]
    public async Task DeletingTheService_RemovesItsShares_AndTheTargetsAccess()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var service = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.First(s => s.Lifecycle == ServiceLifecycle.Created);
        await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        (await target.Services.Page(0, 20).ListAsync()).TotalElements.Should().Be(1);

        await Hub.Services.InOrg(Org).DeleteAsync(service.Id);

        (await target.Services.Page(0, 20).ListAsync()).TotalElements.Should().Be(0);
        await FluentActions.Awaiting(() => Shares(service.Id).ListAsync()).Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task AnAccessibleService_SharedWithATenant_CanBeSubscribedThere_AndRevokingTheShareEndsTheSubscription()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var service = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.First(s => s.Lifecycle == ServiceLifecycle.Accessible);
        var app = await target.Applications.CreateAsync(new CreateApplicationRequest { Name = "Consumer of a shared service" });
        var request = new CreateSubscriptionRequest { ServiceId = service.Id, ApplicationId = app.Id };
        var owners = await Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = "Owner's own consumer" });
        var ownSubscription = await Hub.Subscriptions.InOrg(Org).CreateAsync(new CreateSubscriptionRequest { ServiceId = service.Id, ApplicationId = owners.Id });

        // ACCESSIBLE is internal to the owning tenant: unshared, the target cannot even see it.
        (await ExpectNothingChangedAsync<NotFoundException>(() => target.Subscriptions.CreateAsync(request)))
            .ErrorMessage.Should().Contain("shared with it");

        // A VIEWER share is enough: the subscription is written in the target's own tenant, on its own application.
        var share = await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
        var subscription = await target.Subscriptions.CreateAsync(request);

        subscription.Application!.Id.Should().Be(app.Id);
        (await target.Applications.Subscriptions(app.Id).ListAsync()).Should().ContainSingle(s => s.Id == subscription.Id);

        await Shares(service.Id).DeleteAsync(share.Id);

        await FluentActions.Awaiting(() => target.Subscriptions.GetAsync(subscription.Id)).Should().ThrowAsync<NotFoundException>();
        (await target.Applications.Subscriptions(app.Id).ListAsync()).Should().BeEmpty();
        (await Hub.Subscriptions.InOrg(Org).GetAsync(ownSubscription.Id)).Id.Should().Be(ownSubscription.Id, "the owning tenant's subscriptions never stood on the share");
        await ExpectNothingChangedAsync<NotFoundException>(() => target.Subscriptions.CreateAsync(request));
    }

    [Fact]
    public async Task RevokingTheShareOfAPublishedService_KeepsTheTargetsSubscriptions()
    {
        using var tenant = Fake.CreateTenant(PermissionRole.Owner);
        using var target = tenant.CreateClient();
        var service = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.First(s => s.Lifecycle == ServiceLifecycle.Published);
        var app = await target.Applications.CreateAsync(new CreateApplicationRequest { Name = "Marketplace consumer" });
        var share = await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Maintainer });
        var subscription = await target.Subscriptions.CreateAsync(new CreateSubscriptionRequest { ServiceId = service.Id, ApplicationId = app.Id });

        await Shares(service.Id).DeleteAsync(share.Id);

        (await target.Subscriptions.GetAsync(subscription.Id)).Id.Should().Be(subscription.Id, "a PUBLISHED service is open to every tenant, share or not");
    }

    [Fact]
    public async Task SharesList_IsPaged_SortedByCreatedAt()
    {
        var service = await DemoServiceAsync();
        var tenants = Enumerable.Range(0, 3).Select(_ => Fake.CreateTenant(PermissionRole.Owner)).ToList();
        try
        {
            foreach (var tenant in tenants)
            {
                await Shares(service.Id).CreateAsync(new() { PrincipalType = SharePrincipalType.Organization, PrincipalId = tenant.Id, Role = PermissionRole.Viewer });
            }

            var page = await Shares(service.Id).Page(1, 2).ListAsync();
            var descending = await Shares(service.Id).OrderByDescending(s => s.CreatedAt).Page(0, 20).ListAsync();

            (page.TotalElements, page.TotalPages, page.Content.Count).Should().Be((3L, 2, 1));
            page.Content[0].PrincipalId.Should().Be(tenants[2].Id);
            descending.Content.Select(s => s.PrincipalId).Should().Equal(tenants.Select(t => t.Id).Reverse());
        }
        finally
        {
            tenants.ForEach(t => t.Dispose());
        }
    }

    private ServiceSharesQuery Shares(string serviceId) => Hub.ServiceShares.Of(serviceId).InOrg(Org);

    private async Task<ServiceOverview> DemoServiceAsync() => (await Hub.Services.InOrg(Org).Page(0, 1).ListAsync()).Content[0];

    private static async Task<string> PersonalIdAsync(HubPlatformClient client) =>
        (await client.Users.GetAccountsAsync()).Single(a => !a.IsOrganization).Id;

    private static async Task<string> OrganizationIdAsync(HubPlatformClient client) =>
        (await client.Users.GetAccountsAsync()).First(a => a.IsOrganization).Id;
}
