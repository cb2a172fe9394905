using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// What the rules ask about a called method's definition, answered once per compilation (see
/// <see cref="HubSymbols.Method"/>). The rules run on every invocation of a build, so the attribute read behind
/// <see cref="Endpoint"/> must not be repeated per call site. Only facts that do not depend on the call site's type
/// arguments live here: whether a method sends (returns a Task or an async stream) is read off the definition's return
/// type, which names Task&lt;T&gt; whatever T is, while <see cref="HubSymbols.IsQuery"/> is asked of the constructed
/// method, whose TSelf is the concrete query.
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
        IsExecution = symbols.IsExecution(definition);
        ReturnsAsyncStream = IsExecution && symbols.ReturnsAsyncStream(definition);
        foreach (var parameter in definition.Parameters)
        {
            HasApiKeyParameter |= parameter is { Name: "apiKey", Type.SpecialType: SpecialType.System_String };
        }
    }

    // Fields rather than properties here: every build starts a fresh compiler process, where each getter is one more
    // method to JIT before the first report (benchmarks/results/analyzer-cost.md).
    /// <summary>Declared in KipuHub.Fluent; every other answer is false for methods that are not.</summary>
    public readonly bool IsFluent;

    /// <summary>The endpoint named by the method's own <c>[HubOperation]</c>, if any.</summary>
    public readonly HubEndpointFacts? Endpoint;

    /// <inheritdoc cref="HubSymbols.IsScopeDecision"/>
    public readonly bool IsScopeDecision;

    public readonly bool IsPage;

    public readonly bool IsWhere;

    public readonly bool IsSort;

    /// <inheritdoc cref="HubSymbols.IsExecution"/>
    public readonly bool IsExecution;

    /// <summary>An execution that returns an async stream (AllAsync) rather than a Task.</summary>
    public readonly bool ReturnsAsyncStream;

    /// <summary>Takes a string <c>apiKey</c>, the parameters KH0005 guards (today only HubPlatformClient's constructor).</summary>
    public readonly bool HasApiKeyParameter;
}
