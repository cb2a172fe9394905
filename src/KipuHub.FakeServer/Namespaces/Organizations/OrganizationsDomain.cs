using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// Organizations and their members (docs/contract.md#organizations). The organizations are rows of the tenants table;
/// the pipeline has already resolved the caller's role in the one the path names, and refused a non-member with 404.
/// </summary>
internal static class OrganizationsDomain
{
    /// <summary>The longest billing address accepted.</summary>
    public const int MaxBillingAddressLength = 1_000;

    public static IReadOnlyList<Organization> List(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        return [.. store.Table(Tenancy.Tenants).Rows
            .Where(t => t.IsOrganization && t.RoleOf(caller.UserId) is not null)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => Dto(t, caller.UserId))];
    }

    public static Result<Organization> Get(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var found = Current(store, caller);
        return found.Failure ?? (Result<Organization>)Dto(found.Value!, caller.UserId);
    }

    /// <summary>A new organization with the caller as its only member, an OWNER, on the PRO plan.</summary>
    public static Result<Organization> Create(FakeHubStore store, Caller caller, CreateOrganizationRequest request)
    {
        if ((Validation.Name(request.Name, "organization") ?? AddressProblem(request.BillingAddress)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var organization = new TenantRecord
        {
            Id = store.NextId(),
            DisplayName = request.Name!,
            IsOrganization = true,
            AccountTypeName = "ORGANIZATION",
            AccountFeature = "TEAM",
            CreatedAt = store.Tick(),
            BillingAddress = request.BillingAddress,
            Members = [new TenantMember(caller.UserId, PermissionRole.Owner)],
        };
        store.Table(Tenancy.Tenants).Add(organization);
        return write.Commit<Organization>(Dto(organization, caller.UserId));
    }

    /// <summary>Changes the name or billing address; an omitted (null) field keeps its value.</summary>
    public static Result<Organization> Update(FakeHubStore store, Caller caller, UpdateOrganizationRequest request)
    {
        if (((request.Name is null ? null : Validation.Name(request.Name, "organization")) ?? AddressProblem(request.BillingAddress)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var found = Current(store, caller);
        if (found.Failure is { } gone)
        {
            return write.Commit<Organization>(gone);
        }
        var organization = found.Value! with
        {
            DisplayName = request.Name ?? found.Value.DisplayName,
            BillingAddress = request.BillingAddress ?? found.Value.BillingAddress,
        };
        store.Table(Tenancy.Tenants).Replace(organization);
        store.Tick();
        return write.Commit<Organization>(Dto(organization, caller.UserId));
    }

    /// <summary>
    /// Deletes the organization and every row it owns, in the request's own write: members keep their users and
    /// personal accounts. The seed's organizations stay (a reset restores their state), so seeded ids never dangle.
    /// </summary>
    public static Failure? Delete(FakeHubStore store, Caller caller)
    {
        using var write = store.Writing();
        if (Current(store, caller).Failure is { } gone)
        {
            return write.Commit(gone);
        }
        if (store.SeedState.Tenants.Any(t => t.Id == caller.TenantId))
        {
            return write.Commit(Failure.Conflict($"Organization '{caller.TenantName}' is part of the fake's seed and cannot be deleted; " +
                "create one with POST /organizations to delete it, or reset this one (POST /_admin/reset?tenant=...)."));
        }
        store.Table(Tenancy.Tenants).Delete(caller.TenantId);
        store.RemoveContentOf(caller.TenantId);
        store.Tick();
        return write.Commit();
    }

    public static Result<IReadOnlyList<OrganizationMember>> Members(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var users = store.Table(Tenancy.Users);
        var found = Current(store, caller);
        return found.Failure ?? (Result<IReadOnlyList<OrganizationMember>>)found.Value!.Members.Select(m => MemberDto(users.Find(m.UserId), m)).ToArray();
    }

    /// <summary>Gives a member another role; the last OWNER cannot be demoted.</summary>
    public static Result<OrganizationMember> UpdateMember(FakeHubStore store, Caller caller, string userId, UpdateMemberRequest request)
    {
        if (RoleProblem(request.Role) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var tenants = store.Table(Tenancy.Tenants);
        var found = Current(store, caller);
        if (found.Failure is { } gone)
        {
            return write.Commit<OrganizationMember>(gone);
        }
        var organization = found.Value!;
        if (MemberOf(organization, userId) is not { } member)
        {
            return write.Commit<OrganizationMember>(NotAMember(organization, userId));
        }
        var role = request.Role!.Value;
        if (member.Role == PermissionRole.Owner && role != PermissionRole.Owner && IsLastOwner(organization))
        {
            return write.Commit<OrganizationMember>(LastOwner(organization, "demoted"));
        }
        var changed = member with { Role = role };
        tenants.Replace(organization with { Members = [.. organization.Members.Select(m => m.UserId == userId ? changed : m)] });
        store.Tick();
        return write.Commit<OrganizationMember>(MemberDto(store.Table(Tenancy.Users).Find(userId), changed));
    }

    /// <summary>Removes a member: an OWNER may remove anyone, any member may remove itself; never the last OWNER.</summary>
    public static Failure? RemoveMember(FakeHubStore store, Caller caller, string userId)
    {
        using var write = store.Writing();
        var tenants = store.Table(Tenancy.Tenants);
        var found = Current(store, caller);
        if (found.Failure is { } gone)
        {
            return write.Commit(gone);
        }
        var organization = found.Value!;
        if (MemberOf(organization, userId) is not { } member)
        {
            return write.Commit(NotAMember(organization, userId));
        }
        if (userId != caller.UserId && caller.Role != PermissionRole.Owner)
        {
            return write.Commit(Failure.Denied($"User '{caller.Username}' is {caller.Role} in organization '{organization.DisplayName}' and may remove only itself; " +
                "removing another member needs OWNER."));
        }
        if (member.Role == PermissionRole.Owner && IsLastOwner(organization))
        {
            return write.Commit(LastOwner(organization, userId == caller.UserId ? "leave" : "removed"));
        }
        tenants.Replace(organization with { Members = [.. organization.Members.Where(m => m.UserId != userId)] });
        store.Tick();
        return write.Commit();
    }

    /// <summary>
    /// The organization the request acts in, as it is now: a request that ran while another deleted it or removed the
    /// caller gets the 404 the pipeline would have given. Callers hold the lock.
    /// </summary>
    public static Result<TenantRecord> Current(FakeHubStore store, Caller caller) =>
        store.Table(Tenancy.Tenants).Find(caller.TenantId) is { IsOrganization: true } organization && organization.RoleOf(caller.UserId) is not null
            ? organization
            : Tenancy.NotAMember(caller.TenantId, caller.Username);

    /// <summary>A failure unless the role is one an organization member can have.</summary>
    public static Failure? RoleProblem(PermissionRole? role) => role is null
        ? Failure.Invalid("The request needs a 'role': one of OWNER, MAINTAINER, VIEWER.")
        : role != PermissionRole.Owner && role != PermissionRole.Maintainer && role != PermissionRole.Viewer
            ? Failure.Invalid($"The role '{Echo.Of(role.Value.Value)}' is not one of OWNER, MAINTAINER, VIEWER.")
            : null;

    private static Failure? AddressProblem(string? address) => address?.Length > MaxBillingAddressLength
        ? Failure.Invalid($"The 'billingAddress' is {address.Length} characters long; at most {MaxBillingAddressLength} are allowed.")
        : null;

    private static TenantMember? MemberOf(TenantRecord organization, string userId) =>
        organization.Members.FirstOrDefault(m => m.UserId == userId);

    private static bool IsLastOwner(TenantRecord organization) => organization.Members.Count(m => m.Role == PermissionRole.Owner) == 1;

    private static Failure NotAMember(TenantRecord organization, string userId) =>
        Failure.NotFound($"User '{Echo.Of(userId)}' is not a member of organization '{organization.DisplayName}'; " +
            $"GET /organizations/{organization.Id}/members lists them.");

    private static Failure LastOwner(TenantRecord organization, string what) =>
        Failure.Conflict($"The last OWNER of organization '{organization.DisplayName}' cannot {(what == "leave" ? "leave" : "be " + what)}: " +
            "make another member OWNER first (PUT /organizations/{id}/members/{userId} with {\"role\": \"OWNER\"}).");

    private static Organization Dto(TenantRecord organization, string userId) => new()
    {
        Id = organization.Id,
        Name = organization.DisplayName,
        BillingAddress = organization.BillingAddress,
        MemberCount = organization.Members.Count,
        CreatedAt = organization.CreatedAt,
        CurrentUserPermission = organization.RoleOf(userId),
    };

    private static OrganizationMember MemberDto(UserRecord? user, TenantMember member) => new()
    {
        Id = member.UserId,
        Username = user?.Username,
        DisplayName = user is null ? null : $"{user.FirstName} {user.LastName}",
        Role = member.Role,
    };
}
