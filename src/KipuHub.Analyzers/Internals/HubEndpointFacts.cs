using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// What the analyzers know about one endpoint, read from the contract's attributes in the referenced
/// KipuHub.Fluent assembly: the <c>[HubOperation]</c> on a fluent method names a <c>HubCatalog</c> property,
/// whose <c>[HubEndpoint]</c> holds the facts. Nothing here is a second copy of the contract.
/// </summary>
internal sealed class HubEndpointFacts
{
    private HubEndpointFacts(string id, string @namespace, string method, string path, string scope, string shape, int defaultPageSize, int maxPageSize,
        ImmutableArray<FilterFact> filters, ImmutableArray<SortFact> sorts)
    {
        Id = id;
        Namespace = @namespace;
        Filters = filters;
        Sorts = sorts;
        Method = method;
        Path = path;
        Scope = scope;
        Shape = shape;
        DefaultPageSize = defaultPageSize;
        MaxPageSize = maxPageSize;
        IsOrganizationScoped = scope == "Organization";
        IsPaged = shape == "Page";
    }

    public string Id { get; }

    /// <summary>The API namespace (tag) of the endpoint, for example <c>services</c>.</summary>
    public string Namespace { get; }

    public string Method { get; }

    /// <summary>The <c>[HubFilter]</c> entries: what a Where lambda may test on this endpoint.</summary>
    public ImmutableArray<FilterFact> Filters { get; }

    /// <summary>The <c>[HubSort]</c> entries: what an OrderBy lambda may sort on.</summary>
    public ImmutableArray<SortFact> Sorts { get; }

    /// <summary>The filters in the runtime translator's words, for messages.</summary>
    public string DescribeFilters() => Filters.IsEmpty
        ? $"{Id} supports no filters"
        : $"{Id} supports: " + string.Join(", ", Filters.Select(f => f.IsContains ? $"x.{f.Member}.Contains(value)" : $"x.{f.Member} == value"));

    /// <summary>The sorts in the runtime translator's words, for messages.</summary>
    public string DescribeSorts() => Sorts.IsEmpty
        ? $"{Id} supports no sorting"
        : $"{Id} sorts by: " + string.Join(", ", Sorts.Select(s => s.Member));

    public string Path { get; }

    /// <summary>The name of the HubScope member: <c>Organization</c> or <c>Global</c>.</summary>
    public string Scope { get; }

    /// <summary>The name of the HubResultShape member, for example <c>Page</c>.</summary>
    public string Shape { get; }

    public int DefaultPageSize { get; }

    public int MaxPageSize { get; }

    public bool IsOrganizationScoped { get; }

    public bool IsPaged { get; }

    /// <summary>Resolves the contract types once per compilation; null when KipuHub.Fluent is not referenced.</summary>
    internal sealed class Reader
    {
        private readonly INamedTypeSymbol _catalog;
        private readonly INamedTypeSymbol _operationAttribute;
        private readonly INamedTypeSymbol _endpointAttribute;
        private readonly INamedTypeSymbol? _filterAttribute;
        private readonly INamedTypeSymbol? _sortAttribute;
        private readonly int _defaultPageSize;
        private readonly int _maxPageSize;
        private readonly ConcurrentDictionary<string, HubEndpointFacts?> _byId = new();

        private Reader(INamedTypeSymbol catalog, INamedTypeSymbol operation, INamedTypeSymbol endpoint, INamedTypeSymbol? paging)
        {
            _catalog = catalog;
            _operationAttribute = operation;
            _endpointAttribute = endpoint;
            _filterAttribute = catalog.ContainingAssembly.GetTypeByMetadataName("KipuHub.Contract.HubFilterAttribute");
            _sortAttribute = catalog.ContainingAssembly.GetTypeByMetadataName("KipuHub.Contract.HubSortAttribute");
            _defaultPageSize = ConstantOf(paging, "DefaultPageSize");
            _maxPageSize = ConstantOf(paging, "MaxPageSize");
        }

