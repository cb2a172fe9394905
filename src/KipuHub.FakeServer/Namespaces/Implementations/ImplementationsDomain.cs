using KipuHub.FakeServer.Namespaces.Algorithms;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>
/// The implementations rules: a name of 1 to 255 characters, a technology and a version of at most 255, a description
/// of at most 10,000. An implementation is reached through its algorithm (<see cref="AlgorithmAccess"/>), so it is
/// visible and writable as the algorithm is, and the caller's role on it is the role on the algorithm.
/// </summary>
internal static class ImplementationsDomain
{
    /// <summary>The implementations of every algorithm the caller can see, in creation order.</summary>
    public static IReadOnlyList<Implementation> ListAll(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        var roles = AlgorithmAccess.Visible(store, caller).ToDictionary(v => v.Algorithm.Id, v => v.Role, StringComparer.Ordinal);
        return [.. Ordered(store.Table(ImplementationsModule.Implementations).Rows.Where(i => roles.ContainsKey(i.AlgorithmId)))
            .Select(i => Dto(i, roles[i.AlgorithmId]))];
    }

    public static Result<IReadOnlyList<Implementation>> List(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var read = store.Reading();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        var role = found.Value.Role;
        return Ordered(store.Table(ImplementationsModule.Implementations).Rows.Where(i => i.AlgorithmId == algorithmId)).Select(i => Dto(i, role)).ToList();
    }

    public static Result<Implementation> Get(FakeHubStore store, Caller caller, string algorithmId, string implementationId)
    {
        using var read = store.Reading();
        var found = Find(store, caller, algorithmId, implementationId);
        return found.Failure ?? (Result<Implementation>)Dto(found.Value.Implementation, found.Value.Role);
    }

    public static Result<Implementation> Create(FakeHubStore store, Caller caller, string algorithmId, CreateImplementationRequest request)
    {
        if ((Validation.Name(request.Name, "implementation") ?? TextProblem(request.Technology, request.Version)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit<Implementation>(failure);
        }
        var now = store.Tick();
        var implementation = new ImplementationRecord
        {
            Id = store.NextId(),
            AlgorithmId = algorithmId,
            Name = request.Name!,
            Technology = request.Technology,
            Version = request.Version,
            Description = request.Description,
            CreatedAt = now,
            ModifiedAt = now,
            CreatedBy = caller.Username,
        };
        store.Table(ImplementationsModule.Implementations).Add(implementation);
        return write.Commit<Implementation>(Dto(implementation, found.Value.Role));
    }

    /// <summary>Changes the fields the request names; omitted (null) fields keep their value.</summary>
    public static Result<Implementation> Update(FakeHubStore store, Caller caller, string algorithmId, string implementationId, UpdateImplementationRequest request)
    {
        if (((request.Name is null ? null : Validation.Name(request.Name, "implementation")) ?? TextProblem(request.Technology, request.Version)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var found = Find(store, caller, algorithmId, implementationId);
        if (found.Failure is { } failure)
        {
            return write.Commit<Implementation>(failure);
        }
        var (implementation, role) = found.Value;
        var updated = implementation with
        {
            Name = request.Name ?? implementation.Name,
            Technology = request.Technology ?? implementation.Technology,
            Version = request.Version ?? implementation.Version,
            Description = request.Description ?? implementation.Description,
            ModifiedAt = store.Tick(),
        };
        store.Table(ImplementationsModule.Implementations).Replace(updated);
        return write.Commit<Implementation>(Dto(updated, role));
    }

    /// <summary>Deletes the implementation; the store deletes its files with it.</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId, string implementationId)
    {
        using var write = store.Writing();
        var found = Find(store, caller, algorithmId, implementationId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(ImplementationsModule.Implementations).Delete(implementationId);
        store.Tick();
        return write.Commit();
    }

    /// <summary>The implementation of the algorithm, with the caller's role on the algorithm, as the request may use it. Callers hold the lock.</summary>
    internal static Result<(ImplementationRecord Implementation, PermissionRole Role)> Find(FakeHubStore store, Caller caller, string algorithmId, string implementationId)
    {
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(ImplementationsModule.Implementations).Find(implementationId) is { } implementation && implementation.AlgorithmId == algorithmId
            ? (implementation, found.Value.Role)
            : Failure.NotFound($"Algorithm '{Echo.Of(algorithmId)}' has no implementation '{Echo.Of(implementationId)}'. " +
                $"GET /algorithms/{Echo.Of(algorithmId)}/implementations lists its implementations.");
    }

    private static IEnumerable<ImplementationRecord> Ordered(IEnumerable<ImplementationRecord> implementations) =>
        implementations.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal);

    private static Failure? TextProblem(string? technology, string? version) =>
        technology?.Length > Validation.MaxNameLength
            ? Failure.Invalid($"The 'technology' is {technology.Length} characters long; at most {Validation.MaxNameLength} are allowed.")
            : version?.Length > Validation.MaxNameLength
                ? Failure.Invalid($"The 'version' is {version.Length} characters long; at most {Validation.MaxNameLength} are allowed.")
                : null;

    private static Implementation Dto(ImplementationRecord implementation, PermissionRole role) => new()
    {
        Id = implementation.Id,
        AlgorithmId = implementation.AlgorithmId,
        Name = implementation.Name,
        Technology = implementation.Technology,
        Version = implementation.Version,
        Description = implementation.Description,
        CreatedAt = implementation.CreatedAt,
        ModifiedAt = implementation.ModifiedAt,
        CreatedBy = implementation.CreatedBy,
        CurrentUserPermission = role,
    };
}
