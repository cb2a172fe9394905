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
        await WhenTheFaultHasHeldTheRequestAsync(fake, create);
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
        await WhenTheFaultHasHeldTheRequestAsync(fake, create);
        await Task.Run(() => fake.RestoreSnapshot("before"));
        await create;

        fake.Store.Fingerprint().Should().Be(before, "the restore ran after the write and took the state back whole");
    }

    [Fact]
    public async Task Removing_a_tenant_waits_for_a_request_of_its_members_so_the_request_sees_the_tenant_whole()
    {
        await using var fake = await FakeHubServer.StartAsync();
        var tenant = fake.CreateTenant(PermissionRole.Owner);
        using var owner = tenant.CreateClient();
        var application = await owner.Applications.CreateAsync(new CreateApplicationRequest { Name = "Straddles the removal" });
        fake.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsGet) with { LatencyMs = 1000, Times = 1 });

        var read = owner.Applications.GetAsync(application.Id);
        await WhenTheFaultHasHeldTheRequestAsync(fake, read);
        await Task.Run(tenant.Dispose);

        (await read).Id.Should().Be(application.Id, "the removal waited for the request, which saw the tenant and its application");
        await FluentActions.Awaiting(() => owner.Applications.GetAsync(application.Id)).Should().ThrowAsync<KipuHub.Errors.UnauthorizedException>(
            "after the removal the member and its token are gone");
    }

    /// <summary>
    /// The fault is matched after the caller is resolved, so its first hit proves the request is inside the gate and
    /// sleeping in its latency: a fixed delay would race a slow machine.
    /// </summary>
    private static async Task WhenTheFaultHasHeldTheRequestAsync(FakeHubServer fake, Task request)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (fake.Faults.List().Single().Hits == 0)
        {
            request.IsCompleted.Should().BeFalse("the request must still be held by its 1 s latency fault");
            await Task.Delay(10, patience.Token);
        }
        request.IsCompleted.Should().BeFalse("the fault's latency holds the request for 1 s");
    }
}
