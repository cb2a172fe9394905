using Bogus;

namespace KipuHub.FakeServer.Data;

/// <summary>
/// Ids and timestamps for writes at run time. A scripted run against the same seed gets the same ids and times,
/// because both advance only when a write succeeds.
/// </summary>
internal sealed class DeterministicSequence(int seed, DateTimeOffset referenceDate)
{
    private readonly Randomizer _random = new(StableSeed.For(seed, "RuntimeWrites"));
    private long _writes;

    /// <summary>A fresh UUID string.</summary>
    public string NextId() => _random.Uuid().ToString();

    /// <summary>A secret-looking token value.</summary>
    public string NextSecret() => "kqh_" + _random.Uuid().ToString("N") + _random.Uuid().ToString("N");

    /// <summary>The time of the next write: the reference date plus one second per write so far.</summary>
    public DateTimeOffset Tick() => referenceDate.AddSeconds(++_writes);

    public long Writes => _writes;
}