        /// <summary>The contract of the KipuHub.Fluent a compilation references, or null.</summary>
        public static Reader? Create(Compilation compilation) => HubSymbols.FindFluent(compilation) is { } fluent ? Create(fluent) : null;

        /// <summary>The contract declared in <paramref name="fluent"/>, or null when it declares none.</summary>
        public static Reader? Create(IAssemblySymbol fluent)
        {
            var catalog = fluent.GetTypeByMetadataName("KipuHub.Contract.HubCatalog");
            var operation = fluent.GetTypeByMetadataName("KipuHub.Contract.HubOperationAttribute");
            var endpoint = fluent.GetTypeByMetadataName("KipuHub.Contract.HubEndpointAttribute");
            return catalog is null || operation is null || endpoint is null
                ? null
                : new Reader(catalog, operation, endpoint, fluent.GetTypeByMetadataName("KipuHub.Contract.HubPaging"));
        }

        /// <summary>The endpoint a fluent method sends, or null when it is not a Hub operation.</summary>
        public HubEndpointFacts? ForMethod(IMethodSymbol method)
        {
            var definition = method.ReducedFrom ?? method.OriginalDefinition;
            var attribute = definition.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _operationAttribute));
            return attribute?.ConstructorArguments.FirstOrDefault().Value is string id ? ForId(id) : null;
        }

        public HubEndpointFacts? ForId(string id) => _byId.GetOrAdd(id, Load);

        private HubEndpointFacts? Load(string id)
        {
            var property = _catalog.GetMembers(id).OfType<IPropertySymbol>().FirstOrDefault();
            var attribute = property?.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _endpointAttribute));
            if (attribute is null || attribute.ConstructorArguments.Length < 3)
            {
                return null;
            }
            string EnumName(string name, string fallback)
            {
                var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value;
                if (argument.Type is not INamedTypeSymbol type || argument.Value is null)
                {
                    return fallback;
                }
                return type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, argument.Value))?.Name ?? fallback;
            }
            int Number(string name, int fallback) =>
                attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is int value ? value : fallback;

            var attributes = property!.GetAttributes();
            var filters = attributes
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _filterAttribute) && a.ConstructorArguments.Length >= 2)
                .Select(a => new FilterFact(
                    a.ConstructorArguments[0].Value as string ?? string.Empty,
                    a.ConstructorArguments[1].Value as string ?? string.Empty,
                    a.ConstructorArguments.Length > 2 && a.ConstructorArguments[2].Value is int kind && kind != 0))
                .ToImmutableArray();
            var sorts = attributes
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _sortAttribute) && a.ConstructorArguments.Length >= 2)
                .Select(a => new SortFact(a.ConstructorArguments[0].Value as string ?? string.Empty, a.ConstructorArguments[1].Value as string ?? string.Empty))
                .ToImmutableArray();

            return new HubEndpointFacts(
                id,
                attribute.ConstructorArguments[0].Value as string ?? string.Empty,
                attribute.ConstructorArguments[1].Value as string ?? string.Empty,
                attribute.ConstructorArguments[2].Value as string ?? string.Empty,
                EnumName("Scope", "Organization"),
                EnumName("Shape", "Single"),
                Number("DefaultPageSize", _defaultPageSize),
                Number("MaxPageSize", _maxPageSize),
                filters,
                sorts);
        }

        private static int ConstantOf(INamedTypeSymbol? type, string name) =>
            type?.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue is int value ? value : 0;
    }
}

/// <summary>One <c>[HubFilter]</c>: the item member, its query parameter, and whether it is a Contains search (else ==).</summary>
internal sealed class FilterFact
{
    public FilterFact(string member, string queryName, bool isContains)
    {
        Member = member;
        QueryName = queryName;
        IsContains = isContains;
    }

    public string Member { get; }

    public string QueryName { get; }

    public bool IsContains { get; }
}

/// <summary>One <c>[HubSort]</c>: the item member and its sort key.</summary>
internal sealed class SortFact
{
    public SortFact(string member, string queryName)
    {
        Member = member;
        QueryName = queryName;
    }

    public string Member { get; }

    public string QueryName { get; }
}
