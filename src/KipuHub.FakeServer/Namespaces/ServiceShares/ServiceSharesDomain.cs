using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceShares;

/// <summary>
/// The service shares rules (docs/contract.md#service-shares): members of the owning tenant list the shares (VIEWER
/// reads); only its OWNERs create, change and revoke them, so a target, whatever role the share grants, never re-shares.
/// A target is a user (their personal account) or an organization that exists, never the owning tenant itself, and a
/// service has at most one share per target.
/// </summary>
internal static class ServiceSharesDomain
{
    private static readonly string s_roles = $"{PermissionRole.Viewer}, {PermissionRole.Maintainer}, {PermissionRole.Owner}";
    private static readonly string s_types = $"{SharePrincipalType.User}, {SharePrincipalType.Organization}";

    public static Result<IReadOnlyList<ServiceShare>> List(FakeHubStore store, Caller caller, string serviceId)
    {
        using var read = store.Reading();
        var found = OwnedService(store, caller, serviceId, manage: false);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return SharesOf(store, serviceId).Select(s => Dto(store, s)).ToList();
    }

    public static Result<ServiceShare> Create(FakeHubStore store, Caller caller, string serviceId, CreateServiceShareRequest request)
    {
        using var write = store.Writing();
        var found = OwnedService(store, caller, serviceId, manage: true);
        if (found.Failure is { } failure)
        {
            return write.Commit<ServiceShare>(failure);
        }
        if (RequestProblem(request) is { } invalid)
        {
            return write.Commit<ServiceShare>(invalid);
        }
        var type = request.PrincipalType!.Value;
        var target = store.Table(Tenancy.Tenants).Find(request.PrincipalId!);
        if (target is null || target.IsOrganization != (type == SharePrincipalType.Organization))
        {
            return write.Commit<ServiceShare>(Failure.NotFound(type == SharePrincipalType.User
                ? $"User '{Echo.Of(request.PrincipalId)}' was not found. principalId names a user's id (POST /authorize answers your own)."
                : $"Organization '{Echo.Of(request.PrincipalId)}' was not found. principalId names an organization's id (GET /my/accounts lists yours)."));
        }
        var service = found.Value!;
        if (target.Id == service.TenantId)
        {
            return write.Commit<ServiceShare>(Failure.Invalid($"Service '{service.Id}' belongs to {caller.DescribeTenant()}; a service cannot be shared with its own tenant."));
        }
        if (SharesOf(store, serviceId).FirstOrDefault(s => s.PrincipalId == target.Id) is { } existing)
        {
            return write.Commit<ServiceShare>(Failure.Conflict($"Service '{service.Id}' is already shared with {existing.PrincipalType} '{target.Id}' as {existing.Role} " +
                $"(share '{existing.Id}'). Change its role with PUT /services/{service.Id}/shares/{existing.Id}."));
        }
        var share = new ServiceShareRecord
        {
            Id = store.NextId(),
            ServiceId = service.Id,
            PrincipalType = type,
            PrincipalId = target.Id,
            Role = request.Role!.Value,
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        store.Table(ServiceSharesModule.Shares).Add(share);
        return write.Commit<ServiceShare>(Dto(store, share));
    }

    public static Result<ServiceShare> Update(FakeHubStore store, Caller caller, string serviceId, string shareId, UpdateServiceShareRequest request)
    {
        using var write = store.Writing();
        var found = FindShare(store, caller, serviceId, shareId);
        if (found.Failure is { } failure)
        {
            return write.Commit<ServiceShare>(failure);
        }
        if (RoleProblem(request.Role) is { } invalid)
        {
            return write.Commit<ServiceShare>(invalid);
        }
        var share = found.Value!;
        if (share.Role != request.Role!.Value)
        {
            share = share with { Role = request.Role.Value };
            store.Table(ServiceSharesModule.Shares).Replace(share);
            store.Tick();
        }
        return write.Commit<ServiceShare>(Dto(store, share));
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string serviceId, string shareId)
    {
        using var write = store.Writing();
        var found = FindShare(store, caller, serviceId, shareId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(ServiceSharesModule.Shares).Delete(shareId);
        // What stood on the share goes with it: the target's subscriptions to a service that is not PUBLISHED.
        store.Prune();
        store.Tick();
        return write.Commit();
    }

    /// <summary>The service, if the caller's tenant owns it (a share does not count) and, to manage, the caller is OWNER there. Callers hold the lock.</summary>
    private static Result<ServiceRecord> OwnedService(FakeHubStore store, Caller caller, string serviceId, bool manage)
    {
        var services = store.Table(ServicesModule.Services);
        var found = services.Find(caller, serviceId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        if (!services.IsOwnedBy(caller, found.Value!))
        {
            return Failure.Denied($"Service '{Echo.Of(serviceId)}' is shared with {caller.DescribeTenant()}; only the OWNERs of the tenant that owns it " +
                "see and manage its shares.");
        }
        if (manage && caller.Role != PermissionRole.Owner)
        {
            return Failure.Denied($"User '{caller.Username}' is {caller.Role} in {caller.DescribeTenant()}; only an OWNER shares a service or changes its shares.");
        }
        return found;
    }

    private static Result<ServiceShareRecord> FindShare(FakeHubStore store, Caller caller, string serviceId, string shareId)
    {
        var service = OwnedService(store, caller, serviceId, manage: true);
        if (service.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(ServiceSharesModule.Shares).Find(shareId) is { } share && share.ServiceId == serviceId
            ? share
            : Failure.NotFound($"Service '{Echo.Of(serviceId)}' has no share '{Echo.Of(shareId)}'. GET /services/{Echo.Of(serviceId)}/shares lists its shares.");
    }

    private static IEnumerable<ServiceShareRecord> SharesOf(FakeHubStore store, string serviceId) =>
        store.Table(ServiceSharesModule.Shares).Rows.Where(s => s.ServiceId == serviceId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal);

    private static Failure? RequestProblem(CreateServiceShareRequest request)
    {
        if (request.PrincipalType is not { } type || string.IsNullOrEmpty(type.Value))
        {
            return Failure.Invalid($"The share needs a 'principalType': one of {s_types}.");
        }
        if (type != SharePrincipalType.User && type != SharePrincipalType.Organization)
        {
            return Failure.Invalid($"Unknown principalType '{Echo.Of(type.Value)}'. Accepted: {s_types}.");
        }
        if (string.IsNullOrWhiteSpace(request.PrincipalId))
        {
            return Failure.Invalid($"The share needs a 'principalId': the id of the {type} to share with; it was {(request.PrincipalId is null ? "missing" : "empty")}.");
        }
        return RoleProblem(request.Role);
    }

    private static Failure? RoleProblem(PermissionRole? role) => role is not { } value || string.IsNullOrEmpty(value.Value)
        ? Failure.Invalid($"The share needs a 'role': one of {s_roles}.")
        : value != PermissionRole.Viewer && value != PermissionRole.Maintainer && value != PermissionRole.Owner
            ? Failure.Invalid($"Unknown role '{Echo.Of(value.Value)}'. Accepted: {s_roles}.")
            : null;

    private static ServiceShare Dto(FakeHubStore store, ServiceShareRecord share) => new()
    {
        Id = share.Id,
        ServiceId = share.ServiceId,
        PrincipalType = share.PrincipalType,
        PrincipalId = share.PrincipalId,
        PrincipalName = store.Table(Tenancy.Tenants).Find(share.PrincipalId)?.DisplayName,
        Role = share.Role,
        CreatedAt = share.CreatedAt,
        CreatedBy = share.CreatedBy,
    };
}
