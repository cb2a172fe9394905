using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// What the rules ask about a called method's definition, answered once per compilation (see
/// <see cref="HubSymbols.Method"/>). The rules run on every invocation of a build, so the attribute read behind
/// <see cref="Endpoint"/> must not be repeated per call site. Only facts that do not depend on the call site's type
/// arguments live here; return-type questions (<see cref="HubSymbols.IsExecution"/>, <see cref="HubSymbols.IsQuery"/>)
/// are cheap and are asked of the constructed method itself.
/// </summary>
internal sealed class HubMethod
{
    /// <summary>The answers for a method outside KipuHub.Fluent: no to everything.</summary>
    public static readonly HubMethod None = new();

    private HubMethod()
    {
    }

    public HubMethod(HubSymbols symbols, IMethodSymbol definition)
    {
        IsFluent = true;
        Endpoint = symbols.Endpoints.ForMethod(definition);
        IsScopeDecision = symbols.IsScopeDecision(definition);
        IsPage = symbols.IsPage(definition);
        IsWhere = symbols.IsWhere(definition);
        IsSort = symbols.IsSort(definition);
    }

    /// <summary>Declared in KipuHub.Fluent; every other answer is false for methods that are not.</summary>
    public bool IsFluent { get; }

    /// <summary>The endpoint named by the method's own <c>[HubOperation]</c>, if any.</summary>
    public HubEndpointFacts? Endpoint { get; }

    /// <inheritdoc cref="HubSymbols.IsScopeDecision"/>
    public bool IsScopeDecision { get; }

    public bool IsPage { get; }

    public bool IsWhere { get; }

    public bool IsSort { get; }
}
