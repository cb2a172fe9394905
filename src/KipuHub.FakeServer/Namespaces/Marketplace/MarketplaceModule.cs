using KipuHub.FakeServer.Modules;

namespace KipuHub.FakeServer.Namespaces.Marketplace;

/// <summary>The marketplace: a read-only view of the PUBLISHED services of every tenant; it has no tables of its own.</summary>
internal sealed class MarketplaceModule : IHubModule
{
    public void Register(HubModuleBuilder module) => module.Routes(MarketplaceApi.Routes);
}
