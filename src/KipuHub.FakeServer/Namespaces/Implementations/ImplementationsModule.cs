using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Namespaces.Algorithms;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Implementations;

/// <summary>
/// The implementations namespace: implementations belong to an algorithm (and through it to a tenant) and go with it;
/// files go with their implementation. Who sees and writes them is who sees and writes their algorithm.
/// </summary>
internal sealed class ImplementationsModule : IHubModule
{
    public static TableDef<ImplementationRecord> Implementations { get; } = new TableDef<ImplementationRecord>("implementations", i => i.Id)
        .OwnedThrough(AlgorithmsModule.Algorithms, i => i.AlgorithmId)
        .OrderedBy(i => i.CreatedAt);

    public static TableDef<ImplementationFileRecord> Files { get; } = new TableDef<ImplementationFileRecord>("implementation_files", f => f.Id)
        .OwnedThrough(Implementations, f => f.ImplementationId)
        .OrderedBy(f => f.CreatedAt);

    public void Register(HubModuleBuilder module) => module
        .Table(Implementations)
        .Table(Files)
        .Seed("implementations", ImplementationsSeed.Run, "algorithms")
        .Routes(ImplementationsApi.Routes);
}
