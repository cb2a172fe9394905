using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>A user of the fake, with the personal access token it authenticates with.</summary>
internal sealed record UserRecord
{
    public string Id { get; init; } = string.Empty;

    public string Username { get; init; } = string.Empty;

    public string Token { get; init; } = string.Empty;

    public string FirstName { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    /// <summary>Prints every member but the token, so a user in a log or an assertion message never shows it.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Username = {Username}, FirstName = {FirstName}, LastName = {LastName}, Email = {Email}");
        return true;
    }
}

/// <summary>A member of a tenant and its role there.</summary>
internal sealed record TenantMember(string UserId, PermissionRole Role);

/// <summary>A tenant: a user's personal account (same id as the user) or an organization.</summary>
internal sealed record TenantRecord
{
    public string Id { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public bool IsOrganization { get; init; }

    public string AccountTypeName { get; init; } = string.Empty;

    public string AccountFeature { get; init; } = string.Empty;

    /// <summary>The plan (<c>accountType</c> of <c>/authorize</c>): BASIC for personal accounts, PRO for organizations unless seeded otherwise.</summary>
    public string Plan { get; init; } = "PRO";

    /// <summary>When the organization was created (the seed's draw, or the fake's clock for a created one).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The organization's billing address, if one was given.</summary>
    public string? BillingAddress { get; init; }

    /// <summary>The members in the order they joined.</summary>
    public IReadOnlyList<TenantMember> Members { get; init; } = [];

    /// <summary>The role of a user here, or null for a non-member.</summary>
    public PermissionRole? RoleOf(string userId)
    {
        foreach (var member in Members)
        {
            if (member.UserId == userId)
            {
                return member.Role;
            }
        }
        return null;
    }
}
