using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Internals;

/// <summary>
/// What KH0001 and KH0002 ask about the chain behind a terminal (a call that sends), from one walk back along it: the
/// endpoint it ends in, and whether a scope decision and a Page call are in it.
/// </summary>
/// <remarks>
/// Nearly every call site is a straight chain of fluent calls and properties back to the client. That part is walked
/// once here, without allocating, where the endpoint search and the two rules' <see cref="QueryChain"/> walks used to
/// cover it three times. Where the chain stops being straight (a local, a conditional, a helper method, anything
/// else), each question still open is handed to the general walk from that point, so the answers are the ones the
/// general walks give from the terminal.
/// </remarks>
internal readonly struct TerminalChain
{
    private readonly bool _scoped;
    private readonly bool _paged;
    private readonly IOperation? _end;
    private readonly bool _endIsClient;
    private readonly int _depth;

    private TerminalChain(HubEndpointFacts? endpoint, bool scoped, bool paged, IOperation? end, bool endIsClient, int depth)
    {
        Endpoint = endpoint;
        _scoped = scoped;
        _paged = paged;
        _end = end;
        _endIsClient = endIsClient;
        _depth = depth;
    }

    // Fields rather than properties here: every build starts a fresh compiler process, where each getter is one more
    // method to JIT before the first report (benchmarks/results/analyzer-cost.md).
    /// <summary>The endpoint the chain ends in: the terminal's own <c>[HubOperation]</c>, or the nearest one behind it.</summary>
    public readonly HubEndpointFacts? Endpoint;

    /// <summary>Walks back from <paramref name="terminal"/>, a call to <paramref name="called"/>.</summary>
    public static TerminalChain Walk(HubSymbols symbols, IInvocationOperation terminal, HubMethod called)
    {
        var endpoint = called.Endpoint;
        var endpointOpen = endpoint is null;
        var scoped = false;
        var paged = false;
        var operation = terminal.Instance;
        // depth counts the steps behind the terminal, as QueryChain.Find counts them from terminal.Instance.
        for (var depth = 0; ; depth++)
        {
            operation = QueryChain.Strip(operation);
            if (operation is null)
            {
                // The chain starts from a static call: whatever is not found by now is unknown.
                return new TerminalChain(endpoint, scoped, paged, null, false, depth);
            }
            if (depth > QueryChain.MaxDepth)
            {
                return Stop(symbols, endpoint, endpointOpen, scoped, paged, operation, atClient: false, depth);
            }
            if (symbols.IsClient(operation.Type))
            {
                return Stop(symbols, endpoint, endpointOpen, scoped, paged, operation, atClient: true, depth);
            }
            switch (operation)
            {
                case IInvocationOperation invocation when invocation.Instance is not null && symbols.Method(invocation.TargetMethod) is { IsFluent: true } method:
                    if (endpointOpen && method.Endpoint is { } found)
                    {
                        endpoint = found;
                        endpointOpen = false;
                    }
                    scoped |= method.IsScopeDecision;
                    paged |= method.IsPage;
                    operation = invocation.Instance;
                    break;

                case IPropertyReferenceOperation property when property.Instance is not null && symbols.IsFluent(property.Property):
                    // The endpoint search does not look past a property, so neither does this one.
                    endpointOpen = false;
                    operation = property.Instance;
                    break;

                default:
                    return Stop(symbols, endpoint, endpointOpen, scoped, paged, operation, atClient: false, depth);
            }
        }
    }

    private static TerminalChain Stop(HubSymbols symbols, HubEndpointFacts? endpoint, bool endpointOpen, bool scoped, bool paged, IOperation end, bool atClient, int depth)
    {
        if (endpointOpen)
        {
            // The endpoint search counts the terminal itself as its first step.
            endpoint = QueryChain.Endpoint(symbols, end, depth + 1);
        }
        return new TerminalChain(endpoint, scoped, paged, end, atClient, depth);
    }

    /// <summary>Whether the chain holds the step <paramref name="chain"/> looks for (InOrg/InPersonalAccount for KH0001).</summary>
    public Trace Scope(QueryChain chain) => Resolve(_scoped, chain);

    /// <summary>Whether the chain holds a Page call, as <paramref name="chain"/> (KH0002's) finds it.</summary>
    public Trace Page(QueryChain chain) => Resolve(_paged, chain);

    private Trace Resolve(bool found, QueryChain chain)
    {
        if (found)
        {
            return Trace.Found;
        }
        if (_end is null)
        {
            return Trace.Unknown;
        }
        return _endIsClient ? chain.AtClient(_end) : chain.Find(_end, _depth);
    }
}
