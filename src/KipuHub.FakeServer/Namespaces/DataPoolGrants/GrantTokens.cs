using System.Security.Cryptography;
using System.Text;
using KipuHub.FakeServer.Store;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KipuHub.FakeServer.Namespaces.DataPoolGrants;

/// <summary>What a grant's token says, once its signature checked out.</summary>
internal sealed record GrantClaims(string GrantId, string DataPoolId, string Permission, string ServiceExecutionId, DateTimeOffset ExpiresAt);

/// <summary>
/// A grant's token: a JWT signed with HMAC-SHA256 under the store's own key (<see cref="FakeHubStore.SigningKey"/>),
/// with the grant id as <c>jti</c>, the pool, the permission and the service execution as claims, and <c>iat</c>,
/// <c>nbf</c>, <c>exp</c> from the fake's clock. The library checks the signature, issuer, audience and algorithm; the
/// lifetime is checked by the caller against the fake's clock, not the machine's.
/// </summary>
internal static class GrantTokens
{
    public const string DataPoolClaim = "dataPoolId";
    public const string PermissionClaim = "permission";
    public const string ExecutionClaim = "serviceExecutionId";

    private const string KeyPurpose = "data_pool_grants";
    private const string Issuer = "kipuhub-fake";
    private const string Audience = "data_pool_grants";

    // No default times: every time in a token comes from the fake's clock.
    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Issue(FakeHubStore store, DataPoolGrantRecord grant) => s_handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = grant.CreatedAt.UtcDateTime,
        NotBefore = grant.CreatedAt.UtcDateTime,
        Expires = grant.ExpiresAt.UtcDateTime,
        Claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Jti] = grant.Id,
            [DataPoolClaim] = grant.DataPoolId,
            [PermissionClaim] = grant.Permission.Value,
            [ExecutionClaim] = grant.ServiceExecutionId,
        },
        SigningCredentials = new SigningCredentials(Key(store), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>Whether the value has a JWT's shape (three base64url parts, a JSON header), so it is ours to judge.</summary>
    public static bool LooksLikeJwt(string token) => token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;

    /// <summary>The token's claims if this store signed it and it names a grant; null if tampered, foreign or malformed.</summary>
    public static async Task<GrantClaims?> ReadAsync(FakeHubStore store, string token)
    {
        TokenValidationResult result;
        try
        {
            result = await s_handler.ValidateTokenAsync(token, Parameters(store));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or SecurityTokenException)
        {
            // A malformed token is invalid, not a server error; the exception's text is not passed on, it may quote the token.
            return null;
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }
        return jwt.TryGetPayloadValue<string>(DataPoolClaim, out var pool) && jwt.TryGetPayloadValue<string>(PermissionClaim, out var permission)
            && jwt.TryGetPayloadValue<string>(ExecutionClaim, out var execution) && !string.IsNullOrEmpty(jwt.Id)
            ? new GrantClaims(jwt.Id, pool, permission, execution, new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc)))
            : null;
    }

    private static TokenValidationParameters Parameters(FakeHubStore store) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key(store),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        // The fake's clock decides (GrantCallers), so a test moving it sees the token expire.
        ValidateLifetime = false,
    };

    private static SymmetricSecurityKey Key(FakeHubStore store) => new(store.SigningKey(KeyPurpose));
}
