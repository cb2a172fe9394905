namespace KipuHub.FakeServer;

/// <summary>Settings of a fake qc-catalog server. The defaults give the documented demo data set.</summary>
public sealed class FakeHubOptions
{
    /// <summary>The seed of the default data set.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The default upload limit: 10 MiB.</summary>
    public const long DefaultUploadLimitBytes = 10 * 1024 * 1024;

    /// <summary>The default reference date: 2026-01-01T00:00:00Z.</summary>
    public static DateTimeOffset DefaultReferenceDate { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The seed of the data set. The same seed gives the same ids, names and dates, so responses are byte-identical
    /// between servers and runs; another seed gives another data set of the same shape.
    /// <value>Default: <see cref="DefaultSeed"/> (42).</value>
    /// </summary>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>
    /// "Now" for the data set: seeded timestamps lie before it, and writes are stamped with it plus one second per
    /// write, so a scripted run is reproducible.
    /// <value>Default: <see cref="DefaultReferenceDate"/>.</value>
    /// </summary>
    public DateTimeOffset ReferenceDate { get; set; } = DefaultReferenceDate;

    /// <summary>
    /// The largest file a data-pool upload may carry; a larger one is answered with 413.
    /// <value>Default: <see cref="DefaultUploadLimitBytes"/> (10 MiB). Must be at least 1.</value>
    /// </summary>
    public long UploadLimitBytes { get; set; } = DefaultUploadLimitBytes;

    /// <summary>A copy, so changing these options after start cannot reach a running server.</summary>
    internal FakeHubOptions Validated()
    {
        if (UploadLimitBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(UploadLimitBytes), UploadLimitBytes, "The upload limit must be at least 1 byte.");
        }
        return new FakeHubOptions { Seed = Seed, ReferenceDate = ReferenceDate.ToUniversalTime(), UploadLimitBytes = UploadLimitBytes };
    }
}
