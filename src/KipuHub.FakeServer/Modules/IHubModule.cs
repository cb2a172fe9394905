namespace KipuHub.FakeServer.Modules;

/// <summary>
/// One namespace of the fake: its tables, its seed and its routes, declared in <see cref="Register"/>. Modules are found
/// by reflection (every non-abstract class of this assembly that implements this interface), so adding a namespace
/// adds a folder with its module and touches no shared list.
/// </summary>
internal interface IHubModule
{
    /// <summary>Declares the module's tables, seeder and route tables.</summary>
    void Register(HubModuleBuilder module);
}
