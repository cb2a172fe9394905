using System.Globalization;

namespace KipuHub.Queries;

/// <summary>
/// The <c>from</c> (inclusive) and <c>to</c> (exclusive) query parameters of the billing and quantum workload
/// endpoints, as ISO 8601 UTC date-times; either may be left out. One place, so every query sends them alike.
/// </summary>
internal static class Period
{
    /// <summary>The state with its period replaced by <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static QueryState Apply(QueryState state, DateTimeOffset? from, DateTimeOffset? to)
    {
        var filters = state.Filters.RemoveAll(f => f.Key is "from" or "to");
        if (from is { } start)
        {
            filters = filters.Add(new("from", Iso(start)));
        }
        if (to is { } end)
        {
            filters = filters.Add(new("to", Iso(end)));
        }
        return state with { Filters = filters };
    }

    /// <summary>The period as the query pairs of a command, leaving out a bound that is null.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Pairs(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start)
        {
            yield return new("from", Iso(start));
        }
        if (to is { } end)
        {
            yield return new("to", Iso(end));
        }
    }

    private static string Iso(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
