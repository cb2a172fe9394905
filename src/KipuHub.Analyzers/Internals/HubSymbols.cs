using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// The KipuHub.Fluent types the rules look at, resolved once per compilation. Null when the compilation does not
/// reference KipuHub.Fluent, in which case no rule registers anything.
/// </summary>
internal sealed class HubSymbols
{
    private const string FluentAssemblyName = "KipuHub.Fluent";

    private readonly ConcurrentDictionary<ITypeSymbol, HubEndpointFacts?> _listEndpoints = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, HubMethod> _methods = new(SameInstance.Comparer);
    private readonly Func<IMethodSymbol, HubMethod> _createMethod;
    private readonly bool _clientIsSealed;
    private readonly string _clientName;

    private HubSymbols(Compilation compilation, HubEndpointFacts.Reader endpoints, INamedTypeSymbol client, INamedTypeSymbol options, INamedTypeSymbol query)
    {
        Endpoints = endpoints;
        Client = client;
        Options = options;
        Query = query;
        Fluent = client.ContainingAssembly;
        PagedQuery = Fluent.GetTypeByMetadataName("KipuHub.Queries.HubPagedQuery`2");
        CollectionQuery = Fluent.GetTypeByMetadataName("KipuHub.Queries.HubCollectionQuery`2");
        Command = Fluent.GetTypeByMetadataName("KipuHub.Queries.HubCommand");
        ScopedClientAttribute = Fluent.GetTypeByMetadataName("KipuHub.Contract.HubScopedClientAttribute");
        CommandOfT = Fluent.GetTypeByMetadataName("KipuHub.Queries.HubCommand`1");
        Task = CoreType(compilation, "System.Threading.Tasks.Task");
        TaskOfT = CoreType(compilation, "System.Threading.Tasks.Task`1");
        AsyncEnumerable = CoreType(compilation, "System.Collections.Generic.IAsyncEnumerable`1");
        _createMethod = method => new HubMethod(this, method);
        _clientIsSealed = client.IsSealed;
        _clientName = client.Name;
    }

    // Fields rather than properties here: every build starts a fresh compiler process, where each getter is one more
    // method to JIT before the first report (benchmarks/results/analyzer-cost.md).
    public readonly HubEndpointFacts.Reader Endpoints;

    public readonly IAssemblySymbol Fluent;

    public readonly INamedTypeSymbol Client;

    public readonly INamedTypeSymbol Options;

    public readonly INamedTypeSymbol Query;

    public readonly INamedTypeSymbol? PagedQuery;

    public readonly INamedTypeSymbol? CollectionQuery;

    public readonly INamedTypeSymbol? Command;

    public readonly INamedTypeSymbol? CommandOfT;

    /// <summary>[HubScopedClient]: the client a member returns has its scope decided. Null for a KipuHub.Fluent without it.</summary>
    public readonly INamedTypeSymbol? ScopedClientAttribute;

    public readonly INamedTypeSymbol? Task;

    public readonly INamedTypeSymbol? TaskOfT;

    public readonly INamedTypeSymbol? AsyncEnumerable;

    /// <summary>
    /// The contract's symbols, or null when the compilation does not reference KipuHub.Fluent. Types are looked up in
    /// KipuHub.Fluent and the core library only: <see cref="Compilation.GetTypeByMetadataName"/> searches every
    /// reference (about 170 in a net10.0 project), and in a build profile those lookups were a fifth of the
    /// analyzer's time.
    /// </summary>
    public static HubSymbols? Create(Compilation compilation)
    {
        if (FindFluent(compilation) is not { } fluent || HubEndpointFacts.Reader.Create(fluent) is not { } endpoints)
        {
            return null;
        }
        var client = fluent.GetTypeByMetadataName("KipuHub.HubPlatformClient");
        var options = fluent.GetTypeByMetadataName("KipuHub.HubPlatformClientOptions");
        var query = fluent.GetTypeByMetadataName("KipuHub.Queries.HubQuery`1");
        return client is null || options is null || query is null
            ? null
            : new HubSymbols(compilation, endpoints, client, options, query);
    }

