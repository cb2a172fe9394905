namespace KipuHub.FakeServer.Store;

/// <summary>
/// The seeded state of each (schema, seed, reference date), built once per process and shared by every store that
/// starts from it: rows are immutable, so stores can share them, and a test run that starts many servers with the
/// same seed seeds once.
/// </summary>
internal static class SeedStates
{
    /// <summary>Enough for the seeds of a test run; past it the cache starts over.</summary>
    private const int MaxStates = 8;

    private static readonly Lock s_gate = new();
    private static readonly Dictionary<(StoreSchema Schema, int Seed, DateTimeOffset ReferenceDate), StoreState> s_states = [];

    /// <summary>Forgets every kept state, so the next store seeds again (for measuring seeding).</summary>
    public static void Clear()
    {
        lock (s_gate)
        {
            s_states.Clear();
        }
    }

    /// <summary>The seeded state for <paramref name="store"/>'s schema and seed; seeds it into the store's tables if none is kept.</summary>
    public static StoreState For(FakeHubStore store)
    {
        var key = (store.Schema, store.Seed, store.ReferenceDate);
        lock (s_gate)
        {
            if (s_states.TryGetValue(key, out var kept))
            {
                return kept;
            }
        }
        var context = new SeedContext(store, store.Seed, store.ReferenceDate);
        foreach (var seeder in store.Schema.Seeders)
        {
            seeder.Run(context);
        }
        var state = store.CaptureSeed(context.Tenants);
        lock (s_gate)
        {
            if (s_states.Count >= MaxStates)
            {
                s_states.Clear();
            }
            return s_states.TryAdd(key, state) ? state : s_states[key];
        }
    }
}
