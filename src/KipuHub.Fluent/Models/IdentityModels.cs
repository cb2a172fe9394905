namespace KipuHub.Models;

/// <summary>The principal a token belongs to, as returned by <c>POST /authorize</c>.</summary>
public sealed record AuthPrincipal
{
    /// <summary>The user.</summary>
    public HubUser? User { get; init; }

    /// <summary>The token as the server echoes it. Never shown by <see cref="ToString"/>.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The user's platform roles.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"AuthPrincipal {{ User = {User}, AccessToken = ***, Roles = [{string.Join(", ", Roles ?? [])}] }}";
}

/// <summary>A user of the hub.</summary>
public sealed record HubUser
{
    /// <summary>The user's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The login name.</summary>
    public string? Username { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }
}

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
