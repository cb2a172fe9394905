using System.Text.Json;

namespace KipuHub.FakeServer.Tests.Admin;

public sealed class ResetAndSnapshotTests : FakeHubTest
{
    /// <summary>Writes in the personal account and in the demo organization.</summary>
    private async Task ChangeThingsAsync()
    {
        using var client = Hub.CreateClient();
        using var inOrg = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);
        await client.Applications.CreateAsync(new CreateApplicationRequest { Name = "personal change" });
        await inOrg.Applications.CreateAsync(new CreateApplicationRequest { Name = "org change" });
        var pools = await inOrg.DataPools.ListAsync();
        await inOrg.Applications.DeleteAsync((await inOrg.Applications.ListAsync())[0].Id);
        pools.Should().NotBeEmpty();
    }

    private static async Task<string> ReadAsync(HttpClient http, string path, string? organization = null)
    {
        using var response = await http.FetchAsync(path, organization);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Reset_restores_exactly_the_seed_of_a_fresh_server_ids_and_sequence_included()
    {
        await using var fresh = await FakeHubServer.StartAsync();
        await ChangeThingsAsync();
        using var tenant = Hub.CreateTenant(PermissionRole.Owner);
        Hub.Store.Fingerprint().Should().NotBe(fresh.Store.Fingerprint());

        Hub.Reset();

        Hub.Store.Fingerprint().Should().Be(fresh.Store.Fingerprint());
        using var freshHttp = HubHttp.CreateClient(fresh);
        foreach (var organization in new[] { null, Hub.DemoOrganizationId })
        {
            foreach (var path in new[] { "services?page=0&size=2000", "v2/applications", "datapools", "my/accounts" })
            {
                (await ReadAsync(Http, path, organization)).Should().Be(await ReadAsync(freshHttp, path, organization));
            }
        }
        var next = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "after reset" });
        var freshNext = await fresh.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "after reset" });
        next.Should().BeEquivalentTo(freshNext, "the id and clock sequence restart too");
    }

    [Fact]
    public async Task Reset_over_HTTP_does_the_same()
    {
        var seeded = Hub.Store.Fingerprint();
        await ChangeThingsAsync();

        var done = await Hub.AdminJsonAsync(HttpMethod.Post, "reset");

        done.GetProperty("result").GetString().Should().Contain("seed");
        Hub.Store.Fingerprint().Should().Be(seeded);
    }

    [Fact]
    public async Task Resetting_one_tenant_restores_its_seeded_data_and_leaves_the_others_alone()
    {
        await using var fresh = await FakeHubServer.StartAsync();
        using var freshHttp = HubHttp.CreateClient(fresh);
        await ChangeThingsAsync();
        var personalBefore = await ReadAsync(Http, "v2/applications");

        await Hub.AdminJsonAsync(HttpMethod.Post, $"reset?tenant={Hub.DemoOrganizationId}");

        foreach (var path in new[] { "services?page=0&size=2000", "v2/applications", "datapools" })
        {
            (await ReadAsync(Http, path, Hub.DemoOrganizationId)).Should().Be(await ReadAsync(freshHttp, path, Hub.DemoOrganizationId), path);
        }
        (await ReadAsync(Http, "v2/applications")).Should().Be(personalBefore).And.Contain("personal change");
        Hub.Reset(Hub.DemoUserId);
        (await ReadAsync(Http, "v2/applications")).Should().Be(await ReadAsync(freshHttp, "v2/applications"));
    }

    [Fact]
    public async Task A_tenant_reset_keeps_the_subscriptions_other_tenants_hold_on_its_services()
    {
        await using var fresh = await FakeHubServer.StartAsync();
        var all = Hub.Store.Fingerprint();

        foreach (var tenant in Hub.SeedInfo.Organizations.Select(o => o.Id).Concat(Hub.SeedInfo.Principals.Select(p => p.UserId)))
        {
            Hub.Reset(tenant);
        }

        Hub.Store.Fingerprint().Should().Be(all, "resetting an untouched tenant changes nothing, cross-tenant subscriptions included");
    }

    [Fact]
    public async Task A_snapshot_restores_the_state_it_saved_and_can_be_restored_again()
    {
        await ChangeThingsAsync();
        var saved = Hub.Store.Fingerprint();
        Hub.SaveSnapshot("after-changes");
        var createdAfterSave = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "after save" });

        Hub.RestoreSnapshot("after-changes");
        Hub.Store.Fingerprint().Should().Be(saved);
        var createdAfterRestore = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "after save" });
        createdAfterRestore.Should().BeEquivalentTo(createdAfterSave, "the id and clock sequence come back with the snapshot");

        Hub.RestoreSnapshot("after-changes");
        Hub.Store.Fingerprint().Should().Be(saved, "a restore copies the snapshot, so later writes cannot reach it");
        Hub.Reset();
        Hub.RestoreSnapshot("after-changes");
        Hub.Store.Fingerprint().Should().Be(saved, "snapshots survive a reset");
    }

    [Fact]
    public async Task Snapshots_over_HTTP_save_list_restore_and_delete()
    {
        var seeded = Hub.Store.Fingerprint();
        await Hub.AdminJsonAsync(HttpMethod.Put, "snapshots/seeded");
        await ChangeThingsAsync();

        var list = await Hub.AdminJsonAsync(HttpMethod.Get, "snapshots");
        list.EnumerateArray().Select(s => s.GetProperty("name").GetString()).Should().Equal("seeded");
        await Hub.AdminJsonAsync(HttpMethod.Post, "snapshots/seeded/restore");
        Hub.Store.Fingerprint().Should().Be(seeded);
        await Hub.AdminJsonAsync(HttpMethod.Delete, "snapshots/seeded");
        (await Hub.AdminJsonAsync(HttpMethod.Get, "snapshots")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_restore_is_atomic_every_concurrent_read_sees_one_whole_state()
    {
        Hub.SaveSnapshot("seed");
        using var client = Hub.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            await client.Applications.CreateAsync(new CreateApplicationRequest { Name = $"extra {i}" });
        }
        Hub.SaveSnapshot("more");
        var states = new HashSet<string>(StringComparer.Ordinal) { await ReadAsync(Http, "v2/applications") };
        Hub.RestoreSnapshot("seed");
        states.Add(await ReadAsync(Http, "v2/applications"));
        states.Should().HaveCount(2);

        // Run until both sides have done enough, not for a fixed time: a busy machine must not starve the test.
        var reads = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        var restorer = Task.Run(async () =>
        {
            var restores = 0;
            while (!stop.IsCancellationRequested)
            {
                Hub.RestoreSnapshot(restores++ % 2 == 0 ? "more" : "seed");
                if (restores >= 50 && Volatile.Read(ref reads) >= 100)
                {
                    await stop.CancelAsync();
                }
                // A pause lets the readers in between restores: the gate favours neither side.
                await Task.Delay(1);
            }
            return restores;
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var seen = new List<string>();
            using var http = HubHttp.CreateClient(Hub);
            while (!stop.IsCancellationRequested)
            {
                seen.Add(await ReadAsync(http, "v2/applications"));
                Interlocked.Increment(ref reads);
            }
            return seen;
        })).ToList();

        (await restorer).Should().BeGreaterThanOrEqualTo(50);
        deadline.IsCancellationRequested.Should().BeFalse("50 restores and 100 reads finish well within a minute");
        var bodies = (await Task.WhenAll(readers)).SelectMany(b => b).ToList();
        bodies.Should().HaveCountGreaterThanOrEqualTo(100).And.OnlyContain(b => states.Contains(b), "no read may see half of a restored state");
    }

    [Fact]
    public async Task A_snapshot_taken_during_writes_is_consistent()
    {
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            using var client = Hub.CreateClient();
            while (!stop.IsCancellationRequested && written < 500)
            {
                await client.Applications.CreateAsync(new CreateApplicationRequest { Name = $"zz-w{written}" });
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 5 && !writer.IsCompleted)
        {
            await Task.Delay(5);
        }
        Hub.SaveSnapshot("mid-flight");
        await stop.CancelAsync();
        await writer;
        var seededCount = (await Hub.CreateClient().Applications.ListAsync()).Count(a => !a.Name!.StartsWith("zz-w", StringComparison.Ordinal));

        Hub.RestoreSnapshot("mid-flight");

        // Each create is one write: the clock of the next write must follow the applications the snapshot holds.
        var held = (await Hub.Client.Applications.ListAsync()).Count(a => a.Name!.StartsWith("zz-w", StringComparison.Ordinal));
        held.Should().BePositive();
        var next = await Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "next" });
        next.CreatedAt.Should().Be(Hub.Options.ReferenceDate.AddSeconds(held + 1));
        seededCount.Should().BePositive();
    }

    [Fact]
    public async Task Seed_info_names_the_seed_the_reference_date_and_every_principal_and_organization_with_roles()
    {
        var info = Hub.SeedInfo;

        info.Seed.Should().Be(42);
        info.ReferenceDate.Should().Be(FakeHubOptions.DefaultReferenceDate);
        info.Demo.Should().Be(new FakeHubPrincipal(Hub.DemoUserId, "demo", "demo-token"));
        info.Principals.Select(p => p.Username).Should().Equal("demo", "alice", "bob");
        info.Organizations.Select(o => o.Name).Should().Equal("Kipu Demo Org", "Qubit Research Lab", "Bob's Quantum Garage");
        var demoOrg = info.Organizations[0];
        demoOrg.Id.Should().Be(Hub.DemoOrganizationId);
        demoOrg.Members.Take(2).Select(m => (m.Username, m.Role)).Should().Equal(("demo", PermissionRole.Owner), ("alice", PermissionRole.Maintainer));
        demoOrg.Members.Should().HaveCount(26, "the demo organization's member list is longer than a page").And.OnlyHaveUniqueItems(m => m.UserId);
        demoOrg.Members.Skip(2).Should().OnlyContain(m => m.Token.Length == 0, "its further members are listed, never signed in as");

        var overHttp = await Hub.AdminJsonAsync(HttpMethod.Get, "seed");
        overHttp.GetProperty("seed").GetInt32().Should().Be(42);
        overHttp.GetProperty("demo").GetProperty("token").GetString().Should().Be("demo-token");
        overHttp.GetProperty("organizations")[1].GetProperty("members")[1].GetProperty("role").GetString().Should().Be("VIEWER");
        overHttp.GetProperty("referenceDate").GetString().Should().Be("2026-01-01T00:00:00+00:00");
    }
}

