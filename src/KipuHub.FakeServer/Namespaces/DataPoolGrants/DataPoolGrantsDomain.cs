using System.Globalization;
using KipuHub.FakeServer.Namespaces.DataPools;
using KipuHub.FakeServer.Namespaces.ServiceExecutions;
using KipuHub.FakeServer.Namespaces.Subscriptions;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.DataPoolGrants;

/// <summary>
/// The data pool grants rules (docs/contract.md#data-pool-grants): the pool's tenant lists its grants (VIEWER, never
/// with tokens), issues them (MAINTAINER) for a service execution it can see, READ or WRITE, for 1 to 86400 seconds
/// (3600 when left out), and revokes them (MAINTAINER, as the catalog says). Only the tenant that owns the pool manages
/// its grants; a share of the pool does not count.
/// </summary>
internal static class DataPoolGrantsDomain
{
    public const int DefaultTtlSeconds = 3600;
    public const int MaxTtlSeconds = 86_400;

    private static readonly string s_permissions = $"{DataPoolPermission.Read}, {DataPoolPermission.Write}";

    public static Result<IReadOnlyList<DataPoolGrant>> List(FakeHubStore store, Caller caller, string dataPoolId)
    {
        using var read = store.Reading();
        var found = OwnedPool(store, caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return GrantsOf(store, dataPoolId).Select(g => Dto(g, token: null)).ToList();
    }

    public static Result<DataPoolGrant> Create(FakeHubStore store, Caller caller, string dataPoolId, CreateDataPoolGrantRequest request)
    {
        using var write = store.Writing();
        var found = OwnedPool(store, caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return write.Commit<DataPoolGrant>(failure);
        }
        if (RequestProblem(request) is { } invalid)
        {
            return write.Commit<DataPoolGrant>(invalid);
        }
        var execution = FindExecution(store, caller, request.ServiceExecutionId!);
        if (execution.Failure is { } unknown)
        {
            return write.Commit<DataPoolGrant>(unknown);
        }
        var createdAt = store.Tick();
        var grant = new DataPoolGrantRecord
        {
            Id = store.NextId(),
            DataPoolId = found.Value!.Id,
            ServiceExecutionId = request.ServiceExecutionId!,
            OwnExecutionId = execution.Value.OwnExecutionId,
            SubscriptionId = execution.Value.SubscriptionId,
            Permission = request.Permission!.Value,
            CreatedAt = createdAt,
            CreatedBy = caller.Username,
            // A JWT's times are whole seconds; the answer shows the expiry the token carries.
            ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(createdAt.AddSeconds(request.TtlSeconds ?? DefaultTtlSeconds).ToUnixTimeSeconds()),
        };
        var token = GrantTokens.Issue(store, grant);
        grant = grant with { TokenHash = SecretHash.Of(token) };
        store.Table(DataPoolGrantsModule.Grants).Add(grant);
        return write.Commit<DataPoolGrant>(Dto(grant, token));
    }

    /// <summary>Deletes the grant: its token is refused from the next request on.</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string dataPoolId, string grantId)
    {
        using var write = store.Writing();
        var found = OwnedPool(store, caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        var grants = store.Table(DataPoolGrantsModule.Grants);
        if (grants.Find(grantId) is not { } grant || grant.DataPoolId != dataPoolId)
        {
            return write.Commit(Failure.NotFound($"Data pool '{Echo.Of(dataPoolId)}' has no grant '{Echo.Of(grantId)}'. " +
                $"GET /datapools/{Echo.Of(dataPoolId)}/grants lists its grants."));
        }
        grants.Delete(grant.Id);
        store.Tick();
        return write.Commit();
    }

    /// <summary>The pool, if the caller's tenant owns it (a share does not count). Callers hold the lock.</summary>
    private static Result<DataPoolRecord> OwnedPool(FakeHubStore store, Caller caller, string dataPoolId)
    {
        var pools = store.Table(DataPoolsModule.DataPools);
        var found = pools.Find(caller, dataPoolId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return pools.IsOwnedBy(caller, found.Value!)
            ? found
            : Failure.Denied($"Data pool '{Echo.Of(dataPoolId)}' is shared with {caller.DescribeTenant()}; only the tenant that owns it " +
                "sees and manages its grants.");
    }

    /// <summary>
    /// The execution the tenant can see by that id: its own (a row of the executions table) or one made through a
    /// subscription (held in the subscription's row). Callers hold the lock.
    /// </summary>
    private static Result<(string? OwnExecutionId, string? SubscriptionId)> FindExecution(FakeHubStore store, Caller caller, string executionId)
    {
        if (store.Table(ServiceExecutionsModule.Executions).Find(executionId) is { } own && own.TenantId == caller.TenantId)
        {
            (string? OwnExecutionId, string? SubscriptionId) owned = (own.Id, null);
            return owned;
        }
        foreach (var subscription in store.Table(SubscriptionsModule.Subscriptions).VisibleTo(caller))
        {
            if (subscription.Executions.Any(e => e.Id == executionId))
            {
                (string? OwnExecutionId, string? SubscriptionId) through = (null, subscription.Id);
                return through;
            }
        }
        return Failure.NotFound($"Service execution '{Echo.Of(executionId)}' was not found in {caller.DescribeTenant()}. " +
            "'serviceExecutionId' names one the account can see: GET /service-executions lists them.");
    }

    private static Failure? RequestProblem(CreateDataPoolGrantRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ServiceExecutionId))
        {
            return Failure.Invalid($"The grant needs a 'serviceExecutionId': the service execution that will use it (GET /service-executions lists them); " +
                $"it was {(request.ServiceExecutionId is null ? "missing" : "empty")}.");
        }
        if (request.Permission is not { } permission || string.IsNullOrEmpty(permission.Value))
        {
            return Failure.Invalid($"The grant needs a 'permission': one of {s_permissions}.");
        }
        if (permission != DataPoolPermission.Read && permission != DataPoolPermission.Write)
        {
            return Failure.Invalid($"Unknown permission '{Echo.Of(permission.Value)}'. Accepted: {s_permissions}.");
        }
        if (request.TtlSeconds is { } ttl && ttl is < 1 or > MaxTtlSeconds)
        {
            return Failure.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"'ttlSeconds' is {ttl}; a grant lives 1 to {MaxTtlSeconds} seconds (one day). Leave it out for {DefaultTtlSeconds}."));
        }
        return null;
    }

    private static IEnumerable<DataPoolGrantRecord> GrantsOf(FakeHubStore store, string dataPoolId) =>
        store.Table(DataPoolGrantsModule.Grants).Rows.Where(g => g.DataPoolId == dataPoolId)
            .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id, StringComparer.Ordinal);

    private static DataPoolGrant Dto(DataPoolGrantRecord grant, string? token) => new()
    {
        Id = grant.Id,
        DataPoolId = grant.DataPoolId,
        ServiceExecutionId = grant.ServiceExecutionId,
        Permission = grant.Permission,
        CreatedAt = grant.CreatedAt,
        CreatedBy = grant.CreatedBy,
        ExpiresAt = grant.ExpiresAt,
        Token = token,
    };
}
