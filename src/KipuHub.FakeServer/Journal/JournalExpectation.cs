using System.Globalization;
using System.Text;
using KipuHub.Contract;

namespace KipuHub.FakeServer;

/// <summary>
/// An assertion on the journal, checked at every step as Flurl's HttpTest does: <c>ShouldHaveCalled</c> asserts at least
/// one call to the endpoint, each <c>With...</c> and <c>In...</c> asserts at least one call that also meets it, and
/// <see cref="Times"/>, <see cref="Once"/> and <see cref="AtLeast"/> assert how many. A chain that ends anywhere has
/// asserted something; to assert that nothing was called, use <see cref="FakeHubJournal.ShouldNotHaveCalled"/>. A
/// failure throws a <see cref="JournalAssertionException"/> that lists the closest recorded requests.
/// </summary>
public sealed class JournalExpectation
{
    private readonly FakeHubJournal _journal;
    private readonly HubEndpoint _endpoint;
    private readonly List<Condition> _conditions = [];

    internal JournalExpectation(FakeHubJournal journal, HubEndpoint endpoint)
    {
        _journal = journal;
        _endpoint = endpoint;
    }

    /// <summary>Asserts no call to the endpoint (the view's, when the journal is narrowed).</summary>
    internal void None() => Check(n => n == 0, "no calls");

    private sealed record Condition(string Expected, Func<JournalEntry, bool> Test, Func<JournalEntry, string> Actual);

    /// <summary>Only calls served with this page and page size (the effective values: defaults when not sent, the maximum when more was asked).</summary>
    /// <param name="page">The zero-based page.</param>
    /// <param name="size">The page size.</param>
    /// <returns>This expectation.</returns>
    public JournalExpectation WithPage(int page, int size) => Add(
        $"page {page} and size {size}",
        e => e.Page == page && e.Size == size,
        e => e.Page is null ? "no paging" : $"page {e.Page} and size {e.Size}");

    /// <summary>Only calls whose query has <paramref name="name"/> with <paramref name="value"/> among its values.</summary>
    /// <param name="name">The query parameter.</param>
    /// <param name="value">The value.</param>
    /// <returns>This expectation.</returns>
    public JournalExpectation WithQuery(string name, string value) => Add(
        $"{name}={value}",
        e => e.QueryValues(name).Contains(value),
        e => e.QueryValues(name) is { Count: > 0 } values ? $"{name}={string.Join(",", values)}" : $"no {name}");

    /// <summary>Only calls that acted in this tenant.</summary>
    /// <param name="tenantId">An organization id or a personal account (user) id.</param>
    /// <returns>This expectation.</returns>
    public JournalExpectation InTenant(string tenantId) => Add(
        $"in tenant '{tenantId}'",
        e => e.TenantId == tenantId,
        e => $"tenant '{e.TenantId}'");

    /// <summary>Only calls answered with this status (0 for a dropped connection).</summary>
    /// <param name="status">The status code.</param>
    /// <returns>This expectation.</returns>
    public JournalExpectation WithStatus(int status) => Add(
        $"status {status}",
        e => e.Status == status,
        e => $"status {e.Status}");

    /// <summary>Asserts exactly <paramref name="expected"/> matching calls (at least one: the chain has asserted one already).</summary>
    /// <param name="expected">The number of calls.</param>
    /// <returns>The matching calls, oldest first.</returns>
    /// <exception cref="JournalAssertionException">The count differs.</exception>
    public IReadOnlyList<JournalEntry> Times(int expected) => Check(n => n == expected, $"exactly {Calls(expected)}");

    /// <summary>Asserts exactly one matching call.</summary>
    /// <returns>The matching call.</returns>
    /// <exception cref="JournalAssertionException">The count differs.</exception>
    public JournalEntry Once() => Times(1)[0];

    /// <summary>Asserts at least <paramref name="minimum"/> matching calls.</summary>
    /// <param name="minimum">The fewest calls allowed.</param>
    /// <returns>The matching calls, oldest first.</returns>
    /// <exception cref="JournalAssertionException">There were fewer.</exception>
    public IReadOnlyList<JournalEntry> AtLeast(int minimum) => Check(n => n >= minimum, $"at least {Calls(minimum)}");

    /// <summary>Narrows the expectation and asserts that a call still meets it, so that no step of a chain asserts nothing.</summary>
    private JournalExpectation Add(string expected, Func<JournalEntry, bool> test, Func<JournalEntry, string> actual)
    {
        _conditions.Add(new Condition(expected, test, actual));
        return AtLeastOne();
    }

    internal JournalExpectation AtLeastOne()
    {
        AtLeast(1);
        return this;
    }

    private bool Matches(JournalEntry entry) => entry.Route == _endpoint.Id && _conditions.All(c => c.Test(entry));

    private IReadOnlyList<JournalEntry> Check(Func<int, bool> countIsRight, string expectation)
    {
        var entries = _journal.Entries;
        var matching = entries.Where(Matches).ToList();
        if (countIsRight(matching.Count))
        {
            return matching;
        }
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Expected {expectation} to {_endpoint.Method} {_endpoint.PathTemplate} ({nameof(HubCatalog)}.{_endpoint.Id})");
        if (_conditions.Count > 0)
        {
            message.Append(" with ").Append(string.Join(", ", _conditions.Select(c => c.Expected)));
        }
        message.Append(CultureInfo.InvariantCulture, $", but found {matching.Count}");
        message.Append(_journal.View is { } view ? $" among the {entries.Count} requests of {view}." : $" among {entries.Count} recorded requests.");
        message.AppendLine();
        if (entries.Count == 0)
        {
            message.Append("The journal holds no requests here.");
        }
        else
        {
            message.AppendLine(matching.Count > 0 ? "Matching requests:" : "Closest recorded requests:");
            var shown = matching.Count > 0
                ? matching.TakeLast(5)
                : entries.Select((e, i) => (Entry: e, Score: Score(e), Index: i))
                    .OrderByDescending(x => x.Score).ThenByDescending(x => x.Index).Take(5).Select(x => x.Entry);
            foreach (var entry in shown)
            {
                message.Append("  ").Append(entry);
                var differs = Differences(entry);
                if (differs.Count > 0)
                {
                    message.Append(" — differs: ").Append(string.Join(", ", differs));
                }
                message.AppendLine();
            }
        }
        throw new JournalAssertionException(message.ToString().TrimEnd());
    }

    private int Score(JournalEntry entry) => (entry.Route == _endpoint.Id ? 100 : 0) + _conditions.Count(c => c.Test(entry));

    private List<string> Differences(JournalEntry entry)
    {
        var differs = new List<string>();
        if (entry.Route != _endpoint.Id)
        {
            differs.Add($"route {entry.Route ?? "(none)"}");
        }
        differs.AddRange(_conditions.Where(c => !c.Test(entry)).Select(c => c.Actual(entry)));
        return differs;
    }

    private static string Calls(int n) => n == 1 ? "1 call" : $"{n} calls";
}

/// <summary>A journal assertion failed; the message says what was expected and lists the closest recorded requests.</summary>
public sealed class JournalAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what was recorded.</param>
    public JournalAssertionException(string message)
        : base(message)
    {
    }
}
