using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>The principal a token belongs to, as returned by <c>POST /authorize</c>.</summary>
public sealed record AuthPrincipal
{
    /// <summary>The user.</summary>
    public HubUser? User { get; init; }

    /// <summary>The token, where a server echoes it (the fake does not: secrets are never served back). Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
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
