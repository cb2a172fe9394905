using System.Collections.Concurrent;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// The state of one fake server: the tables its modules declared, seeded at start and changed by writes. One lock
/// guards everything. A write runs in a <see cref="WriteScope"/> that logs every change; unless it commits, the
/// changes and the id sequence are taken back, so a request that ends in an error, or in an exception, leaves no trace.
/// </summary>
/// <remarks>Resets, snapshots and the fingerprint are in FakeHubStore.State.cs.</remarks>
internal sealed partial class FakeHubStore : IRowLookup
{
    private readonly Lock _gate = new();
    private readonly DeterministicSequence _sequence;
    private readonly HubTable[] _tables;
    private List<Undo>? _undo;

    /// <summary>What each deletion watcher captured in the open write, before its first delete; null until then.</summary>
    private object[]? _captures;
    private SequencePosition _sequenceAtWrite;
    private long _version;
    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <param name="schema">The tables and seeders.</param>
    /// <param name="seed">The data set.</param>
    /// <param name="referenceDate">"Now" for the data set.</param>
    /// <param name="deterministicSecrets">Whether tokens created at run time come from a seeded stream instead of a cryptographic generator.</param>
    public FakeHubStore(StoreSchema schema, int seed, DateTimeOffset referenceDate, bool deterministicSecrets = false)
    {
        Schema = schema;
        Seed = seed;
        ReferenceDate = referenceDate;
        _sequence = new DeterministicSequence(seed, referenceDate, deterministicSecrets);
        _tables = [.. schema.Tables.Select(t => t.CreateTable(this))];
        SeedState = SeedStates.For(this);
        Load(SeedState);
    }

    public StoreSchema Schema { get; }

    public int Seed { get; }

    public DateTimeOffset ReferenceDate { get; }

    /// <summary>
    /// Moves on with every change of state (writes, resets, restores, tenants created or removed), never back, so
    /// anything derived from the state can be kept for as long as the version stays the same.
    /// </summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>The lists and pages read at the current version; see <see cref="ReadVersioned"/>.</summary>
    public ListCache Lists { get; } = new();

    /// <summary>Admits catalog requests, and keeps resets and restores out of the middle of one.</summary>
    public RequestGate Gate { get; } = new();

    /// <summary>The table of <paramref name="def"/> in this store. Read it only inside <see cref="Reading"/> or <see cref="Writing"/>.</summary>
    public HubTable<T> Table<T>(TableDef<T> def) where T : class =>
        def.Index >= 0 && def.Index < _tables.Length && _tables[def.Index].Def == def
            ? (HubTable<T>)_tables[def.Index]
            : throw new InvalidOperationException($"Table '{def.Name}' is not part of this store's schema; register it in its module.");

    /// <summary>Holds the lock for reading until disposed.</summary>
    public ReadScope Reading()
    {
        _gate.Enter();
        return new ReadScope(this);
    }

    /// <summary>Opens a write: holds the lock and logs every change until <see cref="WriteScope.Commit{T}"/> or disposal.</summary>
    /// <exception cref="InvalidOperationException">A write is already open: writes do not nest.</exception>
    public WriteScope Writing()
    {
        _gate.Enter();
        if (_undo is not null)
        {
            _gate.Exit();
            throw new InvalidOperationException("A write is already open on this store; writes do not nest.");
        }
        _undo = [];
        _captures = null;
        _sequenceAtWrite = _sequence.Position;
        return new WriteScope(this);
    }

    /// <summary>Runs a read under the lock, with the version of the state it read.</summary>
    public (T Value, long Version) ReadVersioned<T>(Func<T> read)
    {
        lock (_gate)
        {
            return (read(), _version);
        }
    }

    /// <summary>A fresh id for a row created by the open write.</summary>
    public string NextId()
    {
        EnsureWriting();
        return _sequence.NextId();
    }

    /// <summary>A secret value for the open write.</summary>
    public string NextSecret()
    {
        EnsureWriting();
        return _sequence.NextSecret();
    }

    /// <summary>
    /// This store's 256-bit signing key for <paramref name="purpose"/> (tokens a module signs, such as data pool grants):
    /// derived from the seed with deterministic secrets, else random, and drawn once per store. It is not state: resets
    /// and snapshots keep it, and it moves no sequence, so ids stay the same either way.
    /// </summary>
    public byte[] SigningKey(string purpose) => _keys.GetOrAdd(purpose, _sequence.NewKey);

