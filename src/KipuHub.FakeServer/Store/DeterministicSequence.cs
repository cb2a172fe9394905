namespace KipuHub.FakeServer.Store;

/// <summary>
/// Ids and timestamps for writes at run time. A scripted run against the same seed gets the same ids and times,
/// because both advance only when a write succeeds: a write that fails puts the sequence back where it was.
/// </summary>
/// <remarks>
/// The n-th value is a pure function of the seed and n (SplitMix64), so moving the sequence to any earlier or later
/// position, as a rollback, snapshot restore or reset does, costs nothing.
/// </remarks>
internal sealed class DeterministicSequence
{
    private readonly ulong _stream;
    private readonly DateTimeOffset _referenceDate;
    private long _writes;
    private long _draws;

    public DeterministicSequence(int seed, DateTimeOffset referenceDate)
    {
        _stream = (ulong)(uint)StableSeed.For(seed, "RuntimeWrites") << 32;
        _referenceDate = referenceDate;
    }

    /// <summary>A fresh UUID string (version 4 layout).</summary>
    public string NextId() => Draw().ToString();

    /// <summary>A secret-looking token value.</summary>
    public string NextSecret() => "kqh_" + Draw().ToString("N") + Draw().ToString("N");

    /// <summary>The time of the next write: the reference date plus one second per write so far.</summary>
    public DateTimeOffset Tick() => _referenceDate.AddSeconds(++_writes);

    public long Writes => _writes;

    /// <summary>Where the sequence stands, so a rollback, snapshot or reset can bring it back.</summary>
    public (long Writes, long Draws) Position => (_writes, _draws);

    public void MoveTo((long Writes, long Draws) position) => (_writes, _draws) = position;

    private Guid Draw()
    {
        var n = (ulong)++_draws;
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Mix(_stream + (2 * n)));
        BitConverter.TryWriteBytes(bytes[8..], Mix(_stream + (2 * n) + 1));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    /// <summary>SplitMix64's finaliser: consecutive inputs give unrelated, well-spread outputs.</summary>
    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
