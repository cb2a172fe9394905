using System.Reflection;
using KipuHub.FakeServer.Routing;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Modules;

/// <summary>
/// Every module of the fake, found once, and what they declare together: the store schema (the tenancy tables first,
/// then every module's) and the route tables. Modules are taken in the order of their type names, so the order never
/// depends on how reflection lists them.
/// </summary>
internal static class HubModules
{
    private static readonly Lazy<(StoreSchema Schema, IReadOnlyList<HubRouteTable> Routes, IReadOnlyList<CredentialResolver> Credentials)> s_declared = new(Declare);

    /// <summary>The modules, by type name.</summary>
    public static IReadOnlyList<IHubModule> All { get; } = [.. typeof(IHubModule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHubModule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IHubModule)Activator.CreateInstance(t, nonPublic: true)!)];

    /// <summary>The tables and seeders of every store.</summary>
    public static StoreSchema Schema => s_declared.Value.Schema;

    /// <summary>The handlers of every catalog namespace.</summary>
    public static IReadOnlyList<HubRouteTable> RouteTables => s_declared.Value.Routes;

    /// <summary>
    /// The caller a token that is no personal access token stands for, asking each module's resolver in turn: null if
    /// none recognises it.
    /// </summary>
    public static async Task<Result<Caller>?> ResolveCredentialAsync(FakeHubStore store, Credential credential)
    {
        foreach (var resolver in s_declared.Value.Credentials)
        {
            if (await resolver(store, credential) is { } resolved)
            {
                return resolved;
            }
        }
        return null;
    }

    /// <summary>A store of every module's tables, seeded with <paramref name="seed"/>.</summary>
    public static FakeHubStore CreateStore(int seed, DateTimeOffset referenceDate, bool deterministicSecrets = false) =>
        new(Schema, seed, referenceDate, deterministicSecrets);

    private static (StoreSchema, IReadOnlyList<HubRouteTable>, IReadOnlyList<CredentialResolver>) Declare()
    {
        var tables = new List<TableDef> { Tenancy.Users, Tenancy.Tenants };
        var seeders = new List<Seeder> { TenancySeed.Seeder };
        var routes = new List<HubRouteTable>();
        var credentials = new List<CredentialResolver>();
        var notifications = new List<NotificationSource>();
        var watchers = new List<DeletionWatcher>();
        foreach (var module in All)
        {
            var builder = new HubModuleBuilder(module.GetType().Name);
            module.Register(builder);
            tables.AddRange(builder.Tables);
            seeders.AddRange(builder.Seeders);
            routes.AddRange(builder.RouteTables);
            credentials.AddRange(builder.CredentialResolvers);
            notifications.AddRange(builder.NotificationSources);
            watchers.AddRange(builder.DeletionWatchers);
        }
        return (new StoreSchema(tables, seeders, notifications, watchers), routes, credentials);
    }
}
