using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// The algorithms rules: a name of 1 to 255 characters, an acronym and an intent of at most 255, a description of at
/// most 10,000 (docs/contract.md#limits), a visibility of PRIVATE (the default) or PUBLIC that only the owning tenant
/// changes. Reads and writes go through <see cref="AlgorithmAccess"/>.
/// </summary>
internal static class AlgorithmsDomain
{
    private static readonly string s_visibilities = $"{AlgorithmVisibility.Private}, {AlgorithmVisibility.Public}";

    public static IReadOnlyList<Algorithm> List(FakeHubStore store, Caller caller)
    {
        using var read = store.Reading();
        return [.. AlgorithmAccess.Visible(store, caller).Select(v => Dto(v.Algorithm, v.Role))];
    }

    public static Result<Algorithm> Get(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var read = store.Reading();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        return found.Failure ?? (Result<Algorithm>)Dto(found.Value.Algorithm, found.Value.Role);
    }

    public static Result<Algorithm> Create(FakeHubStore store, Caller caller, CreateAlgorithmRequest request)
    {
        if ((Validation.Name(request.Name, "algorithm") ?? TextProblem(request.Acronym, request.Intent) ?? VisibilityProblem(request.Visibility)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var now = store.Tick();
        var algorithm = new AlgorithmRecord
        {
            Id = store.NextId(),
            TenantId = caller.TenantId,
            Name = request.Name!,
            Acronym = request.Acronym,
            Intent = request.Intent,
            Description = request.Description,
            Visibility = request.Visibility ?? AlgorithmVisibility.Private,
            CreatedAt = now,
            ModifiedAt = now,
            CreatedBy = caller.Username,
        };
        store.Table(AlgorithmsModule.Algorithms).Add(algorithm);
        return write.Commit<Algorithm>(Dto(algorithm, caller.Role));
    }

    /// <summary>Changes the fields the request names; omitted (null) fields keep their value.</summary>
    public static Result<Algorithm> Update(FakeHubStore store, Caller caller, string algorithmId, UpdateAlgorithmRequest request)
    {
        if (((request.Name is null ? null : Validation.Name(request.Name, "algorithm")) ?? TextProblem(request.Acronym, request.Intent)
            ?? (request.Visibility is null ? null : VisibilityProblem(request.Visibility))) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit<Algorithm>(failure);
        }
        var (algorithm, role) = found.Value;
        if (request.Visibility is { } visibility && visibility != algorithm.Visibility && !AlgorithmAccess.IsOwnedBy(caller, algorithm))
        {
            return write.Commit<Algorithm>(Failure.Denied($"Algorithm '{algorithm.Id}' is {algorithm.Visibility}; only the tenant that owns it publishes it " +
                $"or makes it private, and {caller.DescribeTenant()} is a member of it, not its owner. Leave 'visibility' out to change the other fields."));
        }
        var updated = algorithm with
        {
            Name = request.Name ?? algorithm.Name,
            Acronym = request.Acronym ?? algorithm.Acronym,
            Intent = request.Intent ?? algorithm.Intent,
            Description = request.Description ?? algorithm.Description,
            Visibility = request.Visibility ?? algorithm.Visibility,
            ModifiedAt = store.Tick(),
        };
        store.Table(AlgorithmsModule.Algorithms).Replace(updated);
        return write.Commit<Algorithm>(Dto(updated, role));
    }

    /// <summary>Deletes the algorithm; the store deletes its sketches, relations (both ways), members and implementations with it.</summary>
    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(AlgorithmsModule.Algorithms).Delete(algorithmId);
        store.Tick();
        return write.Commit();
    }

    private static Failure? TextProblem(string? acronym, string? intent) =>
        acronym?.Length > Validation.MaxNameLength
            ? Failure.Invalid($"The 'acronym' is {acronym.Length} characters long; at most {Validation.MaxNameLength} are allowed.")
            : intent?.Length > Validation.MaxNameLength
                ? Failure.Invalid($"The 'intent' is {intent.Length} characters long; at most {Validation.MaxNameLength} are allowed.")
                : null;

    private static Failure? VisibilityProblem(AlgorithmVisibility? visibility) =>
        visibility is { } value && value != AlgorithmVisibility.Private && value != AlgorithmVisibility.Public
            ? Failure.Invalid($"Unknown visibility '{Echo.Of(value.Value)}'. Accepted: {s_visibilities} (left out, a new algorithm is PRIVATE).")
            : null;

    internal static Algorithm Dto(AlgorithmRecord algorithm, PermissionRole role) => new()
    {
        Id = algorithm.Id,
        Name = algorithm.Name,
        Acronym = algorithm.Acronym,
        Intent = algorithm.Intent,
        Description = algorithm.Description,
        Visibility = algorithm.Visibility,
        CreatedAt = algorithm.CreatedAt,
        ModifiedAt = algorithm.ModifiedAt,
        CreatedBy = algorithm.CreatedBy,
        CurrentUserPermission = role,
    };
}
