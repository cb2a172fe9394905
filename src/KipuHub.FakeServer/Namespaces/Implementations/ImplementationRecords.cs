namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>An implementation of an algorithm; it belongs to the algorithm's tenant.</summary>
internal sealed record ImplementationRecord
{
    public string Id { get; init; } = string.Empty;

    public string AlgorithmId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? Technology { get; init; }

    public string? Version { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>A file of an implementation. Its bytes never change after upload, so copies share them.</summary>
internal sealed record ImplementationFileRecord
{
    public string Id { get; init; } = string.Empty;

    public string ImplementationId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string ContentType { get; init; } = string.Empty;

    public byte[] Bytes { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}