    /// <summary>The time of the open write: one second after the previous write.</summary>
    public DateTimeOffset Tick()
    {
        EnsureWriting();
        return _sequence.Tick();
    }

    /// <summary>The table of any declaration, untyped. Callers hold the lock.</summary>
    internal HubTable TableAt(TableDef def) => _tables[def.Index];

    object? IRowLookup.Find(TableDef table, string key) => _tables[table.Index].FindUntyped(key);

    IEnumerable<object> IRowLookup.RowsOf(TableDef table) => Rows(table);

    /// <summary>The rows of any table, untyped, in table order. Read them only inside <see cref="Reading"/> or <see cref="Writing"/>.</summary>
    internal IEnumerable<object> Rows(TableDef table) => _tables[table.Index].UntypedRows;

    /// <summary>Logs a change of the open write.</summary>
    internal void Log(in Undo undo)
    {
        EnsureWriting();
        _undo!.Add(undo);
    }

    /// <summary>Deletes a row and, first, every row in any table that points at it.</summary>
    internal bool Delete(TableDef def, string key)
    {
        EnsureWriting();
        // Once per write, before its first delete: what the watchers need of the state as it was.
        if (_captures is null && Schema.DeletionWatchers.Count > 0)
        {
            _captures = [.. Schema.DeletionWatchers.Select(w => w.Capture(this))];
        }
        return Delete(def, key, cascade: true);
    }

    /// <summary>
    /// Deletes a row; with <paramref name="cascade"/>, first every row that points at it. Without, the caller prunes
    /// what is left dangling once it has put back what it means to (a per-tenant reset).
    /// </summary>
    private bool Delete(TableDef def, string key, bool cascade)
    {
        EnsureWriting();
        var table = _tables[def.Index];
        var row = table.FindUntyped(key);
        if (row is null)
        {
            return false;
        }
        foreach (var child in cascade ? Schema.PointingAt(def) : [])
        {
            var rows = _tables[child.Index];
            foreach (var dependent in rows.UntypedRows.Where(r => child.KeysIn(r, def).Contains(key)).Select(child.KeyOf).ToList())
            {
                Delete(child, dependent, cascade: true);
            }
        }
        table.Take(key, out var index);
        _undo!.Add(new Undo(table, key, row, index));
        return true;
    }

    /// <summary>Records a change of state. Callers hold the lock.</summary>
    private void Changed() => Volatile.Write(ref _version, _version + 1);

    private void EnsureWriting()
    {
        if (_undo is null || !_gate.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("Rows change only inside store.Writing(), so that a failed request can be taken back.");
        }
    }

    private void EndWrite(bool commit)
    {
        var captures = _captures;
        _captures = null;
        if (commit && captures is not null)
        {
            // Still inside the write: what a watcher adds is taken back with the rest if a later write step fails,
            // and is part of this write's version.
            for (var i = 0; i < captures.Length; i++)
            {
                Schema.DeletionWatchers[i].Settle(this, captures[i]);
            }
        }
        var undo = _undo!;
        _undo = null;
        if (commit)
        {
            if (undo.Count > 0 || _sequence.Position != _sequenceAtWrite)
            {
                Changed();
            }
            return;
        }
        for (var i = undo.Count - 1; i >= 0; i--)
        {
            undo[i].Table.Revert(undo[i]);
        }
        _sequence.MoveTo(_sequenceAtWrite);
    }

    /// <summary>The lock held for reading.</summary>
    public readonly struct ReadScope(FakeHubStore store) : IDisposable
    {
        public void Dispose() => store._gate.Exit();
    }

    /// <summary>An open write. Dispose it after <see cref="Commit{T}"/>; disposing it without committing takes every change back.</summary>
    public readonly struct WriteScope(FakeHubStore store) : IDisposable
    {
        /// <summary>Keeps the changes if <paramref name="result"/> is a value, and takes them back if it is a failure.</summary>
        public Result<T> Commit<T>(Result<T> result)
        {
            store.EndWrite(result.Failure is null);
            return result;
        }

        /// <summary>Keeps the changes unless <paramref name="failure"/> is set.</summary>
        public Failure? Commit(Failure? failure = null)
        {
            store.EndWrite(failure is null);
            return failure;
        }

        public void Dispose()
        {
            if (store._undo is not null)
            {
                store.EndWrite(commit: false);
            }
            store._gate.Exit();
        }
    }
}
