using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>
/// What was charged stays charged (docs/contract.md#billing): the ledger derives its entries from live rows, so when a
/// write deletes a row that carried charges (a finished job, a service with its executions and metering, a
/// subscription, an application), the entries that vanish are stored here, as they were, and the ledger reads them
/// with the live ones. Only entries of a payer that still exists are kept: a removed tenant's own charges go with it.
/// </summary>
internal static class SettledCharges
{
    /// <summary>The kept entries, owned by their payer: a per-tenant reset and a tenant's removal take them too.</summary>
    public static TableDef<LedgerEntry> Table { get; } = new TableDef<LedgerEntry>("billing_settled_charges", e => e.Id)
        .OwnedByTenant(e => e.PayerId)
        .OrderedBy(e => e.Timestamp);

    /// <summary>Captures the ledger before a write's first delete and keeps, at its commit, the entries the deletes took away.</summary>
    public static DeletionWatcher Watcher { get; } = new("billing: keep what was charged",
        store => Ledger.Entries(store, store.Now),
        (store, captured) =>
        {
            var remaining = Ledger.Entries(store, store.Now).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var kept = store.Table(Table);
            foreach (var entry in (List<LedgerEntry>)captured)
            {
                if (!remaining.Contains(entry.Id) && Tenancy.Exists(store, entry.PayerId))
                {
                    kept.Add(entry);
                }
            }
        });
}
