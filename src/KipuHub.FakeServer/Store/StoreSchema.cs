namespace KipuHub.FakeServer.Store;

/// <summary>Adds one module's seeded rows; runs after the seeders it names in <see cref="Seeder.After"/>.</summary>
/// <param name="Name">The seeder's name, for ordering and messages.</param>
/// <param name="After">The names of the seeders whose rows this one reads.</param>
/// <param name="Run">Adds the rows.</param>
internal sealed record Seeder(string Name, IReadOnlyList<string> After, Action<SeedContext> Run)
{
    /// <summary>In <see cref="After"/>: every seeder that does not itself wait for all the others.</summary>
    public const string Everything = "*";
}

/// <summary>
/// Looks at what a write deletes: <see cref="Capture"/> runs once, before the write's first cascading delete, and
/// <see cref="Settle"/> when that write commits, with what Capture returned; Settle may add rows to the same write.
/// A rolled-back write never settles. Resets do not delete this way, so they are not watched.
/// </summary>
/// <param name="Name">The watcher's name, for messages.</param>
/// <param name="Capture">Reads what the watcher needs of the state before anything is deleted.</param>
/// <param name="Settle">Acts on the difference once the deletes are done.</param>
internal sealed record DeletionWatcher(string Name, Func<FakeHubStore, object> Capture, Action<FakeHubStore, object> Settle);

/// <summary>
/// Every table a store holds and every seeder that fills them, as the modules declared them. Built once; every store
/// of a process shares it. The order of tables and seeders is fixed here (by dependency, then by name), never by the
/// order in which modules happen to be found.
/// </summary>
internal sealed class StoreSchema
{
    private readonly Dictionary<TableDef, TableDef[]> _pointingAt;

    public StoreSchema(IEnumerable<TableDef> tables, IEnumerable<Seeder> seeders, IEnumerable<NotificationSource>? notificationSources = null,
        IEnumerable<DeletionWatcher>? deletionWatchers = null)
    {
        Tables = [.. tables];
        NotificationSources = [.. notificationSources ?? []];
        DeletionWatchers = [.. deletionWatchers ?? []];
        var problems = new List<string>();
        foreach (var duplicate in Tables.GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"Two tables are named '{duplicate.Key}'.");
        }
        for (var i = 0; i < Tables.Count; i++)
        {
            if (Tables[i].Index >= 0 && Tables[i].Index != i)
            {
                problems.Add($"Table '{Tables[i].Name}' is registered in two schemas.");
            }
            Tables[i].Index = i;
        }
        foreach (var table in Tables)
        {
            problems.AddRange(table.Targets.Where(t => !Tables.Contains(t))
                .Select(t => $"Table '{table.Name}' points at '{t.Name}', which no module registers."));
        }
        Seeders = Order([.. seeders], problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The fake's store schema is inconsistent:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
        _pointingAt = Tables.ToDictionary(t => t, t => Tables.Where(other => other.Targets.Contains(t)).ToArray());
    }

    /// <summary>Every table, in a fixed order.</summary>
    public IReadOnlyList<TableDef> Tables { get; }

    /// <summary>Every module's notification sources, in module order: what the notifications module reads.</summary>
    public IReadOnlyList<NotificationSource> NotificationSources { get; }

    /// <summary>Every module's deletion watchers, in module order (the ledger keeps what a deleted row was charged).</summary>
    public IReadOnlyList<DeletionWatcher> DeletionWatchers { get; }

    /// <summary>Every seeder, each after those it depends on.</summary>
    public IReadOnlyList<Seeder> Seeders { get; }

    /// <summary>The tables whose rows point at rows of <paramref name="table"/>.</summary>
    public IReadOnlyList<TableDef> PointingAt(TableDef table) => _pointingAt[table];

    private static List<Seeder> Order(List<Seeder> seeders, List<string> problems)
    {
        // A seeder after "everything" reads what all the others seeded (as notifications read every module's rows).
        var last = seeders.Where(s => s.After.Contains(Seeder.Everything)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        seeders = [.. seeders.Select(s => last.Contains(s.Name)
            ? s with { After = [.. s.After.Where(a => a != Seeder.Everything), .. seeders.Where(o => !last.Contains(o.Name)).Select(o => o.Name)] }
            : s)];
        var byName = seeders.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var seeder in seeders)
        {
            problems.AddRange(seeder.After.Where(a => !byName.ContainsKey(a))
                .Select(a => $"Seeder '{seeder.Name}' runs after '{a}', which does not exist."));
        }
        var ordered = new List<Seeder>();
        var pending = seeders.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(s => s.After.All(a => ordered.Any(o => o.Name == a) || !byName.ContainsKey(a)));
            if (ready is null)
            {
                problems.Add($"The seeders {string.Join(", ", pending.Select(p => p.Name))} wait for each other.");
                break;
            }
            ordered.Add(ready);
            pending.Remove(ready);
        }
        return ordered;
    }
}
