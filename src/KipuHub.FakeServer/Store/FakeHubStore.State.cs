using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KipuHub.FakeServer.Store;

/// <summary>A copy of every table and of the id sequence. Rows are immutable, so a copy shares them.</summary>
/// <param name="Tables">One copy per table of the schema, in schema order.</param>
/// <param name="Sequence">The id and clock sequence.</param>
/// <param name="Tenants">The seeded tenants (the same in every state of one store).</param>
internal sealed record StoreState(HubTable[] Tables, SequencePosition Sequence, IReadOnlyList<SeededTenant> Tenants) : IRowLookup
{
    public object? Find(TableDef table, string key) => Tables[table.Index].FindUntyped(key);

    public IEnumerable<object> RowsOf(TableDef table) => Tables[table.Index].UntypedRows;

    /// <summary>The rows of one table in this state.</summary>
    public IEnumerable<T> Rows<T>(TableDef<T> table) where T : class => ((HubTable<T>)Tables[table.Index]).Rows;
}

/// <summary>A named snapshot.</summary>
internal sealed record StoreSnapshot(string Name, DateTimeOffset TakenAt, StoreState State);

// Reset, per-tenant reset, tenant content removal, snapshots and the fingerprint. Each is one operation under the
// store's lock, so a request sees the state before or after it, never a mix; every one works from the schema's
// table declarations, so a new table is covered by being registered.
internal sealed partial class FakeHubStore
{
    public const int MaxSnapshotNameLength = 64;

