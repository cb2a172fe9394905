using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.Store;

/// <summary>
/// Reset, per-tenant reset, snapshots, rollback, the fingerprint, seed info and reference integrity work from the
/// schema's table declarations. Every registered table is checked here, so a namespace's table is covered from the
/// day it is registered, without a line of this file changing.
/// </summary>
public sealed class SchemaCoverageTests
{
    public static TheoryData<string> Tables => new(HubModules.Schema.Tables.Select(t => t.Name));

    public static TheoryData<string> TenantOwnedTables => new(HubModules.Schema.Tables.Where(t => t.IsTenantOwned).Select(t => t.Name));

    public static TheoryData<string> ReferencedTables => new(HubModules.Schema.Tables.Where(t => HubModules.Schema.PointingAt(t).Count > 0).Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryTable_IsSeeded_AndListedInSeedInfo(string table)
    {
        var store = NewStore();

        store.SeedState.Tables[Def(table).Index].Count.Should().BePositive($"the seed puts rows in '{table}', so the checks below have something to check");
        FakeHubSeedInfo.Of(store).Collections.Should().ContainSingle(c => c.Name == table)
            .Which.Count.Should().Be(store.SeedState.Tables[Def(table).Index].Count);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void DeletingARow_ChangesTheFingerprint_AndAWriteLeftUncommitted_TakesItBack(string table)
    {
        var store = NewStore();
        var before = store.Fingerprint();

        using (store.Writing())
        {
            store.Delete(Def(table), FirstKey(store, table)).Should().BeTrue();
            store.Fingerprint().Should().NotBe(before, $"the fingerprint covers '{table}'");
        }

        store.Fingerprint().Should().Be(before, "a write that does not commit leaves no trace");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void ResetAll_And_Snapshots_BringBackEveryTable(string table)
    {
        var store = NewStore();
        var seeded = store.Fingerprint();
        store.SaveSnapshot("seeded", DateTimeOffset.UnixEpoch).Should().BeNull();

        DeleteCommitted(store, table, FirstKey(store, table));
        store.RestoreSnapshot("seeded").Should().BeNull();
        store.Fingerprint().Should().Be(seeded, $"a snapshot restores '{table}'");

        DeleteCommitted(store, table, FirstKey(store, table));
        store.ResetAll();
        store.Fingerprint().Should().Be(seeded, $"a reset restores '{table}'");
    }

    [Theory]
    [MemberData(nameof(TenantOwnedTables))]
    public void ResetOfATenant_BringsBackItsRows_AndLeavesTheOthersAlone(string table)
    {
        var store = NewStore();
        var def = Def(table);
        var (key, tenant) = OwnedRows(store, def).First();
        var other = OwnedRows(store, def).FirstOrDefault(r => r.Tenant != tenant);
        var seeded = store.Fingerprint();

        DeleteCommitted(store, table, key);
        if (other.Key is not null)
        {
            DeleteCommitted(store, table, other.Key);
        }
        store.ResetTenant(tenant).Should().BeNull();

        Find(store, def, key).Should().NotBeNull($"resetting tenant {tenant} brings back its row of '{table}'");
        if (other.Key is not null)
        {
            Find(store, def, other.Key).Should().BeNull($"resetting tenant {tenant} leaves tenant {other.Tenant}'s rows as they are");
        }
        // A deleted row may have taken rows of third tenants with it (subscriptions to a service): each reset brings back its own.
        foreach (var seededTenant in store.SeedState.Tenants)
        {
            store.ResetTenant(seededTenant.Id).Should().BeNull();
        }
        store.Fingerprint().Should().Be(seeded, "once every tenant is reset, the store is the seed again");
    }

    [Theory]
    [MemberData(nameof(ReferencedTables))]
    public void DeletingARowOthersPointAt_DeletesThemToo_SoNothingDangles(string table)
    {
        var store = NewStore();
        var def = Def(table);
        var referenced = HubModules.Schema.PointingAt(def)
            .SelectMany(child => store.SeedState.Tables[child.Index].UntypedRows.SelectMany(r => child.KeysIn(r, def)))
            .First();

        DeleteCommitted(store, table, referenced);

        using (store.Reading())
        {
            foreach (var child in HubModules.Schema.Tables)
            {
                store.Rows(child).Where(r => !child.IsIntact(r, store)).Should().BeEmpty($"no row of '{child.Name}' may point at the deleted row of '{table}'");
            }
        }
    }

    [Fact]
    public void TheSeed_HasNoDanglingReference_AndKeepsEveryInvariant()
    {
        var store = NewStore();

        foreach (var table in HubModules.Schema.Tables)
        {
            store.SeedState.Tables[table.Index].UntypedRows.Where(r => !table.IsIntact(r, store.SeedState)).Should().BeEmpty(table.Name);
        }
    }

    private static FakeHubStore NewStore() => HubModules.CreateStore(FakeHubOptions.DefaultSeed, FakeHubOptions.DefaultReferenceDate);

    private static TableDef Def(string name) => HubModules.Schema.Tables.Single(t => t.Name == name);

    private static string FirstKey(FakeHubStore store, string table) => Def(table).KeyOf(store.SeedState.Tables[Def(table).Index].UntypedRows.First());

    private static IEnumerable<(string Key, string Tenant)> OwnedRows(FakeHubStore store, TableDef def) =>
        store.SeedState.Tables[def.Index].UntypedRows.Select(r => (def.KeyOf(r), def.TenantOf(r, store.SeedState)!));

    private static object? Find(FakeHubStore store, TableDef def, string key)
    {
        using (store.Reading())
        {
            return ((IRowLookup)store).Find(def, key);
        }
    }

    private static void DeleteCommitted(FakeHubStore store, string table, string key)
    {
        using var write = store.Writing();
        store.Delete(Def(table), key).Should().BeTrue();
        write.Commit();
    }
}
