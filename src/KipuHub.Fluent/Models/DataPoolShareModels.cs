namespace KipuHub.Models;

/// <summary>A share of a data pool: it lets a user or an organization see the pool and its files with a role.</summary>
public sealed record DataPoolShare
{
    /// <summary>The share's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The shared data pool.</summary>
    public string? DataPoolId { get; init; }

    /// <summary>Whether the target is a user or an organization.</summary>
    public SharePrincipalType? PrincipalType { get; init; }

    /// <summary>The target's id: a user's id (their personal account) or an organization's id.</summary>
    public string? PrincipalId { get; init; }

    /// <summary>The target's display name.</summary>
    public string? PrincipalName { get; init; }

    /// <summary>The role the share grants; members of a target organization get at most their own role there.</summary>
    public PermissionRole? Role { get; init; }

    /// <summary>When the share was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }
}

/// <summary>The body of <c>POST /datapools/{id}/shares</c>.</summary>
public sealed record CreateDataPoolShareRequest
{
    /// <summary><c>USER</c> or <c>ORGANIZATION</c>; required.</summary>
    public SharePrincipalType? PrincipalType { get; init; }

    /// <summary>The user's or organization's id; required.</summary>
    public string? PrincipalId { get; init; }

    /// <summary><c>VIEWER</c>, <c>MAINTAINER</c> or <c>OWNER</c>; required.</summary>
    public PermissionRole? Role { get; init; }
}

/// <summary>The body of <c>PUT /datapools/{id}/shares/{shareId}</c>.</summary>
public sealed record UpdateDataPoolShareRequest
{
    /// <summary>The new role: <c>VIEWER</c>, <c>MAINTAINER</c> or <c>OWNER</c>; required.</summary>
    public PermissionRole? Role { get; init; }
}
