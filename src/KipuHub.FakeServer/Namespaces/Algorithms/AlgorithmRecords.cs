using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>An algorithm of a tenant.</summary>
internal sealed record AlgorithmRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? Acronym { get; init; }

    public string? Intent { get; init; }

    public string? Description { get; init; }

    public AlgorithmVisibility Visibility { get; init; } = AlgorithmVisibility.Private;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>A sketch of an algorithm: the image bytes as uploaded (never changed, so copies share them) and a description.</summary>
internal sealed record SketchRecord
{
    public string Id { get; init; } = string.Empty;

    public string AlgorithmId { get; init; } = string.Empty;

    public string? Description { get; init; }

    public string? FileName { get; init; }

    public string ContentType { get; init; } = string.Empty;

    public byte[] Bytes { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>A relation from one algorithm to another (possibly of another tenant, which the creator could see).</summary>
internal sealed record RelationRecord
{
    public string Id { get; init; } = string.Empty;

    public string AlgorithmId { get; init; } = string.Empty;

    public string TargetAlgorithmId { get; init; } = string.Empty;

    public AlgorithmRelationType RelationType { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>A member entry: opens an algorithm to a target tenant (a user's personal account, whose id is the user's, or an organization).</summary>
internal sealed record MemberRecord
{
    public string Id { get; init; } = string.Empty;

    public string AlgorithmId { get; init; } = string.Empty;

    public SharePrincipalType PrincipalType { get; init; }

    /// <summary>The target tenant's id.</summary>
    public string PrincipalId { get; init; } = string.Empty;

    public PermissionRole Role { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}
