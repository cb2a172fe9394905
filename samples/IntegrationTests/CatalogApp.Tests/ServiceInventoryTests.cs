using CatalogApp;
using KipuHub;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.FakeServer.Xunit;
using KipuHub.Models;

namespace CatalogApp.Tests;

/// <summary>
/// One fake server for the class; every test works in a tenant of its own, so the tests cannot see each other's data
/// and may run in any order.
/// </summary>
public sealed class ServiceInventoryTests(FakeHubFixture hub) : IClassFixture<FakeHubFixture>
{
    [Fact]
    public async Task An_empty_tenant_has_no_published_services_and_costs_one_call()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Viewer);
        using var client = tenant.CreateClient();

        var names = await new ServiceInventory(client).PublishedServiceNamesAsync();

        names.Should().BeEmpty();
        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ServicesList)
            .WithPage(0, ServiceInventory.PageSize).WithQuery("lifecycle", "PUBLISHED").Once();
    }

    [Fact]
    public async Task The_seeded_demo_organization_lists_its_published_services_in_name_order()
    {
        using var client = hub.Server.CreateClient(organizationId: hub.Server.DemoOrganizationId);

        var names = await new ServiceInventory(client).PublishedServiceNamesAsync();

        names.Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        hub.Journal.ForTenant(hub.Server.DemoOrganizationId).ShouldHaveCalled(HubCatalog.ServicesList).AtLeast(1);
    }

    [Fact]
    public async Task An_application_is_created_once_and_then_reused()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Maintainer);
        using var client = tenant.CreateClient();
        var inventory = new ServiceInventory(client);

        var first = await inventory.EnsureApplicationAsync("billing");
        var second = await inventory.EnsureApplicationAsync("billing");

        second.Id.Should().Be(first.Id);
        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ApplicationsCreate).Once();
        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ApplicationsList).Times(2);
    }

    [Fact]
    public async Task A_viewer_cannot_create_the_application()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Viewer);
        using var client = tenant.CreateClient();

        var act = () => new ServiceInventory(client).EnsureApplicationAsync("billing");

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task The_inventory_rides_out_two_503s_with_Retry_After()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();
        var fault = hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with
        {
            Tenant = tenant.Id,
            Status = 503,
            RetryAfterSeconds = 1,
            Times = 2,
        });

        try
        {
            (await new ServiceInventory(client).PublishedServiceNamesAsync()).Should().BeEmpty();
        }
        finally
        {
            hub.Faults.Remove(fault);
        }

        var calls = hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ServicesList).Times(3);
        calls.Select(c => c.Status).Should().Equal(503, 503, 200);
        (calls[2].Timestamp - calls[1].Timestamp).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }
}

/// <summary>A test that changes seeded data puts it back: reset the tenant it touched when it ends.</summary>
public sealed class SeededDataTests(FakeHubFixture hub) : IClassFixture<FakeHubFixture>, IDisposable
{
    public void Dispose() => hub.Reset(hub.Server.DemoOrganizationId);

    [Fact]
    public async Task Creating_in_the_seeded_organization_is_undone_by_a_reset()
    {
        using var client = hub.Server.CreateClient(organizationId: hub.Server.DemoOrganizationId);
        var before = (await client.Applications.ListAsync()).Count;

        await new ServiceInventory(client).EnsureApplicationAsync("temporary");
        (await client.Applications.ListAsync()).Should().HaveCount(before + 1);

        hub.Reset(hub.Server.DemoOrganizationId);
        (await client.Applications.ListAsync()).Should().HaveCount(before);
    }
}

/// <summary>A fixture with other settings: derive and override CreateOptions.</summary>
public sealed class StrictFakeHubFixture : FakeHubFixture
{
    protected override FakeHubOptions CreateOptions() => new() { Strict = true };
}

/// <summary>Strict mode proves at run time that the inventory always asks for pages (no KH0002).</summary>
public sealed class StrictPagingTests(StrictFakeHubFixture hub) : IClassFixture<StrictFakeHubFixture>
{
    [Fact]
    public async Task The_inventory_never_lists_without_a_page()
    {
        using var tenant = hub.CreateTenant();
        using var client = tenant.CreateClient();

        await new ServiceInventory(client).PublishedServiceNamesAsync();

        hub.Journal.ForTenant(tenant.Id).Entries.Should().NotBeEmpty().And.OnlyContain(e => e.Diagnostics.Count == 0 && e.Status == 200);
    }

    [Fact]
    public async Task An_unpaged_list_would_be_refused()
    {
        using var tenant = hub.CreateTenant();
        using var client = tenant.CreateClient();

        var act = () => client.Services.ListAsync();

        (await act.Should().ThrowAsync<BadRequestException>()).Which.ErrorMessage.Should().Contain("KH0002");
    }
}
