using System.Reflection;
using System.Runtime.CompilerServices;

namespace KipuHub.Contract;

/// <summary>
/// The contract: every endpoint of the qc-catalog API that KipuHub knows, described once. The fluent client builds
/// its requests from these entries, the fake server maps its routes from them, the analyzers read their attributes,
/// and docs/api-coverage.md is checked against them.
/// </summary>
/// <remarks>
/// Each namespace declares its endpoints in its own file under Contract/Catalog, as properties of this class with a
/// <see cref="HubEndpointAttribute"/>; a fluent method names its entry with <see cref="HubOperationAttribute"/>.
/// Evidence levels, paging and scope rules are described in docs/contract.md.
/// </remarks>
public static partial class HubCatalog
{
    private static readonly Lazy<Dictionary<string, HubEndpoint>> s_byId = new(Load);

    /// <summary>Every endpoint, grouped by namespace in ordinal order, each namespace in declaration order.</summary>
    public static IReadOnlyList<HubEndpoint> All => [.. s_byId.Value.Values];

    /// <summary>Finds an endpoint by its catalog name.</summary>
    /// <param name="id">A <see cref="HubCatalog"/> property name, for example <c>ServicesList</c>.</param>
    /// <exception cref="KeyNotFoundException">No endpoint has that name.</exception>
    public static HubEndpoint Get(string id) => s_byId.Value.TryGetValue(id, out var endpoint)
        ? endpoint
        : throw new KeyNotFoundException($"The catalog has no endpoint '{id}'. Known: {string.Join(", ", s_byId.Value.Keys)}.");

    private static HubEndpoint Entry([CallerMemberName] string id = "") => s_byId.Value[id];

    // The namespaces live in separate files, and the order of files in a compilation is not something to rely on:
    // namespaces are ordered by name, and only the order inside one file (one namespace) is the declaration order.
    private static Dictionary<string, HubEndpoint> Load()
    {
        var byId = typeof(HubCatalog)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.IsDefined(typeof(HubEndpointAttribute)))
            .Select(p => (Property: p, Endpoint: new HubEndpoint(p)))
            .OrderBy(e => e.Endpoint.Namespace, StringComparer.Ordinal)
            .ThenBy(e => e.Property.MetadataToken)
            .ToDictionary(e => e.Endpoint.Id, e => e.Endpoint, StringComparer.Ordinal);
        HubAliases.Check(byId);
        return byId;
    }
}
