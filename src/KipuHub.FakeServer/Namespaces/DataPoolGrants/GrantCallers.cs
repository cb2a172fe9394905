using System.Globalization;
using KipuHub.Contract;
using KipuHub.FakeServer.Namespaces.DataPools;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPoolGrants;

/// <summary>
/// A grant's token as X-Auth-Token (docs/contract.md#data-pool-grants): the caller it stands for acts in the pool's
/// tenant with VIEWER (READ) or MAINTAINER (WRITE), on that pool's files only: list and download, and with WRITE
/// upload. An expired, revoked or invalid token is 401 saying which; any other endpoint, another pool, or an
/// X-OrganizationId other than the pool's tenant is 403 saying what the grant allows. No message quotes the token.
/// </summary>
internal static class GrantCallers
{
    private static readonly string[] s_read = [nameof(HubCatalog.DataPoolFilesList), nameof(HubCatalog.DataPoolFilesDownload)];
    private static readonly string[] s_write = [.. s_read, nameof(HubCatalog.DataPoolFilesUpload)];

    /// <summary>Null when the token is not a JWT (it is then simply no valid personal access token).</summary>
    public static async Task<Result<Caller>?> ResolveAsync(FakeHubStore store, Credential credential)
    {
        if (!GrantTokens.LooksLikeJwt(credential.Token))
        {
            return null;
        }
        // Outside the store's lock: checking a signature needs no state but the store's key.
        if (await GrantTokens.ReadAsync(store, credential.Token) is not { } claims)
        {
            return Failure.Unauthenticated("The X-Auth-Token is an invalid data pool grant: its signature, issuer or claims do not check out " +
                "(tampered, malformed, or issued by another fake server). Issue a new one with POST /datapools/{id}/grants, or send a personal access token.");
        }
        using var read = store.Reading();
        var now = store.Now;
        if (now >= claims.ExpiresAt)
        {
            return Failure.Unauthenticated($"The data pool grant '{claims.GrantId}' expired at {Time(claims.ExpiresAt)}; the fake's clock is at {Time(now)}. " +
                $"Issue a new one with POST /datapools/{claims.DataPoolId}/grants.");
        }
        var grant = store.Table(DataPoolGrantsModule.Grants).Find(claims.GrantId);
        if (grant is null || grant.TokenHash != SecretHash.Of(credential.Token))
        {
            return Failure.Unauthenticated($"The data pool grant '{claims.GrantId}' was revoked (or its data pool or service execution was deleted, " +
                $"or the fake was reset since it was issued). GET /datapools/{claims.DataPoolId}/grants lists the pool's grants.");
        }
        var pool = store.Table(DataPoolsModule.DataPools).Find(grant.DataPoolId)!;
        if (Refusal(grant, pool, credential) is { } refused)
        {
            return refused;
        }
        var tenant = store.Table(Tenancy.Tenants).Find(pool.TenantId)!;
        var role = grant.Permission == DataPoolPermission.Write ? PermissionRole.Maintainer : PermissionRole.Viewer;
        // The token is the grant's secret: the caller carries the grant's id, never the token.
        return new Caller(grant.Id, $"grant:{grant.Id}", tenant.Id, tenant.DisplayName, role);
    }

    /// <summary>Why the grant does not open this request, or null.</summary>
    private static Failure? Refusal(DataPoolGrantRecord grant, DataPoolRecord pool, Credential credential)
    {
        var allowed = grant.Permission == DataPoolPermission.Write ? s_write : s_read;
        var allows = grant.Permission == DataPoolPermission.Write
            ? $"list, download and upload the files of data pool '{pool.Id}' (GET /datapools/{pool.Id}/files, GET /datapools/{pool.Id}/files/{{fileId}}, POST /datapools/{pool.Id}/files)"
            : $"list and download the files of data pool '{pool.Id}' (GET /datapools/{pool.Id}/files, GET /datapools/{pool.Id}/files/{{fileId}})";
        var endpoint = credential.Endpoint;
        if (!allowed.Contains(endpoint.Id, StringComparer.Ordinal))
        {
            return Failure.Denied($"The X-Auth-Token is data pool grant '{grant.Id}' ({grant.Permission}); it may only {allows}, " +
                $"not {endpoint.Method} {endpoint.PathTemplate}. Use a personal access token for anything else.");
        }
        if (!credential.Route.TryGetValue("id", out var poolId) || poolId != pool.Id)
        {
            return Failure.Denied($"The X-Auth-Token is data pool grant '{grant.Id}' ({grant.Permission}), bound to data pool '{pool.Id}'; " +
                $"this request names data pool '{Echo.Of(poolId)}'. It may only {allows}.");
        }
        if (!string.IsNullOrWhiteSpace(credential.OrganizationId) && credential.OrganizationId != pool.TenantId)
        {
            return Failure.Denied($"The X-Auth-Token is data pool grant '{grant.Id}', whose data pool belongs to tenant '{pool.TenantId}'; " +
                $"X-OrganizationId names '{Echo.Of(credential.OrganizationId)}'. Omit the header or send the pool's tenant.");
        }
        return null;
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
