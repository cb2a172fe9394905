using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// The relation rules: a relation starts at an algorithm the caller may write (MAINTAINER creates, OWNER deletes, as for
/// the algorithm) and points at one the caller can see; a target it cannot see is 404, the algorithm itself 422, and a
/// second relation with the same target and type 409. A relation whose target the caller no longer sees stays listed,
/// without the target's name.
/// </summary>
internal static class AlgorithmRelationsDomain
{
    private static readonly AlgorithmRelationType[] s_types =
        [AlgorithmRelationType.Uses, AlgorithmRelationType.VariantOf, AlgorithmRelationType.Generalizes, AlgorithmRelationType.Specializes];

    private static readonly string s_typeList = string.Join(", ", s_types);

    public static Result<IReadOnlyList<AlgorithmRelation>> List(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var read = store.Reading();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return RelationsOf(store, algorithmId).Select(r => Dto(store, caller, r)).ToList();
    }

    public static Result<AlgorithmRelation> Create(FakeHubStore store, Caller caller, string algorithmId, CreateAlgorithmRelationRequest request)
    {
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit<AlgorithmRelation>(failure);
        }
        if (RequestProblem(request) is { } invalid)
        {
            return write.Commit<AlgorithmRelation>(invalid);
        }
        if (request.TargetAlgorithmId == algorithmId)
        {
            return write.Commit<AlgorithmRelation>(Failure.Invalid($"Algorithm '{algorithmId}' cannot be related to itself; 'targetAlgorithmId' names another algorithm."));
        }
        var target = AlgorithmAccess.FindToRead(store, caller, request.TargetAlgorithmId!);
        if (target.Failure is not null)
        {
            return write.Commit<AlgorithmRelation>(Failure.NotFound($"Target algorithm '{Echo.Of(request.TargetAlgorithmId)}' was not found in {caller.DescribeTenant()}. " +
                "A relation points at an algorithm the caller can see: its own, one it is a member of, or a public one (GET /algorithms lists them)."));
        }
        var type = request.RelationType!.Value;
        if (RelationsOf(store, algorithmId).FirstOrDefault(r => r.TargetAlgorithmId == request.TargetAlgorithmId && r.RelationType == type) is { } existing)
        {
            return write.Commit<AlgorithmRelation>(Failure.Conflict($"Algorithm '{algorithmId}' already has a {type} relation to algorithm " +
                $"'{existing.TargetAlgorithmId}' (relation '{existing.Id}'); delete it first to create it again."));
        }
        var relation = new RelationRecord
        {
            Id = store.NextId(),
            AlgorithmId = algorithmId,
            TargetAlgorithmId = request.TargetAlgorithmId!,
            RelationType = type,
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        store.Table(AlgorithmsModule.Relations).Add(relation);
        return write.Commit<AlgorithmRelation>(Dto(store, caller, relation));
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId, string relationId)
    {
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        if (store.Table(AlgorithmsModule.Relations).Find(relationId) is not { } relation || relation.AlgorithmId != algorithmId)
        {
            return write.Commit(Failure.NotFound($"Algorithm '{Echo.Of(algorithmId)}' has no relation '{Echo.Of(relationId)}'. " +
                $"GET /algorithms/{Echo.Of(algorithmId)}/relations lists its relations."));
        }
        store.Table(AlgorithmsModule.Relations).Delete(relationId);
        store.Tick();
        return write.Commit();
    }

    private static Failure? RequestProblem(CreateAlgorithmRelationRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.TargetAlgorithmId))
        {
            return Failure.Invalid($"The relation needs a 'targetAlgorithmId': the id of the algorithm it points at; it was {(request.TargetAlgorithmId is null ? "missing" : "empty")}.");
        }
        if (request.RelationType is not { } type || string.IsNullOrEmpty(type.Value))
        {
            return Failure.Invalid($"The relation needs a 'relationType': one of {s_typeList}.");
        }
        return s_types.Contains(type) ? null : Failure.Invalid($"Unknown relationType '{Echo.Of(type.Value)}'. Accepted: {s_typeList}.");
    }

    private static IEnumerable<RelationRecord> RelationsOf(FakeHubStore store, string algorithmId) =>
        store.Table(AlgorithmsModule.Relations).Rows.Where(r => r.AlgorithmId == algorithmId)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal);

    private static AlgorithmRelation Dto(FakeHubStore store, Caller caller, RelationRecord relation) => new()
    {
        Id = relation.Id,
        AlgorithmId = relation.AlgorithmId,
        TargetAlgorithmId = relation.TargetAlgorithmId,
        TargetAlgorithmName = AlgorithmAccess.FindToRead(store, caller, relation.TargetAlgorithmId).Value.Algorithm?.Name,
        RelationType = relation.RelationType,
        CreatedAt = relation.CreatedAt,
        CreatedBy = relation.CreatedBy,
    };
}
