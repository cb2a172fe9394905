using CatalogApp;
using KipuHub.Contract;
using KipuHub.FakeServer.Xunit;
using KipuHub.Models;

namespace CatalogApp.Tests;

/// <summary>One fake server shared by every class in the collection (xunit runs collections in parallel, classes within one in turn).</summary>
[CollectionDefinition(Name)]
public sealed class SharedServerCollection : ICollectionFixture<FakeHubFixture>
{
    public const string Name = "shared fake hub";
}

[Collection(SharedServerCollection.Name)]
public sealed class FirstClassOnTheSharedServer(FakeHubFixture hub)
{
    [Fact]
    public async Task Works_in_its_own_tenant()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();

        await new ServiceInventory(client).EnsureApplicationAsync("first");

        hub.Journal.ForTenant(tenant.Id).ShouldHaveCalled(HubCatalog.ApplicationsCreate).Once();
    }
}

[Collection(SharedServerCollection.Name)]
public sealed class SecondClassOnTheSharedServer(FakeHubFixture hub)
{
    [Fact]
    public async Task Does_not_see_the_first_class_data()
    {
        using var tenant = hub.CreateTenant(PermissionRole.Owner);
        using var client = tenant.CreateClient();

        (await client.Applications.ListAsync()).Should().BeEmpty();
    }
}