    private static readonly Regex s_snapshotName = new("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    private static readonly JsonSerializerOptions s_fingerprintOptions = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private readonly Dictionary<string, StoreSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The state right after seeding: what a reset goes back to.</summary>
    public StoreState SeedState { get; }

    /// <summary>Back to a fresh start with the same seed: the seeded data, ids and id sequence; created tenants are gone.</summary>
    public void ResetAll() => Gate.RunExclusive(() =>
    {
        lock (_gate)
        {
            Load(SeedState);
        }
        return true;
    });

    /// <summary>
    /// Gives one tenant back its seeded rows in every tenant-owned table; a created tenant is emptied. Rows of other
    /// tenants that pointed at the tenant's removed rows go too, unless the seed brings those rows back. The accounts
    /// themselves and the id sequence are left alone, so ids created elsewhere stay unique.
    /// </summary>
    public Failure? ResetTenant(string tenantId) => Gate.RunExclusive(() =>
    {
        using var write = Writing();
        if (!Tenancy.Exists(this, tenantId))
        {
            return write.Commit(UnknownTenant(tenantId));
        }
        // Without cascading: rows of other tenants that point at the tenant's seeded rows stay, since those come back.
        foreach (var (def, key) in RowsOwnedBy(tenantId))
        {
            Delete(def, key, cascade: false);
        }
        foreach (var def in Schema.Tables.Where(t => t.IsTenantOwned))
        {
            var table = _tables[def.Index];
            foreach (var row in SeedState.Tables[def.Index].UntypedRows.Where(r => def.TenantOf(r, SeedState) == tenantId))
            {
                var key = def.KeyOf(row);
                if (table.FindUntyped(key) is null)
                {
                    Log(new Undo(table, key, null, -1));
                    table.AddUntyped(row);
                }
            }
        }
        Prune();
        // Seeded rows back in seed order, so resetting an untouched tenant leaves the store exactly as it was.
        foreach (var def in Schema.Tables.Where(t => t.IsTenantOwned))
        {
            _tables[def.Index].Reorder([.. SeedState.Tables[def.Index].UntypedRows.Select(def.KeyOf)]);
        }
        Changed();
        return write.Commit();
    });

    /// <summary>
    /// Deletes every row a tenant owns, in every tenant-owned table, and every row left pointing at nothing or
    /// breaking its table's invariant. Runs inside the caller's write.
    /// </summary>
    public void RemoveContentOf(string tenantId, bool prune = true)
    {
        EnsureWriting();
        foreach (var (def, key) in RowsOwnedBy(tenantId))
        {
            Delete(def, key);
        }
        if (prune)
        {
            Prune();
        }
    }

    /// <summary>
    /// Every row a tenant owns, in schema order, found before anything is deleted: a row owned through another row
    /// (a subscription through its application) can only be traced to its tenant while that row exists.
    /// </summary>
    private List<(TableDef Table, string Key)> RowsOwnedBy(string tenantId) =>
        [.. Schema.Tables.Where(t => t.IsTenantOwned)
            .SelectMany(def => _tables[def.Index].UntypedRows.Where(r => def.TenantOf(r, this) == tenantId).Select(r => (def, def.KeyOf(r))))];

    public Failure? SaveSnapshot(string name, DateTimeOffset now)
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            _snapshots[name] = new StoreSnapshot(name, now, Capture());
            return null;
        }
    }

    /// <summary>Swaps the whole state for a copy of the snapshot in one step; the snapshot stays for further restores.</summary>
    public Failure? RestoreSnapshot(string name) => Gate.RunExclusive(() =>
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(name, out var snapshot))
            {
                return UnknownSnapshot(name);
            }
            Load(snapshot.State);
            return null;
        }
    });

    public Failure? DeleteSnapshot(string name)
    {
        if (SnapshotNameProblem(name) is { } problem)
        {
            return problem;
        }
        lock (_gate)
        {
            return _snapshots.Remove(name) ? null : UnknownSnapshot(name);
        }
    }

    /// <summary>Deletes every snapshot.</summary>
    public void DeleteSnapshots()
    {
        lock (_gate)
        {
            _snapshots.Clear();
        }
    }

    public IReadOnlyList<(string Name, DateTimeOffset TakenAt)> Snapshots()
    {
        lock (_gate)
        {
            return [.. _snapshots.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Name, s.TakenAt))];
        }
    }

    /// <summary>
    /// A hash over every table (rows in table order) and the id and clock sequence. Tests compare it before and after
    /// a failed request to prove that nothing changed.
    /// </summary>
    public string Fingerprint()
    {
        lock (_gate)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{_sequence.Position}\n"));
            foreach (var table in _tables)
            {
                hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(table.Def.Name, s_fingerprintOptions));
                foreach (var row in table.UntypedRows)
                {
                    hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(row, table.Def.RowType, s_fingerprintOptions));
                }
            }
            return Convert.ToHexString(hash.GetHashAndReset());
        }
    }

    /// <summary>
    /// Deletes, until none is left, every row that points at a missing row or breaks its table's invariant. A write that
    /// takes away what other rows stand on (a revoked share) calls it inside its transaction. Callers hold a write.
    /// </summary>
    internal void Prune()
    {
        bool deleted;
        do
        {
            deleted = false;
            foreach (var def in Schema.Tables)
            {
                foreach (var key in _tables[def.Index].UntypedRows.Where(r => !def.IsIntact(r, this)).Select(def.KeyOf).ToList())
                {
                    deleted |= Delete(def, key);
                }
            }
        }
        while (deleted);
    }

    private StoreState Capture() => CaptureSeed(SeedState.Tenants);

    /// <summary>A copy of the current state; the seed state is captured this way before <see cref="SeedState"/> is set.</summary>
    internal StoreState CaptureSeed(IReadOnlyList<SeededTenant> tenants) =>
        new([.. _tables.Select(t => t.CopyFor(this))], _sequence.Position, tenants);

    /// <summary>Replaces every table and the sequence with a state's. Callers hold the lock, or are the constructor.</summary>
    private void Load(StoreState state)
    {
        for (var i = 0; i < _tables.Length; i++)
        {
            _tables[i].LoadFrom(state.Tables[i]);
        }
        _sequence.MoveTo(state.Sequence);
        Changed();
    }

    private static Failure? SnapshotNameProblem(string? name) =>
        string.IsNullOrEmpty(name) || name.Length > MaxSnapshotNameLength || !s_snapshotName.IsMatch(name)
            ? Failure.Malformed($"Snapshot name '{Echo.Of(name)}' must be 1 to {MaxSnapshotNameLength} letters, digits, '.', '_' or '-'.")
            : null;

    private Failure UnknownSnapshot(string name) =>
        Failure.NotFound($"There is no snapshot named '{Echo.Of(name)}'. Saved snapshots: {(_snapshots.Count == 0 ? "none" : string.Join(", ", _snapshots.Keys.Order(StringComparer.Ordinal)))}.");

    public static Failure UnknownTenant(string tenantId) =>
        Failure.NotFound($"There is no tenant '{Echo.Of(tenantId)}'. GET /_admin/seed lists the seeded ones; a tenant id is an organization id or a user id.");
}
