namespace KipuHub.FakeServer.Journal;

/// <summary>One journal entry as the ring keeps it: the same fields as <see cref="JournalEntry"/>, in a value.</summary>
internal readonly record struct JournalRecord
{
    public long Sequence { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public string Method { get; init; }

    public string Path { get; init; }

    public string Query { get; init; }

    public string? Route { get; init; }

    public string? TenantId { get; init; }

    public string? PrincipalId { get; init; }

    public string? Principal { get; init; }

    public int Status { get; init; }

    public double DurationMs { get; init; }

    public long RequestBytes { get; init; }

    public long ResponseBytes { get; init; }

    public int? Page { get; init; }

    public int? Size { get; init; }

    public string? Fault { get; init; }

    public IReadOnlyList<string> Diagnostics { get; init; }

    public JournalEntry ToEntry() => new()
    {
        Sequence = Sequence,
        Timestamp = Timestamp,
        Method = Method,
        Path = Path,
        Query = Query,
        Route = Route,
        TenantId = TenantId,
        PrincipalId = PrincipalId,
        Principal = Principal,
        Status = Status,
        DurationMs = DurationMs,
        RequestBytes = RequestBytes,
        ResponseBytes = ResponseBytes,
        Page = Page,
        Size = Size,
        Fault = Fault,
        Diagnostics = Diagnostics ?? [],
    };
}
