namespace KipuHub.Models;

/// <summary>An account the caller can act as: the personal account or an organization.</summary>
public sealed record Account
{
    /// <summary>The account's id; for an organization, the value for <c>X-OrganizationId</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name shown in the hub.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The caller's role in the account.</summary>
    public PermissionRole? Role { get; init; }

    /// <summary>Whether the account is an organization.</summary>
    public bool IsOrganization { get; init; }

    /// <summary>The account's plan.</summary>
    public AccountType? AccountType { get; init; }
}

/// <summary>The plan of an account.</summary>
public sealed record AccountType
{
    /// <summary>The plan's name.</summary>
    public string? Name { get; init; }

    /// <summary>The feature set of the plan.</summary>
    public string? Feature { get; init; }
}
