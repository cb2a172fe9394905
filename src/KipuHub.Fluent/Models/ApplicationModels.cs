using KipuHub.Contract;

namespace KipuHub.Models;

/// <summary>An application: the consumer side that subscribes to services.</summary>
public sealed record Application
{
    /// <summary>The application's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The application's name.</summary>
    public string? Name { get; init; }

    /// <summary>How many subscriptions the application has.</summary>
    public int? SubscriptionCount { get; init; }

    /// <summary>When the application was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The caller's role on the application.</summary>
    public PermissionRole? CurrentUserPermission { get; init; }
}

/// <summary>The body of <c>POST /v2/applications</c>.</summary>
public sealed record CreateApplicationRequest
{
    /// <summary>The application's name; required, 1 to 255 characters.</summary>
    public string? Name { get; init; }
}

/// <summary>An access token of an application, for calling its subscribed services through the gateway.</summary>
public sealed record AccessToken
{
    /// <summary>The token's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The token's name.</summary>
    public string? Name { get; init; }

    /// <summary>What the token may be used for.</summary>
    public IReadOnlyList<AccessTokenScope>? Scopes { get; init; }

    /// <summary>When the token was issued.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the token was last used.</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>When the token expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The secret value, shown once when the token is issued. Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
    public string? Value { get; init; }

    /// <summary>The secret token, shown once when the token is issued. Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
    public string? Token { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"AccessToken {{ Id = {Id}, Name = {Name}, ExpiresAt = {ExpiresAt:O}, Value = ***, Token = *** }}";
}
