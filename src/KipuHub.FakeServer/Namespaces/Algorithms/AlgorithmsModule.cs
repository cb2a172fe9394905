using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>
/// The algorithms namespace: algorithms owned by a tenant, opened to other tenants by member entries (the algorithms
/// table is <see cref="TableDef{T}.SharedThrough"/> the members table, as services are through their shares) or to every
/// tenant by <c>PUBLIC</c> visibility (<see cref="AlgorithmAccess"/>), with their sketches and relations. Every row of
/// the other tables goes with its algorithm; a relation also goes with its target, and a member entry with its tenant.
/// </summary>
internal sealed class AlgorithmsModule : IHubModule
{
    public static TableDef<AlgorithmRecord> Algorithms { get; } = new TableDef<AlgorithmRecord>("algorithms", a => a.Id)
        .OwnedByTenant(a => a.TenantId)
        .OrderedBy(a => a.CreatedAt)
        .NamedAs("Algorithm", HubCatalog.AlgorithmsList);

    public static TableDef<SketchRecord> Sketches { get; } = new TableDef<SketchRecord>("algorithm_sketches", s => s.Id)
        .OwnedThrough(Algorithms, s => s.AlgorithmId)
        .OrderedBy(s => s.CreatedAt);

    /// <summary>Relations belong to their source's tenant and are deleted with either end.</summary>
    public static TableDef<RelationRecord> Relations { get; } = new TableDef<RelationRecord>("algorithm_relations", r => r.Id)
        .OwnedThrough(Algorithms, r => r.AlgorithmId)
        .References(Algorithms, r => r.TargetAlgorithmId)
        .OrderedBy(r => r.CreatedAt);

    /// <summary>Member entries belong to the algorithm's tenant and go with the algorithm, and with the target tenant.</summary>
    public static TableDef<MemberRecord> Members { get; } = new TableDef<MemberRecord>("algorithm_members", m => m.Id)
        .OwnedThrough(Algorithms, m => m.AlgorithmId)
        .References(Tenancy.Tenants, m => m.PrincipalId)
        .OrderedBy(m => m.CreatedAt);

    public void Register(HubModuleBuilder module)
    {
        // Declared here rather than beside the algorithms table, so that neither static initializer waits for the other.
        Algorithms.SharedThrough(Members, m => m.AlgorithmId, m => m.PrincipalId, m => m.Role);
        module
            .Table(Algorithms)
            .Table(Sketches)
            .Table(Relations)
            .Table(Members)
            .Seed("algorithms", AlgorithmsSeed.Run)
            .Routes(AlgorithmsApi.Routes);
    }
}
