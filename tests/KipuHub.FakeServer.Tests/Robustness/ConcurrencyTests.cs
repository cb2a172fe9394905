using System.Collections.Concurrent;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// Parallel clients on every tenant collection the catalog declares (<see cref="TenantCollection"/>): creates,
/// deletes and lists at once lose and duplicate nothing, and every answer given while snapshots are restored and the
/// state is reset shows one whole state: the saved rows all or none, the tenant with its rows or neither. Each test runs
/// until enough has happened on both sides, not for a fixed time.
/// </summary>
public sealed class ConcurrencyTests : FakeHubTest
{
    private const int Workers = 4;

    private const int CreatesPerWorker = 30;

    private const int SavedRows = 10;

    // Enough for a restore that let a request straddle it to be caught in most runs (measured by breaking it on purpose).
    private const int MinimumChanges = 150;

    private const int MinimumReads = 300;

    public static TheoryData<string> Collections => [.. TenantCollection.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Parallel_creates_deletes_and_lists_lose_and_duplicate_nothing(string name)
    {
        var collection = TenantCollection.Named(name);
        using var tenant = Hub.CreateTenant(PermissionRole.Owner);
        var token = tenant.Members[0].Token;
        var created = new ConcurrentBag<string>();
        var deleted = new ConcurrentBag<string>();
        var refusedDeletes = new ConcurrentBag<string>();
        var listings = new ConcurrentBag<List<string>>();
        var candidates = new List<string>();

        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            using var http = HubHttp.CreateClient(Hub);
            var random = new Random(worker);
            for (var i = 0; i < CreatesPerWorker; i++)
            {
                var (status, body) = await collection.SendAsync(http, TenancyAction.Create, token, tenant.Id);
                status.Should().Be(200, body);
                var id = TenantCollection.IdOf(body);
                created.Add(id);
                lock (candidates)
                {
                    candidates.Add(id);
                }
                if (i % 3 == 2)
                {
                    // Any worker's row, so that two workers sometimes delete the same one at once.
                    string victim;
                    lock (candidates)
                    {
                        victim = candidates[random.Next(candidates.Count)];
                    }
                    var (deleteStatus, deleteBody) = await collection.SendAsync(http, TenancyAction.Delete, token, tenant.Id, victim);
                    deleteStatus.Should().BeOneOf([204, 404], deleteBody);
                    (deleteStatus == 204 ? deleted : refusedDeletes).Add(victim);
                }
                if (i % 2 == 1)
                {
                    var (listStatus, listBody) = await collection.SendAsync(http, TenancyAction.List, token, tenant.Id);
                    listStatus.Should().Be(200, listBody);
                    listings.Add(collection.IdsOf(listBody));
                }
            }
        })).ToList();
        await Task.WhenAll(workers);

        created.Should().HaveCount(Workers * CreatesPerWorker).And.OnlyHaveUniqueItems("every create makes a row of its own");
        deleted.Should().OnlyHaveUniqueItems("a row is deleted once; a second delete of it is 404");
        refusedDeletes.Except(deleted).Should().BeEmpty("a delete is refused only when another one got there first");
        listings.Should().NotBeEmpty().And.OnlyContain(ids => ids.Distinct().Count() == ids.Count && ids.All(created.Contains),
            "a list taken during the writes shows each row once, and only rows that were created");
        var (finalStatus, finalBody) = await collection.SendAsync(Http, TenancyAction.List, token, tenant.Id);
        finalStatus.Should().Be(200);
        collection.IdsOf(finalBody).Should().BeEquivalentTo(created.Except(deleted), "the rows left are the successful creates less the successful deletes");
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Lists_during_restores_and_tenant_resets_show_the_saved_rows_all_or_none(string name)
    {
        var collection = TenantCollection.Named(name);
        using var tenant = Hub.CreateTenant(PermissionRole.Owner);
        Hub.SaveSnapshot("empty");
        await SaveRowsAsync(collection, tenant);
        // The tenant was created before both snapshots, so each restore and reset keeps it and its token.
        string[] cycle = ["saved", "reset tenant", "empty"];

        var (statuses, listings) = await ListWhileRestoringAsync(collection, tenant, cycle);

        statuses.Should().OnlyContain(s => s == 200, "a request sees the state before or after a restore, never a failure");
        foreach (var rows in listings)
        {
            // The ids repeat after a restore (they are deterministic); the labels say which write made each row.
            rows.Count(r => r.Label!.StartsWith("saved ", StringComparison.Ordinal)).Should().BeOneOf([0, SavedRows],
                "a list shows the saved rows all or none, never part of a restore");
            rows.Where(r => !r.Label!.StartsWith("saved ", StringComparison.Ordinal) && !r.Label.StartsWith("written ", StringComparison.Ordinal))
                .Should().BeEmpty("every other row listed is one a concurrent create made");
            rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        }
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Requests_during_restores_and_full_resets_see_the_tenant_and_its_rows_together_or_neither(string name)
    {
        var collection = TenantCollection.Named(name);
        Hub.SaveSnapshot("before");
        using var tenant = Hub.CreateTenant(PermissionRole.Owner);
        await SaveRowsAsync(collection, tenant);
        // "before" and a full reset hold neither the tenant nor its member; "saved" holds both and the rows.
        string[] cycle = ["saved", "reset all", "saved", "before"];

        var (statuses, listings) = await ListWhileRestoringAsync(collection, tenant, cycle);

        statuses.Should().OnlyContain(s => s == 200 || s == 401,
            "the member's token is unknown (401) where the tenant is gone; a 403 or 404 would be a tenant seen without its rows");
        statuses.Should().Contain(200).And.Contain(401);
        listings.Should().OnlyContain(rows => rows.Count(r => r.Label!.StartsWith("saved ", StringComparison.Ordinal)) == SavedRows,
            "where the tenant is there, so are all its saved rows");
    }

    private async Task SaveRowsAsync(TenantCollection collection, FakeHubTenant tenant)
    {
        for (var i = 0; i < SavedRows; i++)
        {
            var (status, body) = await collection.SendAsync(Http, TenancyAction.Create, tenant.Members[0].Token, tenant.Id, label: $"saved {i}");
            status.Should().Be(200, body);
        }
        Hub.SaveSnapshot("saved");
    }

    /// <summary>
    /// Two writers create labelled rows and two readers list, as the tenant's owner, while the state goes round the
    /// cycle (snapshot names, "reset tenant", "reset all"); until <see cref="MinimumChanges"/> state changes and <see cref="MinimumReads"/> lists have happened.
    /// </summary>
    private async Task<(List<int> Statuses, List<List<(string Id, string? Label)>> Listings)> ListWhileRestoringAsync(
        TenantCollection collection, FakeHubTenant tenant, string[] cycle)
    {
        var token = tenant.Members[0].Token;
        var listings = new ConcurrentBag<List<(string Id, string? Label)>>();
        var statuses = new ConcurrentBag<int>();
        var (changes, reads) = (0, 0);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);

        var restorer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                switch (cycle[changes++ % cycle.Length])
                {
                    case "reset tenant": Hub.Reset(tenant.Id); break;
                    case "reset all": Hub.Reset(); break;
                    case var snapshot: Hub.RestoreSnapshot(snapshot); break;
                }
                if (changes >= MinimumChanges && Volatile.Read(ref reads) >= MinimumReads)
                {
                    await stop.CancelAsync();
                }
                // A pause lets the clients in between changes: the gate favours neither side.
                await Task.Delay(1);
            }
        });
        var clients = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            using var http = HubHttp.CreateClient(Hub);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var write = worker % 2 == 0;
                var (status, body) = await collection.SendAsync(http, write ? TenancyAction.Create : TenancyAction.List, token, tenant.Id,
                    label: $"written {worker}.{n}");
                statuses.Add(status);
                if (!write)
                {
                    Interlocked.Increment(ref reads);
                    if (status == 200)
                    {
                        listings.Add(collection.LabelledRowsOf(body));
                    }
                }
            }
        })).ToList();
        await restorer;
        await Task.WhenAll(clients);

        deadline.IsCancellationRequested.Should().BeFalse("the state changes and lists finish well within a minute");
        listings.Should().NotBeEmpty();
        return ([.. statuses], [.. listings]);
    }
}
