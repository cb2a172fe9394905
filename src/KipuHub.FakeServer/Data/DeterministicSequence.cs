using Bogus;

namespace KipuHub.FakeServer.Data;

/// <summary>
/// Ids and timestamps for writes at run time. A scripted run against the same seed gets the same ids and times,
/// because both advance only when a write succeeds.
/// </summary>
internal sealed class DeterministicSequence
{
    private readonly int _seed;
    private readonly DateTimeOffset _referenceDate;
    private Randomizer _random;
    private long _writes;
    private long _draws;

    public DeterministicSequence(int seed, DateTimeOffset referenceDate)
    {
        _seed = seed;
        _referenceDate = referenceDate;
        _random = NewRandom();
    }

    /// <summary>A fresh UUID string.</summary>
    public string NextId() => Draw().ToString();

    /// <summary>A secret-looking token value.</summary>
    public string NextSecret() => "kqh_" + Draw().ToString("N") + Draw().ToString("N");

    /// <summary>The time of the next write: the reference date plus one second per write so far.</summary>
    public DateTimeOffset Tick() => _referenceDate.AddSeconds(++_writes);

    public long Writes => _writes;

    /// <summary>Where the sequence stands, so a snapshot can bring it back.</summary>
    public (long Writes, long Draws) Position => (_writes, _draws);

    /// <summary>
    /// Moves the sequence to a position it had before: the generator is replayed from its seed, so the ids after a
    /// restore are the ids that followed the snapshot.
    /// </summary>
    public void MoveTo((long Writes, long Draws) position)
    {
        _random = NewRandom();
        _draws = 0;
        while (_draws < position.Draws)
        {
            Draw();
        }
        _writes = position.Writes;
    }

    private Guid Draw()
    {
        _draws++;
        return _random.Uuid();
    }

    private Randomizer NewRandom() => new(StableSeed.For(_seed, "RuntimeWrites"));
}
