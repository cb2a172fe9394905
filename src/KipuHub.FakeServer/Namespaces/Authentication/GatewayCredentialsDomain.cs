using System.Security.Cryptography;
using System.Text;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Authentication;

/// <summary>A tenant's gateway (APIM) key pair; the secret is kept only as its hash.</summary>
internal sealed record GatewayCredentialsRecord
{
    /// <summary>The owning tenant, and the row's key: a tenant has one pair at a time.</summary>
    public string TenantId { get; init; } = string.Empty;

    public string ConsumerKey { get; init; } = string.Empty;

    public string SecretHash { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}

/// <summary>
/// The gateway credentials rules (docs/contract.md#gateway-credentials): reading shows the key, never the secret;
/// regenerating (OWNER, checked by the pipeline from the catalog) replaces the pair, shows the new secret once, and
/// from then on only the new pair verifies.
/// </summary>
internal static class GatewayCredentialsDomain
{
    public static Result<GatewayCredentials> Get(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        return store.Table(AuthenticationModule.GatewayPairs).Find(caller.TenantId) is { } pair
            ? Dto(pair, secret: null)
            : Failure.NotFound($"{caller.DescribeTenant()} has no gateway credentials yet. POST /gateway-credentials/regenerate makes the first pair (OWNER).");
    }

    public static Result<GatewayCredentials> Regenerate(FakeHubStore store, Caller caller)
    {
        using var write = store.Writing();
        var table = store.Table(AuthenticationModule.GatewayPairs);
        var secret = store.NextSecret();
        var pair = new GatewayCredentialsRecord
        {
            TenantId = caller.TenantId,
            ConsumerKey = "ck_" + store.NextId().Replace("-", string.Empty, StringComparison.Ordinal),
            SecretHash = SecretHash.Of(secret),
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        if (table.Find(caller.TenantId) is null)
        {
            table.Add(pair);
        }
        else
        {
            table.Replace(pair);
        }
        return write.Commit<GatewayCredentials>(Dto(pair, secret));
    }

    /// <summary>Whether a key and secret are the tenant's current pair: what a gateway would check.</summary>
    public static bool Verifies(FakeHubStore store, string tenantId, string consumerKey, string consumerSecret)
    {
        using var read = store.Reading();
        return store.Table(AuthenticationModule.GatewayPairs).Find(tenantId) is { } pair
            && pair.ConsumerKey == consumerKey
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(pair.SecretHash), Encoding.ASCII.GetBytes(SecretHash.Of(consumerSecret)));
    }

    private static GatewayCredentials Dto(GatewayCredentialsRecord pair, string? secret) => new()
    {
        ConsumerKey = pair.ConsumerKey,
        ConsumerSecret = secret,
        CreatedAt = pair.CreatedAt,
        CreatedBy = pair.CreatedBy,
    };
}
