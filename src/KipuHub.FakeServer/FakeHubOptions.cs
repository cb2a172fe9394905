namespace KipuHub.FakeServer;

/// <summary>Settings of a fake qc-catalog server. The defaults give the documented demo data set.</summary>
public sealed class FakeHubOptions
{
    /// <summary>The seed of the default data set.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The default upload limit: 10 MiB.</summary>
    public const long DefaultUploadLimitBytes = 10 * 1024 * 1024;

    /// <summary>The default journal size: 1000 requests.</summary>
    public const int DefaultJournalSize = 1000;

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

    /// <summary>
    /// Strict mode: calls the KipuHub analyzers would flag (KH0001 with <see cref="RequireOrganization"/>, KH0002,
    /// KH0004) are answered 400 with an errorMessage naming the rule and its docs page. Otherwise they are served, and
    /// the diagnostic is recorded in the journal and sent in the <c>X-KipuHub-Diagnostic</c> response header.
    /// <value>Default: false.</value>
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>
    /// Strict scoping: an organization-scopable call without <c>X-OrganizationId</c> is reported as KH0001 (an error
    /// in <see cref="Strict"/> mode, a diagnostic otherwise). <value>Default: false (no header means the personal account).</value>
    /// </summary>
    public bool RequireOrganization { get; set; }

    /// <summary>
    /// Latency added to every API call. <value>Default: <see cref="TimeSpan.Zero"/>. At most 10 minutes.</value>
    /// </summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// With <see cref="Latency"/>: each call's latency is drawn between the two, from a random seeded by <see cref="Seed"/>.
    /// <value>Default: <see langword="null"/> (fixed latency). At least <see cref="Latency"/>, at most 10 minutes.</value>
    /// </summary>
    public TimeSpan? LatencyMax { get; set; }

    /// <summary>
    /// The key the admin API (<c>/_admin</c>) requires in the <c>X-Admin-Key</c> header.
    /// <value>Default: <see langword="null"/>: the admin API is open (the server listens on loopback).</value>
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// How many requests the journal keeps; the oldest go first. <value>Default: <see cref="DefaultJournalSize"/> (1000); 1 to 1,000,000.</value>
    /// </summary>
    public int JournalSize { get; set; } = DefaultJournalSize;

    /// <summary>
    /// Whether tokens created at run time (per-test tenants' members, application access tokens) come from a seeded
    /// stream, so that a scripted run gives byte-identical answers including its secrets. Off, they come from a
    /// cryptographic generator: the seed is in every answer, and a token that could be computed from it and from an id
    /// would let one tenant act as another. Ids, names and times are deterministic either way.
    /// <value>Default: <see langword="false"/>.</value>
    /// </summary>
    public bool DeterministicSecrets { get; set; }

    /// <summary>A copy, so changing these options after start cannot reach a running server.</summary>
    internal FakeHubOptions Validated()
    {
        if (UploadLimitBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(UploadLimitBytes), UploadLimitBytes, "The upload limit must be at least 1 byte.");
        }
        if (JournalSize is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(JournalSize), JournalSize, "The journal size must be 1 to 1,000,000 requests.");
        }
        var maxLatency = TimeSpan.FromMinutes(10);
        if (Latency < TimeSpan.Zero || Latency > maxLatency)
        {
            throw new ArgumentOutOfRangeException(nameof(Latency), Latency, "The latency must be 0 to 10 minutes.");
        }
        if (LatencyMax is { } top && (top < Latency || top > maxLatency))
        {
            throw new ArgumentOutOfRangeException(nameof(LatencyMax), LatencyMax, $"The latency range's top must be from Latency ({Latency}) to 10 minutes.");
        }
        if (AdminKey is { Length: 0 })
        {
            throw new ArgumentException("The admin key may not be empty; leave it null for an open admin API.", nameof(AdminKey));
        }
        // A member-wise copy, so that a new option cannot be forgotten here.
        var copy = (FakeHubOptions)MemberwiseClone();
        copy.ReferenceDate = ReferenceDate.ToUniversalTime();
        return copy;
    }
}
