using KipuHub.Contract;
using KipuHub.FakeServer.Journal;

namespace KipuHub.FakeServer;

/// <summary>
/// The requests a fake server received, oldest first, bounded by <see cref="FakeHubOptions.JournalSize"/>. Narrow
/// it with <see cref="ForTenant"/> and <see cref="ForRoute"/>, and assert on it with <see cref="ShouldHaveCalled"/>.
/// The same journal is served at <c>GET /_admin/journal</c>.
/// </summary>
/// <example>
/// <code>
/// hub.Journal.ForTenant(orgId).ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20).Times(1);
/// </code>
/// </example>
public sealed class FakeHubJournal
{
    private readonly JournalBuffer _buffer;
    private readonly Func<JournalEntry, bool> _filter;

    internal FakeHubJournal(JournalBuffer buffer, Func<JournalEntry, bool>? filter = null, string? view = null)
    {
        _buffer = buffer;
        _filter = filter ?? (_ => true);
        View = view;
    }

    /// <summary>The recorded requests this view selects, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries => [.. _buffer.Entries().Where(_filter)];

    /// <summary>How many entries the journal keeps; older ones are dropped.</summary>
    public int Capacity => _buffer.Capacity;

    /// <summary>What this view selects, for messages; <see langword="null"/> for the whole journal.</summary>
    internal string? View { get; }

    /// <summary>The requests that acted in one tenant.</summary>
    /// <param name="tenantId">An organization id or a personal account (user) id.</param>
    /// <returns>A narrower view of the same journal.</returns>
    public FakeHubJournal ForTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return Narrow(e => e.TenantId == tenantId, $"tenant '{tenantId}'");
    }

    /// <summary>The requests one catalog endpoint served.</summary>
    /// <param name="endpoint">The endpoint, for example <see cref="HubCatalog.ServicesList"/>.</param>
    /// <returns>A narrower view of the same journal.</returns>
    public FakeHubJournal ForRoute(HubEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Narrow(e => e.Route == endpoint.Id, $"route {endpoint.Id}");
    }

    /// <summary>
    /// Asserts at least one call to the endpoint, and starts a chain that narrows it (<c>With...</c>, <c>In...</c>, each
    /// asserting again) and may count it (<see cref="JournalExpectation.Times"/> and its siblings).
    /// </summary>
    /// <param name="endpoint">The endpoint, for example <see cref="HubCatalog.ServicesList"/>.</param>
    /// <returns>The expectation, to narrow with <c>With...</c> and <c>In...</c>.</returns>
    /// <exception cref="JournalAssertionException">The endpoint was not called.</exception>
    public JournalExpectation ShouldHaveCalled(HubEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new JournalExpectation(this, endpoint).AtLeastOne();
    }

    /// <summary>Asserts that the endpoint was not called (in this view: narrow the journal first to ask about one tenant or status).</summary>
    /// <param name="endpoint">The endpoint, for example <see cref="HubCatalog.ServicesList"/>.</param>
    /// <exception cref="JournalAssertionException">It was called; the message lists the calls.</exception>
    public void ShouldNotHaveCalled(HubEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        new JournalExpectation(this, endpoint).None();
    }

    /// <summary>Empties the whole journal (every view of it); sequence numbers keep counting.</summary>
    public void Clear() => _buffer.Clear();

    private FakeHubJournal Narrow(Func<JournalEntry, bool> more, string description) =>
        new(_buffer, e => _filter(e) && more(e), View is null ? description : $"{View}, {description}");

    /// <summary>Resolves a route filter: a catalog name (<c>ServicesList</c>), <c>METHOD /template</c>, or <c>/template</c> for every method.</summary>
    internal static HashSet<string>? ResolveRoute(string route)
    {
        var trimmed = route.Trim();
        var parts = trimmed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var matches = HubCatalog.All.Where(e =>
            e.Id == trimmed
            || (parts.Length == 1 && e.PathTemplate == trimmed)
            || (parts.Length == 2 && e.Method.Method.Equals(parts[0], StringComparison.OrdinalIgnoreCase) && e.PathTemplate == parts[1]))
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);
        return matches.Count == 0 ? null : matches;
    }
}
