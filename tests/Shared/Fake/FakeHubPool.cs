using System.Collections.Concurrent;
using KipuHub.FakeServer;

namespace KipuHub.Tests.Shared;

/// <summary>
/// Running fake servers that test classes borrow instead of starting their own: a server is reset to exactly how it
/// started (data, id sequence, journal, faults, snapshots, list cache) before it is lent again, so each test still sees
/// a fresh server, without paying Kestrel's start for every test. Servers are kept per set of options, and one is
/// lent to one test at a time, so tests that run in parallel never share one.
/// </summary>
internal static class FakeHubPool
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<FakeHubServer>> s_idle = new(StringComparer.Ordinal);

    public static async Task<FakeHubServer> RentAsync(FakeHubOptions? options)
    {
        if (s_idle.GetOrAdd(Key(options), _ => []).TryTake(out var server))
        {
            server.ResetForReuse();
            return server;
        }
        return await FakeHubServer.StartAsync(options);
    }

    public static void Return(FakeHubServer server, FakeHubOptions? options) => s_idle.GetOrAdd(Key(options), _ => []).Add(server);

    /// <summary>Every setting, read by reflection, so a new option cannot make two different servers look alike.</summary>
    private static string Key(FakeHubOptions? options)
    {
        options ??= new FakeHubOptions();
        return string.Join("|", typeof(FakeHubOptions).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.GetValue(options)}"));
    }
}
