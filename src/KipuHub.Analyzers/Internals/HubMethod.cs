using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// Everything the rules ask about one called method, answered once per compilation (see <see cref="HubSymbols.Method"/>).
/// The rules run on every invocation of a build, so the attribute reads and type walks behind these answers must not
/// be repeated per call site.
/// </summary>
internal sealed class HubMethod
{
    /// <summary>The answers for a method outside KipuHub.Fluent: no to everything.</summary>
    public static readonly HubMethod None = new();

    private HubMethod()
    {
    }

    public HubMethod(HubSymbols symbols, IMethodSymbol method)
    {
        IsFluent = true;
        Endpoint = symbols.Endpoints.ForMethod(method);
        IsExecution = symbols.IsExecution(method);
        ReturnsAsyncStream = symbols.ReturnsAsyncStream(method);
        ReturnsQuery = symbols.IsQuery(method.ReturnType);
        ReturnsCommand = symbols.IsCommand(method.ReturnType);
        IsScopeDecision = symbols.IsScopeDecision(method);
        IsPage = symbols.IsPage(method);
        IsWhere = symbols.IsWhere(method);
        IsSort = symbols.IsSort(method);
        foreach (var parameter in method.Parameters)
        {
            HasApiKeyParameter |= parameter is { Name: "apiKey", Type.SpecialType: SpecialType.System_String };
        }
    }

    /// <summary>Declared in KipuHub.Fluent; every other answer is false for methods that are not.</summary>
    public bool IsFluent { get; }

    /// <summary>The endpoint named by the method's own <c>[HubOperation]</c>, if any.</summary>
    public HubEndpointFacts? Endpoint { get; }

    /// <inheritdoc cref="HubSymbols.IsExecution"/>
    public bool IsExecution { get; }

    public bool ReturnsAsyncStream { get; }

    public bool ReturnsQuery { get; }

    public bool ReturnsCommand { get; }

    /// <inheritdoc cref="HubSymbols.IsScopeDecision"/>
    public bool IsScopeDecision { get; }

    public bool IsPage { get; }

    public bool IsWhere { get; }

    public bool IsSort { get; }

    /// <summary>Takes a string parameter named <c>apiKey</c> (KH0005's sink).</summary>
    public bool HasApiKeyParameter { get; }
}
