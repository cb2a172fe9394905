namespace KipuHub.Models;

/// <summary>
/// An algorithm of the catalog, owned by a tenant: private to it unless a member entry opens it to a user or an
/// organization, or its <see cref="Visibility"/> is <c>PUBLIC</c>.
/// </summary>
public sealed record Algorithm
{
    /// <summary>The algorithm's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name, searched by <c>Where(a =&gt; a.Name.Contains(text))</c>.</summary>
    public string? Name { get; init; }

    /// <summary>A short form of the name, such as <c>QAOA</c>.</summary>
    public string? Acronym { get; init; }

    /// <summary>What the algorithm is for, in a sentence.</summary>
    public string? Intent { get; init; }

    /// <summary>The full description.</summary>
    public string? Description { get; init; }

    /// <summary><c>PRIVATE</c> or <c>PUBLIC</c> (published: every tenant reads it).</summary>
    public AlgorithmVisibility? Visibility { get; init; }

    /// <summary>When the algorithm was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the algorithm was last changed.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The caller's role on the algorithm: its role in the tenant, capped by a member entry's role, or VIEWER for a public one.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /algorithms</c>.</summary>
public sealed record CreateAlgorithmRequest
{
    /// <summary>The name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>A short form of the name, at most 255 characters.</summary>
    public string? Acronym { get; init; }

    /// <summary>What the algorithm is for, at most 255 characters.</summary>
    public string? Intent { get; init; }

    /// <summary>The full description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary><c>PRIVATE</c> (the default when left out) or <c>PUBLIC</c>.</summary>
    public AlgorithmVisibility? Visibility { get; init; }
}

/// <summary>The body of <c>PUT /algorithms/{id}</c>; omitted fields keep their value.</summary>
public sealed record UpdateAlgorithmRequest
{
    /// <summary>The new name, 1 to 255 characters.</summary>
    public string? Name { get; init; }

    /// <summary>The new short form, at most 255 characters.</summary>
    public string? Acronym { get; init; }

    /// <summary>The new intent, at most 255 characters.</summary>
    public string? Intent { get; init; }

    /// <summary>The new description, at most 10,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary><c>PRIVATE</c> or <c>PUBLIC</c>; only the owning tenant changes it.</summary>
    public AlgorithmVisibility? Visibility { get; init; }
}

/// <summary>A sketch of an algorithm: an image (PNG, JPEG or SVG) with a description.</summary>
public sealed record AlgorithmSketch
{
    /// <summary>The sketch's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The algorithm it belongs to.</summary>
    public string? AlgorithmId { get; init; }

    /// <summary>What the image shows.</summary>
    public string? Description { get; init; }

    /// <summary>The image's file name, as uploaded.</summary>
    public string? FileName { get; init; }

    /// <summary>The image's media type: <c>image/png</c>, <c>image/jpeg</c> or <c>image/svg+xml</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The image's size in bytes.</summary>
    public long? ContentLength { get; init; }

    /// <summary>When the sketch was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who added it.</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>A relation from an algorithm to another one it can see.</summary>
public sealed record AlgorithmRelation
{
    /// <summary>The relation's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The algorithm the relation starts at.</summary>
    public string? AlgorithmId { get; init; }

    /// <summary>The algorithm it points at.</summary>
    public string? TargetAlgorithmId { get; init; }

    /// <summary>The target's name; left out when the caller can no longer see the target.</summary>
    public string? TargetAlgorithmName { get; init; }

    /// <summary>How the algorithm relates to the target.</summary>
    public AlgorithmRelationType? RelationType { get; init; }

    /// <summary>When the relation was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>The body of <c>POST /algorithms/{id}/relations</c>.</summary>
public sealed record CreateAlgorithmRelationRequest
{
    /// <summary>The id of an algorithm the caller can see, not the algorithm itself; required.</summary>
    public string? TargetAlgorithmId { get; init; }

    /// <summary><c>USES</c>, <c>VARIANT_OF</c>, <c>GENERALIZES</c> or <c>SPECIALIZES</c>; required.</summary>
    public AlgorithmRelationType? RelationType { get; init; }
}

/// <summary>A member of an algorithm: a user or an organization that sees it with a role.</summary>
public sealed record AlgorithmMember
{
    /// <summary>The member entry's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The algorithm.</summary>
    public string? AlgorithmId { get; init; }

    /// <summary>Whether the member is a user or an organization.</summary>
    public SharePrincipalType? PrincipalType { get; init; }

    /// <summary>The member's id: a user's id (their personal account) or an organization's id.</summary>
    public string? PrincipalId { get; init; }

    /// <summary>The member's display name.</summary>
    public string? PrincipalName { get; init; }

    /// <summary>The role the entry grants; members of an organization get at most their own role there.</summary>
    public PermissionRole? Role { get; init; }

    /// <summary>When the member was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who added it.</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>The body of <c>PUT /algorithms/{id}/members</c>: adds the member, or changes the role of an existing one.</summary>
public sealed record SetAlgorithmMemberRequest
{
    /// <summary><c>USER</c> or <c>ORGANIZATION</c>; required.</summary>
    public SharePrincipalType? PrincipalType { get; init; }

    /// <summary>The user's or organization's id; required.</summary>
    public string? PrincipalId { get; init; }

    /// <summary><c>VIEWER</c>, <c>MAINTAINER</c> or <c>OWNER</c>; required.</summary>
    public PermissionRole? Role { get; init; }
}
