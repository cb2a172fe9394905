using System.Globalization;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Billing;

/// <summary>
/// A period of the billing and quantum workload queries: <c>from</c> inclusive, <c>to</c> exclusive, each a date
/// (<c>2026-11-01</c>, midnight UTC) or an ISO 8601 date-time with an offset or <c>Z</c>; either may be left out.
/// </summary>
internal readonly record struct Period(DateTimeOffset? From, DateTimeOffset? To)
{
    private const string Accepted = "an ISO 8601 date (2026-11-01, midnight UTC) or date-time (2026-11-01T12:00:00Z)";

    public bool Contains(DateTimeOffset moment) => (From is not { } from || moment >= from) && (To is not { } to || moment < to);

    public static Result<Period> Parse(string? from, string? to)
    {
        if (Moment(from, "from") is { Failure: { } badFrom })
        {
            return badFrom;
        }
        if (Moment(to, "to") is { Failure: { } badTo })
        {
            return badTo;
        }
        var period = new Period(Moment(from, "from").Value, Moment(to, "to").Value);
        return period is { From: { } start, To: { } end } && end < start
            ? Failure.Malformed($"'to' ({Echo.Of(to)}) is before 'from' ({Echo.Of(from)}); a period runs from 'from' (inclusive) to a later or equal 'to' (exclusive).")
            : period;
    }

    private static Result<DateTimeOffset?> Moment(string? text, string name)
    {
        if (text is null)
        {
            return (DateTimeOffset?)null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (DateTimeOffset?)new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        var hasZone = text.EndsWith('Z') || text.EndsWith("z", StringComparison.Ordinal) || (text.Length > 19 && (text[^6] == '+' || text[^6] == '-'));
        return hasZone && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var moment)
            ? (DateTimeOffset?)moment.ToUniversalTime()
            : Failure.Malformed($"Query parameter '{name}' is '{Echo.Of(text)}', which is not {Accepted}.");
    }
}
