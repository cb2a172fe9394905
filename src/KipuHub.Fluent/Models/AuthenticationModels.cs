using System.Text.Json;
using System.Text.Json.Serialization;
using KipuHub.Contract;
using KipuHub.Serialization;

namespace KipuHub.Models;

/// <summary>
/// The principal a token belongs to, as returned by <c>POST /authorize</c> (docs/contract.md#who-is-calling). Today's
/// API answers a personal-access-token principal (<see cref="Id"/>, <see cref="AccessToken"/>, <see cref="AccountType"/>,
/// <see cref="OrganizationMemberships"/>); the older CLI-era shape (<see cref="User"/>, <see cref="Roles"/>) is read too.
/// </summary>
public sealed record AuthPrincipal
{
    /// <summary>The id of the user the token belongs to.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The token's metadata: never the token itself. An older server that echoed the token as a string gives null
    /// here, because the client never keeps a secret it did not ask for.
    /// </summary>
    [JsonConverter(typeof(AccessTokenInfoJsonConverter))]
    public AccessTokenInfo? AccessToken { get; init; }

    /// <summary>The plan of the user's personal account.</summary>
    public AccountPlan? AccountType { get; init; }

    /// <summary>The organizations the user belongs to, with their plan and the user's role there.</summary>
    public IReadOnlyList<OrganizationMembership>? OrganizationMemberships { get; init; }

    /// <summary>The user, in the older CLI-era shape only.</summary>
    public HubUser? User { get; init; }

    /// <summary>The user's platform roles, in the older CLI-era shape only.</summary>
    public IReadOnlyList<string>? Roles { get; init; }
}

/// <summary>A personal access token as the API describes it: never its secret value.</summary>
public sealed record AccessTokenInfo
{
    /// <summary>The token's id.</summary>
    public string? Id { get; init; }

    /// <summary>The name its owner gave it.</summary>
    public string? Name { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last used.</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>When it expires, as the server writes it (the API documents it as a string, not a date-time).</summary>
    public string? ExpiresAt { get; init; }
}

/// <summary>A membership of the caller in an organization.</summary>
public sealed record OrganizationMembership
{
    /// <summary>The organization's id (usable as <c>X-OrganizationId</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The organization's plan.</summary>
    public AccountPlan? AccountType { get; init; }

    /// <summary>The caller's role there.</summary>
    public PermissionRole? Role { get; init; }
}

/// <summary>
/// A tenant's credentials for the API gateway (APIM), with which its applications call subscribed services. The
/// secret is shown once, by the call that makes the pair.
/// </summary>
public sealed record GatewayCredentials
{
    /// <summary>The consumer key: the pair's public half.</summary>
    public string? ConsumerKey { get; init; }

    /// <summary>The consumer secret; only in the answer of the call that made the pair. Never shown by <see cref="ToString"/>.</summary>
    [HubSecret]
    public string? ConsumerSecret { get; init; }

    /// <summary>When the pair was made.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who made it.</summary>
    public string? CreatedBy { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"GatewayCredentials {{ ConsumerKey = {ConsumerKey}, ConsumerSecret = ***, CreatedAt = {CreatedAt:O}, CreatedBy = {CreatedBy} }}";
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

/// <summary>
/// Reads <c>accessToken</c> as today's metadata object, and skips the token string the older CLI shape carried, so
/// that a secret never lands in a model (and from there in a log).
/// </summary>
internal sealed class AccessTokenInfoJsonConverter : JsonConverter<AccessTokenInfo>
{
    public override AccessTokenInfo? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        return JsonSerializer.Deserialize(ref reader, AuthenticationJsonContext.Default.AccessTokenInfo);
    }

    public override void Write(Utf8JsonWriter writer, AccessTokenInfo value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, AuthenticationJsonContext.Default.AccessTokenInfo);
}
