namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>
/// A collection a tenant owns, as the catalog shows it: a list at a path without parameters, a create there with a JSON
/// body, and a get and a delete at the same path plus <c>/{id}</c>. Found in the catalog, so every namespace of that
/// shape joins the model-based tests on the day it is declared.
/// </summary>
internal sealed record TenantCollection(HubEndpoint List, HubEndpoint Create, HubEndpoint Get, HubEndpoint Delete, string ValidBody)
{
    public string Name => List.Namespace;

    public static IReadOnlyList<TenantCollection> All { get; } = [.. Find()];

    public override string ToString() => Name;

    private static IEnumerable<TenantCollection> Find()
    {
        foreach (var list in HubCatalog.All.Where(e => e.Method == HttpMethod.Get && e.PathParameters.Count == 0 && e.Scope == HubScope.Organization
            && e.Shape is HubResultShape.Page or HubResultShape.Array))
        {
            var create = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Post && e.PathTemplate == list.PathTemplate && e.Body == HubBodyKind.Json);
            var item = list.PathTemplate + "/{id}";
            var get = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Get && e.PathTemplate == item);
            var delete = HubCatalog.All.FirstOrDefault(e => e.Method == HttpMethod.Delete && e.PathTemplate == item);
            if (create is not null && get is not null && delete is not null
                && GoldenFiles.All.Values.FirstOrDefault(g => g.Type == create.RequestType).Json is { } body)
            {
                yield return new TenantCollection(list, create, get, delete, body);
            }
        }
    }
}
