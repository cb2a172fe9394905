using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Modules;

/// <summary>
/// Judges an X-Auth-Token that is no personal access token: null if the module does not recognise it, else the caller
/// it stands for or the failure (401, 403) it is refused with.
/// </summary>
internal delegate Task<Result<Caller>?> CredentialResolver(FakeHubStore store, Credential credential);

/// <summary>What a module declares: tables, a seeder, route tables, credentials besides personal access tokens, notification sources.</summary>
internal sealed class HubModuleBuilder(string module)
{
    internal List<TableDef> Tables { get; } = [];

    internal List<Seeder> Seeders { get; } = [];

    internal List<HubRouteTable> RouteTables { get; } = [];

    internal List<CredentialResolver> CredentialResolvers { get; } = [];

    internal List<NotificationSource> NotificationSources { get; } = [];

    internal List<DeletionWatcher> DeletionWatchers { get; } = [];

    /// <summary>Adds a table to every store.</summary>
    public HubModuleBuilder Table(TableDef table)
    {
        Tables.Add(table);
        return this;
    }

    /// <summary>Adds a seeder; it runs after the tenancy seeder and after the seeders named in <paramref name="after"/>.</summary>
    /// <param name="name">The seeder's name, for other seeders' <paramref name="after"/>; by convention the module's namespace.</param>
    /// <param name="run">Adds the rows.</param>
    /// <param name="after">The seeders whose rows this one reads.</param>
    public HubModuleBuilder Seed(string name, Action<SeedContext> run, params string[] after)
    {
        Seeders.Add(new Seeder(name, [TenancySeed.Name, .. after], run));
        return this;
    }

    /// <summary>
    /// Adds a seeder that runs after every other one, for a module whose seed reads what all modules seeded (the
    /// notifications derived from every module's rows), so that a module added later needs no line here.
    /// </summary>
    /// <param name="name">The seeder's name.</param>
    /// <param name="run">Adds the rows.</param>
    public HubModuleBuilder SeedLast(string name, Action<SeedContext> run)
    {
        Seeders.Add(new Seeder(name, [TenancySeed.Name, Seeder.Everything], run));
        return this;
    }

    /// <summary>Serves a catalog namespace's endpoints with these handlers.</summary>
    public HubModuleBuilder Routes(HubRouteTable routes)
    {
        RouteTables.Add(routes);
        return this;
    }

    /// <summary>
    /// Accepts another kind of X-Auth-Token: the pipeline asks <paramref name="resolver"/> when the token is no known
    /// personal access token, so the pipeline itself never learns what the credential opens.
    /// </summary>
    public HubModuleBuilder Credentials(CredentialResolver resolver)
    {
        CredentialResolvers.Add(resolver);
        return this;
    }

    /// <summary>
    /// Contributes notifications: the notifications module asks <paramref name="source"/> for the events it derives from
    /// the state and the clock, so it never learns what caused them.
    /// </summary>
    public HubModuleBuilder Notifications(NotificationSource source)
    {
        NotificationSources.Add(source);
        return this;
    }

    /// <summary>
    /// Watches the deletes of every write (<see cref="DeletionWatcher"/>): the billing module keeps the charges of a row
    /// that is deleted, whichever module's table the row is in, without the other modules knowing.
    /// </summary>
    public HubModuleBuilder WatchDeletions(DeletionWatcher watcher)
    {
        DeletionWatchers.Add(watcher);
        return this;
    }

    public override string ToString() => module;
}
