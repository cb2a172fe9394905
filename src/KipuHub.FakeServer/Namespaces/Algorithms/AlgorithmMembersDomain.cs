using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// The member rules (docs/contract.md#algorithms-and-implementations), those of service shares: any member of the
/// owning tenant lists an algorithm's members; only its OWNERs add, change and remove them, so a member, whatever role
/// its entry grants, never re-shares. A member is a user (their personal account) or an organization that exists,
/// never the owning tenant; an algorithm has at most one entry per member, and PUT with the same member changes it.
/// </summary>
internal static class AlgorithmMembersDomain
{
    private static readonly string s_roles = $"{PermissionRole.Viewer}, {PermissionRole.Maintainer}, {PermissionRole.Owner}";
    private static readonly string s_types = $"{SharePrincipalType.User}, {SharePrincipalType.Organization}";

    public static Result<IReadOnlyList<AlgorithmMember>> List(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var read = store.Reading();
        var found = OwnedAlgorithm(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return MembersOf(store, algorithmId).Select(m => Dto(store, m)).ToList();
    }

    /// <summary>Adds the member, or changes the role of the entry that already names it.</summary>
    public static Result<AlgorithmMember> Set(FakeHubStore store, Caller caller, string algorithmId, SetAlgorithmMemberRequest request)
    {
        using var write = store.Writing();
        var found = OwnedAlgorithm(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit<AlgorithmMember>(failure);
        }
        if (RequestProblem(request) is { } invalid)
        {
            return write.Commit<AlgorithmMember>(invalid);
        }
        var type = request.PrincipalType!.Value;
        var target = store.Table(Tenancy.Tenants).Find(request.PrincipalId!);
        if (target is null || target.IsOrganization != (type == SharePrincipalType.Organization))
        {
            return write.Commit<AlgorithmMember>(Failure.NotFound(type == SharePrincipalType.User
                ? $"User '{Echo.Of(request.PrincipalId)}' was not found. principalId names a user's id (POST /authorize answers your own)."
                : $"Organization '{Echo.Of(request.PrincipalId)}' was not found. principalId names an organization's id (GET /my/accounts lists yours)."));
        }
        var algorithm = found.Value!;
        if (target.Id == algorithm.TenantId)
        {
            return write.Commit<AlgorithmMember>(Failure.Invalid($"Algorithm '{algorithm.Id}' belongs to {caller.DescribeTenant()}; its own tenant cannot be a member of it."));
        }
        var members = store.Table(AlgorithmsModule.Members);
        if (MembersOf(store, algorithmId).FirstOrDefault(m => m.PrincipalId == target.Id) is { } existing)
        {
            if (existing.Role != request.Role!.Value)
            {
                existing = existing with { Role = request.Role.Value };
                members.Replace(existing);
                store.Tick();
            }
            return write.Commit<AlgorithmMember>(Dto(store, existing));
        }
        var member = new MemberRecord
        {
            Id = store.NextId(),
            AlgorithmId = algorithmId,
            PrincipalType = type,
            PrincipalId = target.Id,
            Role = request.Role!.Value,
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        members.Add(member);
        return write.Commit<AlgorithmMember>(Dto(store, member));
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId, string memberId)
    {
        using var write = store.Writing();
        var found = OwnedAlgorithm(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        if (store.Table(AlgorithmsModule.Members).Find(memberId) is not { } member || member.AlgorithmId != algorithmId)
        {
            return write.Commit(Failure.NotFound($"Algorithm '{Echo.Of(algorithmId)}' has no member '{Echo.Of(memberId)}'. " +
                $"GET /algorithms/{Echo.Of(algorithmId)}/members lists its members."));
        }
        store.Table(AlgorithmsModule.Members).Delete(memberId);
        store.Tick();
        return write.Commit();
    }

    /// <summary>
    /// The algorithm, if the caller's tenant owns it; a member or a public reader is 403 (it sees the algorithm, not its
    /// members), anyone else 404. The pipeline has already made PUT and DELETE an OWNER's. Callers hold the lock.
    /// </summary>
    private static Result<AlgorithmRecord> OwnedAlgorithm(FakeHubStore store, Caller caller, string algorithmId)
    {
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var algorithm = found.Value.Algorithm;
        return AlgorithmAccess.IsOwnedBy(caller, algorithm)
            ? algorithm
            : Failure.Denied($"Algorithm '{algorithm.Id}' is visible to {caller.DescribeTenant()} as a member or because it is public; only the tenant " +
                "that owns it sees its members, and only that tenant's OWNERs manage them.");
    }

    private static IEnumerable<MemberRecord> MembersOf(FakeHubStore store, string algorithmId) =>
        store.Table(AlgorithmsModule.Members).Rows.Where(m => m.AlgorithmId == algorithmId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal);

    private static Failure? RequestProblem(SetAlgorithmMemberRequest request)
    {
        if (request.PrincipalType is not { } type || string.IsNullOrEmpty(type.Value))
        {
            return Failure.Invalid($"The member needs a 'principalType': one of {s_types}.");
        }
        if (type != SharePrincipalType.User && type != SharePrincipalType.Organization)
        {
            return Failure.Invalid($"Unknown principalType '{Echo.Of(type.Value)}'. Accepted: {s_types}.");
        }
        if (string.IsNullOrWhiteSpace(request.PrincipalId))
        {
            return Failure.Invalid($"The member needs a 'principalId': the id of the {type}; it was {(request.PrincipalId is null ? "missing" : "empty")}.");
        }
        return request.Role is not { } role || string.IsNullOrEmpty(role.Value)
            ? Failure.Invalid($"The member needs a 'role': one of {s_roles}.")
            : role != PermissionRole.Viewer && role != PermissionRole.Maintainer && role != PermissionRole.Owner
                ? Failure.Invalid($"Unknown role '{Echo.Of(role.Value)}'. Accepted: {s_roles}.")
                : null;
    }

    private static AlgorithmMember Dto(FakeHubStore store, MemberRecord member) => new()
    {
        Id = member.Id,
        AlgorithmId = member.AlgorithmId,
        PrincipalType = member.PrincipalType,
        PrincipalId = member.PrincipalId,
        PrincipalName = store.Table(Tenancy.Tenants).Find(member.PrincipalId)?.DisplayName,
        Role = member.Role,
        CreatedAt = member.CreatedAt,
        CreatedBy = member.CreatedBy,
    };
}
