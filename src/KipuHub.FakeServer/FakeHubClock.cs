using System.Globalization;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer;

/// <summary>
/// The fake's clock, on which builds, executions and jobs move. It stands still unless a test moves it, so a test
/// asserts "30 seconds later the build has finished" without sleeping. It starts at
/// <see cref="FakeHubOptions.ReferenceDate"/>; every successful write moves it one second on (so the times of writes
/// are distinct and ordered); it never goes back, except with the state: a reset or restored snapshot brings back the
/// time it had. The same clock is <c>GET|PUT /_admin/clock</c> and <c>POST /_admin/clock/advance</c>.
/// </summary>
public sealed class FakeHubClock
{
    private readonly FakeHubStore _store;

    internal FakeHubClock(FakeHubStore store) => _store = store;

    /// <summary>The fake's current time.</summary>
    public DateTimeOffset UtcNow => _store.Now;

    /// <summary>How far tests have moved the clock on since the seed, or since the time of the snapshot restored.</summary>
    public TimeSpan Advanced => _store.ClockAdvanced;

    /// <summary>Moves the clock on.</summary>
    /// <param name="by">More than zero and at most ten years.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is zero, negative or more than ten years.</exception>
    public void Advance(TimeSpan by) => ThrowIf(_store.AdvanceClock(by), nameof(by), by);

    /// <summary>Moves the clock on to a time.</summary>
    /// <param name="now">Not before <see cref="UtcNow"/>, and at most ten years after it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies before the clock's time or too far after it.</exception>
    public void SetUtcNow(DateTimeOffset now) => ThrowIf(_store.SetClock(now), nameof(now), now);

    /// <inheritdoc />
    public override string ToString() =>
        $"FakeHubClock {{ UtcNow = {UtcNow.ToString("O", CultureInfo.InvariantCulture)}, Advanced = {Advanced.ToString("c", CultureInfo.InvariantCulture)} }}";

    private static void ThrowIf(Failure? failure, string parameter, object value)
    {
        if (failure is not null)
        {
            throw new ArgumentOutOfRangeException(parameter, value, failure.Message);
        }
    }
}
