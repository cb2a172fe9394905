using KipuHub.Contract;
using KipuHub.FakeServer.Faults;
using KipuHub.Models;

namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>
/// A request resolves its caller and then runs its handler. A reset or restore must never land between the two,
/// or the request would act on half of the old state and half of the new one.
/// </summary>
public sealed class RestoreDuringRequestTests
{
    [Fact]
    public async Task A_reset_waits_for_a_request_that_has_already_resolved_its_caller()
    {
        await using var fake = await FakeHubServer.StartAsync();
        await using var fresh = await FakeHubServer.StartAsync();
        fake.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsCreate) with { LatencyMs = 1000, Times = 1 });
        using var hub = fake.CreateClient(FakeHubServer.DemoToken, fake.DemoOrganizationId);

        var create = hub.Applications.CreateAsync(new CreateApplicationRequest { Name = "Straddles the reset" });
        await Task.Delay(300);
        await Task.Run(() => fake.Reset());
        var created = await create;

        fake.Store.Fingerprint().Should().Be(fresh.Store.Fingerprint(), "the reset ran after the write, so exactly the seed remains");
        (await hub.Applications.ListAsync()).Should().NotContain(a => a.Id == created.Id);
    }

    [Fact]
    public async Task A_restore_waits_for_a_request_that_has_already_resolved_its_caller()
    {
        await using var fake = await FakeHubServer.StartAsync();
        fake.SaveSnapshot("before");
        var before = fake.Store.Fingerprint();
        fake.Faults.Add(FakeHubFault.On(HubCatalog.DataPoolsCreate) with { LatencyMs = 1000, Times = 1 });
        using var hub = fake.CreateClient(FakeHubServer.DemoToken, fake.DemoOrganizationId);

        var create = hub.DataPools.CreateAsync(new CreateDataPoolRequest { Name = "Straddles the restore" });
        await Task.Delay(300);
        await Task.Run(() => fake.RestoreSnapshot("before"));
        await create;

        fake.Store.Fingerprint().Should().Be(before, "the restore ran after the write and took the state back whole");
    }
}