    /// <summary>The KipuHub.Fluent assembly among the compilation's references.</summary>
    public static IAssemblySymbol? FindFluent(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == FluentAssemblyName)
            {
                return assembly;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a reference's name says KipuHub.Fluent, read without binding the references, which is the compiler's
    /// work and far too early to force at compilation start. A false answer means no rule runs.
    /// </summary>
    public static bool MayReferenceFluent(Compilation compilation)
    {
        foreach (var reference in compilation.References)
        {
            var name = reference.Display;
            if (name is not null && (name == FluentAssemblyName || name.EndsWith(FluentAssemblyName + ".dll", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A type of the core library (System.Runtime, netstandard or mscorlib), else of any reference.</summary>
    public static INamedTypeSymbol? CoreType(Compilation compilation, string metadataName) =>
        compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.GetTypeByMetadataName(metadataName)
        ?? compilation.GetTypeByMetadataName(metadataName);

    /// <summary>
    /// What the rules need to know about a called method, computed on first sight of its definition and then looked
    /// up. Keyed by the definition, not the constructed method a call site binds to (OrderBy&lt;string&gt;), and by
    /// the instance: the compiler hands out one symbol object per definition, so the lookup needs no symbol comparison
    /// (asked on every Hub call of a build, that comparison was most of the lookup). A second object for the same
    /// definition would only cost a second, identical entry. Methods outside KipuHub.Fluent are turned away by one
    /// assembly comparison before any lookup.
    /// </summary>
    public HubMethod Method(IMethodSymbol method) => IsFluent(method) ? _methods.GetOrAdd(method.OriginalDefinition, _createMethod) : HubMethod.None;

    public bool IsFluent(ISymbol? symbol) =>
        symbol?.ContainingAssembly is { } assembly && (ReferenceEquals(assembly, Fluent) || SymbolEqualityComparer.Default.Equals(assembly, Fluent));

    /// <summary>
    /// The client, or (were it ever unsealed) a type deriving from it. Asked at every step of every chain walk, so the
    /// common answers come first: the very symbol, then any type that is not the sealed client, turned away by its
    /// name before any symbol comparison.
    /// </summary>
    public bool IsClient(ITypeSymbol? type) =>
        ReferenceEquals(type, Client)
        || (_clientIsSealed ? type is not null && type.Name == _clientName && Same(type.OriginalDefinition, Client) : InheritsFrom(type, Client));

    /// <summary>A fluent query: anything deriving from HubQuery&lt;TSelf&gt;.</summary>
    public bool IsQuery(ITypeSymbol? type) => InheritsFrom(type, Query);

    public bool IsPagedQuery(ITypeSymbol? type) => InheritsFrom(type, PagedQuery);

    public bool IsCommand(ITypeSymbol? type) =>
        type is not null && (Same(type.OriginalDefinition, Command) || Same(type.OriginalDefinition, CommandOfT));

    /// <summary>A fluent method that sends something: it returns a Task or an async stream.</summary>
    public bool IsExecution(IMethodSymbol method)
    {
        if (!IsFluent(method) || method.DeclaredAccessibility != Accessibility.Public || method.ReturnType is not INamedTypeSymbol returned)
        {
            return false;
        }
        var definition = returned.OriginalDefinition;
        return Same(definition, Task) || Same(definition, TaskOfT) || Same(definition, AsyncEnumerable);
    }

    public bool ReturnsAsyncStream(IMethodSymbol method) => Same(method.ReturnType.OriginalDefinition, AsyncEnumerable);

    /// <summary>InOrg(...) or InPersonalAccount(): the two scope decisions HubQuery offers.</summary>
    public bool IsScopeDecision(IMethodSymbol method) =>
        Same(method.OriginalDefinition.ContainingType, Query) && method.Name is "InOrg" or "InPersonalAccount";

    /// <summary>
    /// Whether a property or method returning a client is marked [HubScopedClient] (on itself or on what it
    /// overrides): its client acts in an account its owner chose, which counts as a scope decision.
    /// </summary>
    public bool ReturnsScopedClient(ISymbol member)
    {
        if (ScopedClientAttribute is null)
        {
            return false;
        }
        for (var current = member; current is not null; current = current switch
        {
            IPropertySymbol property => property.OverriddenProperty,
            IMethodSymbol method => method.OverriddenMethod,
            _ => null,
        })
        {
            foreach (var attribute in current.OriginalDefinition.GetAttributes())
            {
                if (Same(attribute.AttributeClass, ScopedClientAttribute))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public bool IsPage(IMethodSymbol method) =>
        Same(method.OriginalDefinition.ContainingType, PagedQuery) && method.Name == "Page";

    public bool IsWhere(IMethodSymbol method) =>
        Same(method.OriginalDefinition.ContainingType, CollectionQuery) && method.Name == "Where";

    public bool IsSort(IMethodSymbol method) =>
        Same(method.OriginalDefinition.ContainingType, PagedQuery) && method.Name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending";

    /// <summary>
    /// The list endpoint a collection query type serves, read from its own <c>[HubOperation]</c> terminals: a method
    /// of the type with a Page or Array endpoint that does not return another query. Null for generic sub-collections
    /// (HubArrayQuery&lt;T&gt;), whose endpoint is named by the factory call instead.
    /// </summary>
    public HubEndpointFacts? ListEndpointOfType(ITypeSymbol type) => _listEndpoints.GetOrAdd(type, t =>
    {
        for (var current = t as INamedTypeSymbol; current is not null && IsFluent(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public } method && !IsQuery(method.ReturnType)
                    && Endpoints.ForMethod(method) is { Shape: "Page" or "Array" } facts)
                {
                    return facts;
                }
            }
        }
        return null;
    });

    private static bool Same(ISymbol? a, ISymbol? b) => a is not null && SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>Compares method symbols as objects, for <see cref="Method"/>'s cache (see there).</summary>
    private sealed class SameInstance : IEqualityComparer<IMethodSymbol>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(IMethodSymbol? x, IMethodSymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(IMethodSymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }

    private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseDefinition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Same(current.OriginalDefinition, baseDefinition))
            {
                return true;
            }
        }
        return false;
    }
}
