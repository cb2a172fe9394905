using System.Security.Cryptography;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// Where a <see cref="DeterministicSequence"/> stands: writes made, ids drawn, deterministic secrets drawn, and how far
/// a test has moved the clock on (in ticks).
/// </summary>
internal readonly record struct SequencePosition(long Writes, long Draws, long Secrets, long AdvancedTicks = 0);

/// <summary>
/// Ids, timestamps and secrets for writes at run time. A scripted run against the same seed gets the same ids and
/// times, because both advance only when a write succeeds: a write that fails puts the sequence back where it was.
/// Secrets (tokens) come from a cryptographic generator, so that knowing the seed and one id does not give away
/// another tenant's token; with <c>DeterministicSecrets</c> they come from a seeded stream of their own instead, so
/// ids are the same either way.
/// </summary>
/// <remarks>
/// The n-th value of a stream is a pure function of the seed and n (SplitMix64), so moving the sequence to any earlier
/// or later position, as a rollback, snapshot restore or reset does, costs nothing.
/// </remarks>
internal sealed class DeterministicSequence
{
    private readonly ulong _ids;
    private readonly ulong _secrets;
    private readonly bool _deterministicSecrets;
    private readonly DateTimeOffset _referenceDate;
    private SequencePosition _at;

    public DeterministicSequence(int seed, DateTimeOffset referenceDate, bool deterministicSecrets)
    {
        _ids = (ulong)(uint)StableSeed.For(seed, "RuntimeWrites") << 32;
        _secrets = (ulong)(uint)StableSeed.For(seed, "RuntimeSecrets") << 32;
        _deterministicSecrets = deterministicSecrets;
        _referenceDate = referenceDate;
    }

    /// <summary>A fresh UUID string (version 4 layout).</summary>
    public string NextId()
    {
        _at = _at with { Draws = _at.Draws + 1 };
        return Uuid(_ids, _at.Draws).ToString();
    }

    /// <summary>A secret token value: <c>kqh_</c> and 64 hex digits.</summary>
    public string NextSecret()
    {
        if (!_deterministicSecrets)
        {
            return "kqh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        }
        _at = _at with { Secrets = _at.Secrets + 1 };
        return "kqh_" + Uuid(_secrets, 2 * _at.Secrets).ToString("N") + Uuid(_secrets, (2 * _at.Secrets) + 1).ToString("N");
    }

    /// <summary>A 256-bit key for <paramref name="purpose"/>: a hash of the secrets stream and the purpose with deterministic secrets, else random.</summary>
    public byte[] NewKey(string purpose) => _deterministicSecrets
        ? SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_secrets}:{purpose}")))
        : RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// The fake's clock: the reference date, plus one second per write so far (so the times of writes are distinct and
    /// ordered), plus what a test advanced it by. It never moves by itself.
    /// </summary>
    public DateTimeOffset Now => _referenceDate.AddSeconds(_at.Writes).AddTicks(_at.AdvancedTicks);

    /// <summary>How far a test has moved the clock on.</summary>
    public TimeSpan Advanced => TimeSpan.FromTicks(_at.AdvancedTicks);

    /// <summary>The time of the next write: the clock, one second on.</summary>
    public DateTimeOffset Tick()
    {
        _at = _at with { Writes = _at.Writes + 1 };
        return Now;
    }

    /// <summary>Moves the clock on; the caller has checked that <paramref name="by"/> is positive.</summary>
    public void Advance(TimeSpan by) => _at = _at with { AdvancedTicks = _at.AdvancedTicks + by.Ticks };

    public long Writes => _at.Writes;

    /// <summary>Where the sequence stands, so a rollback, snapshot or reset can bring it back.</summary>
    public SequencePosition Position => _at;

    public void MoveTo(SequencePosition position) => _at = position;

    private static Guid Uuid(ulong stream, long n)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Mix(stream + (2 * (ulong)n)));
        BitConverter.TryWriteBytes(bytes[8..], Mix(stream + (2 * (ulong)n) + 1));
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
