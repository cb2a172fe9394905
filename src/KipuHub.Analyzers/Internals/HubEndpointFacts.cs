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

    // Fields rather than properties here: every build starts a fresh compiler process, where each getter is one more
    // method to JIT before the first report (benchmarks/results/analyzer-cost.md).
    public readonly string Id;

    /// <summary>The API namespace (tag) of the endpoint, for example <c>services</c>.</summary>
    public readonly string Namespace;

    public readonly string Method;

    /// <summary>The <c>[HubFilter]</c> entries: what a Where lambda may test on this endpoint.</summary>
    public readonly ImmutableArray<FilterFact> Filters;

    /// <summary>The <c>[HubSort]</c> entries: what an OrderBy lambda may sort on.</summary>
    public readonly ImmutableArray<SortFact> Sorts;

    /// <summary>The filters in the runtime translator's words, for messages.</summary>
    public string DescribeFilters() => Filters.IsEmpty
        ? $"{Id} supports no filters"
        : $"{Id} supports: " + string.Join(", ", Filters.Select(f => f.IsContains ? $"x.{f.Member}.Contains(value)" : $"x.{f.Member} == value"));

    /// <summary>The sorts in the runtime translator's words, for messages.</summary>
    public string DescribeSorts() => Sorts.IsEmpty
        ? $"{Id} supports no sorting"
        : $"{Id} sorts by: " + string.Join(", ", Sorts.Select(s => s.Member));

    public readonly string Path;

    /// <summary>The name of the HubScope member: <c>Organization</c> or <c>Global</c>.</summary>
    public readonly string Scope;

    /// <summary>The name of the HubResultShape member, for example <c>Page</c>.</summary>
    public readonly string Shape;

    public readonly int DefaultPageSize;

    public readonly int MaxPageSize;

    public readonly bool IsOrganizationScoped;

    public readonly bool IsPaged;

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
            foreach (var attribute in definition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _operationAttribute))
                {
                    return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string id ? ForId(id) : null;
                }
            }
            return null;
        }

        public HubEndpointFacts? ForId(string id) => _byId.GetOrAdd(id, Load);

        // Plain loops rather than LINQ and closures here and in ForMethod: this runs in every build, in a fresh
        // compiler process, where each lambda and generic instantiation is one more method to JIT before the first report.
        private HubEndpointFacts? Load(string id)
        {
            IPropertySymbol? property = null;
            foreach (var member in _catalog.GetMembers(id))
            {
                if (member is IPropertySymbol found)
                {
                    property = found;
                    break;
                }
            }
            if (property is null)
            {
                return null;
            }
            AttributeData? endpoint = null;
            var filters = ImmutableArray.CreateBuilder<FilterFact>();
            var sorts = ImmutableArray.CreateBuilder<SortFact>();
            foreach (var attribute in property.GetAttributes())
            {
                var arguments = attribute.ConstructorArguments;
                if (endpoint is null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _endpointAttribute))
                {
                    endpoint = attribute;
                }
                else if (arguments.Length >= 2 && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _filterAttribute))
                {
                    filters.Add(new FilterFact(Text(arguments[0]), Text(arguments[1]), arguments.Length > 2 && arguments[2].Value is int kind && kind != 0));
                }
                else if (arguments.Length >= 2 && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _sortAttribute))
                {
                    sorts.Add(new SortFact(Text(arguments[0]), Text(arguments[1])));
                }
            }
            if (endpoint is null || endpoint.ConstructorArguments.Length < 3)
            {
                return null;
            }
            return new HubEndpointFacts(
                id,
                Text(endpoint.ConstructorArguments[0]),
                Text(endpoint.ConstructorArguments[1]),
                Text(endpoint.ConstructorArguments[2]),
                EnumName(endpoint, "Scope", "Organization"),
                EnumName(endpoint, "Shape", "Single"),
                Number(endpoint, "DefaultPageSize", _defaultPageSize),
                Number(endpoint, "MaxPageSize", _maxPageSize),
                filters.ToImmutable(),
                sorts.ToImmutable());
        }

        private static string Text(TypedConstant constant) => constant.Value as string ?? string.Empty;

        private static TypedConstant Named(AttributeData attribute, string name)
        {
            // Indexed rather than foreach: the enumerator of this array type is not precompiled in Roslyn's image.
            var arguments = attribute.NamedArguments;
            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Key == name)
                {
                    return arguments[i].Value;
                }
            }
            return default;
        }

        /// <summary>The name of the enum member a named argument holds, or <paramref name="fallback"/> when it is not given.</summary>
        private static string EnumName(AttributeData attribute, string name, string fallback)
        {
            var argument = Named(attribute, name);
            if (argument.Type is not INamedTypeSymbol type || argument.Value is null)
            {
                return fallback;
            }
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, argument.Value))
                {
                    return field.Name;
                }
            }
            return fallback;
        }

        private static int Number(AttributeData attribute, string name, int fallback) =>
            Named(attribute, name).Value is int value ? value : fallback;

        private static int ConstantOf(INamedTypeSymbol? type, string name)
        {
            foreach (var member in type?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IFieldSymbol { ConstantValue: int value })
                {
                    return value;
                }
            }
            return 0;
        }
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

    public readonly string Member;

    public readonly string QueryName;

    public readonly bool IsContains;
}

/// <summary>One <c>[HubSort]</c>: the item member and its sort key.</summary>
internal sealed class SortFact
{
    public SortFact(string member, string queryName)
    {
        Member = member;
        QueryName = queryName;
    }

    public readonly string Member;

    public readonly string QueryName;
}
