using CatalogApp;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.FakeServer.Xunit;
using KipuHub.Models;

namespace CatalogApp.Tests.XunitV3;

/// <summary>
/// The inventory against the assembly's fake server. Every call takes the test's cancellation token
/// (TestContext.Current.CancellationToken), so a cancelled or timed-out run stops its calls instead of waiting them out.
/// </summary>
public sealed class ServiceInventoryTests(FakeHubFixture hub)
{
    [Fact]
    public async Task Published_services_are_read_page_after_page_and_sorted_by_name()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = hub.Server.CreateClient(organizationId: hub.Server.DemoOrganizationId);

        var names = await new ServiceInventory(client).PublishedServiceNamesAsync(cancellationToken);

        names.Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        var calls = hub.Journal.ForTenant(hub.Server.DemoOrganizationId).ShouldHaveCalled(HubCatalog.ServicesList)
            .WithQuery("lifecycle", "PUBLISHED").AtLeast(1);
        calls.Select(c => c.Page).Should().Equal(Enumerable.Range(0, calls.Count).Select(p => (int?)p));
    }

    [Fact]
    public async Task A_tenant_never_sees_the_applications_of_another()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var mine = hub.CreateTenant(PermissionRole.Owner);
        using var theirs = hub.CreateTenant(PermissionRole.Owner);
        using var myClient = mine.CreateClient();
        using var theirClient = theirs.CreateClient();

        await new ServiceInventory(myClient).EnsureApplicationAsync("billing", cancellationToken);

        (await theirClient.Applications.ListAsync(cancellationToken)).Should().BeEmpty();
        hub.Journal.ForTenant(mine.Id).ShouldHaveCalled(HubCatalog.ApplicationsCreate).Once();
        hub.Journal.ForTenant(theirs.Id).ShouldNotHaveCalled(HubCatalog.ApplicationsCreate);
    }

    [Fact]
    public async Task A_viewer_is_refused_with_403_and_nothing_is_created()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var tenant = hub.CreateTenant(PermissionRole.Viewer, PermissionRole.Owner);
        using var viewer = tenant.CreateClient(PermissionRole.Viewer);
        using var owner = tenant.CreateClient(PermissionRole.Owner);

        var act = () => new ServiceInventory(viewer).EnsureApplicationAsync("billing", cancellationToken);

        (await act.Should().ThrowAsync<ForbiddenException>()).Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ApplicationsCreate).WithStatus(403).Once();
        (await owner.Applications.ListAsync(cancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_create_that_fails_with_500_is_not_retried_and_the_next_attempt_creates_it_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var tenant = hub.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();
        var inventory = new ServiceInventory(client);
        var fault = hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsCreate) with { Tenant = tenant.Id, Status = 500, Times = 1 });

        try
        {
            // A POST is not idempotent, so the client reports the failure instead of risking a second application.
            await inventory.Invoking(i => i.EnsureApplicationAsync("billing", cancellationToken)).Should().ThrowAsync<InternalServerException>();
            await inventory.EnsureApplicationAsync("billing", cancellationToken);
        }
        finally
        {
            hub.Faults.Remove(fault);
        }

        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ApplicationsCreate).Times(2)
            .Select(c => c.Status).Should().Equal(500, 200);
        (await client.Applications.ListAsync(cancellationToken)).Should().ContainSingle(a => a.Name == "billing");
    }

    [Fact]
    public async Task Cancelling_the_token_stops_a_listing_the_server_holds_up()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();
        var fault = hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Tenant = tenant.Id, LatencyMs = 30_000 });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));

        try
        {
            var act = () => new ServiceInventory(client).PublishedServiceNamesAsync(cancellation.Token);

            await act.Should().ThrowAsync<OperationCanceledException>();
        }
        finally
        {
            hub.Faults.Remove(fault);
        }
    }
}
