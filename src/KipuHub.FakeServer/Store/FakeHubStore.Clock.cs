using System.Globalization;

namespace KipuHub.FakeServer.Store;

// The fake's clock. It is part of the state: resets, snapshots and the fingerprint include it, and moving it is a
// change of state like a write (the version moves, so nothing derived from the old time is served again).
internal sealed partial class FakeHubStore
{
    /// <summary>The longest single move of the clock: ten years.</summary>
    public static readonly TimeSpan MaxClockMove = TimeSpan.FromDays(3653);

    /// <summary>The fake's "now": see <see cref="DeterministicSequence.Now"/>.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _sequence.Now;
            }
        }
    }

    /// <summary>How far tests have moved the clock on since the seed (or the snapshot restored).</summary>
    public TimeSpan ClockAdvanced
    {
        get
        {
            lock (_gate)
            {
                return _sequence.Advanced;
            }
        }
    }

    /// <summary>Moves the clock on by <paramref name="by"/>: more than zero, at most <see cref="MaxClockMove"/>.</summary>
    public Failure? AdvanceClock(TimeSpan by)
    {
        if (by <= TimeSpan.Zero || by > MaxClockMove)
        {
            return Failure.Malformed($"The clock moves on by more than 0 and at most {MaxClockMove.Days} days; got {by.ToString("c", CultureInfo.InvariantCulture)}. " +
                "It never goes back: reset or restore a snapshot to return to an earlier time.");
        }
        using var write = Writing();
        _sequence.Advance(by);
        return write.Commit();
    }

    /// <summary>Moves the clock on to <paramref name="now"/>, which must not lie before the clock's current time.</summary>
    public Failure? SetClock(DateTimeOffset now)
    {
        using var write = Writing();
        var current = _sequence.Now;
        if (now < current || now - current > MaxClockMove)
        {
            return write.Commit(Failure.Malformed($"The clock can be set from its current time {current.ToString("O", CultureInfo.InvariantCulture)} " +
                $"up to {MaxClockMove.Days} days later; got {now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}. " +
                "It never goes back: reset or restore a snapshot to return to an earlier time."));
        }
        if (now > current)
        {
            _sequence.Advance(now - current);
        }
        return write.Commit();
    }
}