public sealed class RestoreUnderWritesTests : FakeHubTest
{
    [Fact]
    public async Task Restores_and_resets_during_writes_never_fail_a_request()
    {
        Hub.SaveSnapshot("seed");
        using var tenant = Hub.CreateTenant(PermissionRole.Owner);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        var writers = Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
        {
            using var http = HubHttp.CreateClient(Hub);
            while (!stop.IsCancellationRequested)
            {
                using var created = await http.SendAsync(HttpMethod.Post, "v2/applications", content: HubHttp.Json($$"""{"name":"w{{i}}"}"""));
                statuses.Add((int)created.StatusCode);
                using var accounts = await http.SendAsync(HttpMethod.Post, "authorize", token: tenant.Members[0].Token);
                statuses.Add((int)accounts.StatusCode);
            }
        })).ToList();
        var restores = 0;
        while (!stop.IsCancellationRequested)
        {
            if (restores++ % 3 == 2)
            {
                Hub.Reset(Hub.DemoUserId);
            }
            else
            {
                Hub.RestoreSnapshot("seed");
            }
            await Task.Delay(5);
        }
        await Task.WhenAll(writers);

        statuses.Should().NotBeEmpty().And.OnlyContain(s => s == 200 || s == 401,
            "a write sees the state before or after a restore; the tenant's token is gone after restoring a snapshot older than it");
        Hub.Store.Fingerprint().Should().NotBeNullOrEmpty();
    }
}
