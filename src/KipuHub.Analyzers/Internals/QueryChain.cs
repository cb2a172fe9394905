using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Internals;

/// <summary>What a walk back along a fluent chain found.</summary>
internal enum Trace
{
    /// <summary>The chain provably reaches the client without the step.</summary>
    Missing,

    /// <summary>The step is somewhere in the chain (on at least one path).</summary>
    Found,

    /// <summary>The chain leaves what the analyzer can see (a parameter, a field, another assembly): stay silent.</summary>
    Unknown,
}

/// <summary>
/// Walks a fluent chain backwards from a call, through locals, conditionals and helper methods of the same
/// compilation, looking for one step (a scope decision, a Page call). Flow-insensitive and conservative: a step on
/// any path counts, and anything the walk cannot see is <see cref="Trace.Unknown"/>, so the rules stay silent.
/// </summary>
internal sealed class QueryChain
{
    public const int MaxDepth = 24;

    /// <summary>How many operations one walk may visit before it gives up (as Unknown): keeps pathological code cheap.</summary>
    private const int MaxSteps = 512;

    /// <summary>Built once: WithComparer on the empty set rebuilds it, which showed up per call site in profiles.</summary>
    private static readonly ImmutableHashSet<ISymbol> s_nothingVisited = ImmutableHashSet.Create<ISymbol>(SymbolEqualityComparer.Default);

    private readonly HubSymbols _symbols;
    private readonly Func<HubMethod, bool> _isStep;
    private readonly ImmutableHashSet<string> _stepNames;
    private readonly Func<IOperation, QueryChain, Trace> _atClient;

    public QueryChain(HubSymbols symbols, Func<HubMethod, bool> isStep, ImmutableHashSet<string> stepNames, Func<IOperation, QueryChain, Trace> atClient)
    {
        _symbols = symbols;
        _isStep = isStep;
        _stepNames = stepNames;
        _atClient = atClient;
    }

    public Trace Find(IOperation? operation) => Find(operation, 0);

    /// <summary>Continues a walk that <see cref="TerminalChain"/> began: <paramref name="depth"/> steps are already behind it.</summary>
    public Trace Find(IOperation? operation, int depth) => Find(operation, depth, s_nothingVisited, new Budget());

    /// <summary>What the chain says once it reaches the client itself (for KH0001, a client created with an organization).</summary>
    public Trace AtClient(IOperation client) => _atClient(client, this);

    private Trace Find(IOperation? operation, int depth, ImmutableHashSet<ISymbol> visiting, Budget budget)
    {
        operation = Strip(operation);
        if (operation is null || depth > MaxDepth || !budget.Take())
        {
            return Trace.Unknown;
        }
        if (_symbols.IsClient(operation.Type))
        {
            return _atClient(operation, this);
        }
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = _symbols.Method(invocation.TargetMethod);
                if (!method.IsFluent)
                {
                    return Helper(invocation, depth, visiting, budget);
                }
                if (_isStep(method))
                {
                    return Trace.Found;
                }
                return invocation.Instance is null ? Trace.Unknown : Find(invocation.Instance, depth + 1, visiting, budget);

            case IPropertyReferenceOperation property when _symbols.IsFluent(property.Property) && property.Instance is not null:
                return Find(property.Instance, depth + 1, visiting, budget);

            case ILocalReferenceOperation local:
                if (visiting.Contains(local.Local))
                {
                    return Trace.Missing;
                }
                var values = AssignedValues(local, local.Local);
                return values is null
                    ? Trace.Unknown
                    : Combine(values.Select(v => Find(v, depth + 1, visiting.Add(local.Local), budget)));

            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return Combine([Find(conditional.WhenTrue, depth + 1, visiting, budget), Find(conditional.WhenFalse, depth + 1, visiting, budget)]);

            case ICoalesceOperation coalesce:
                return Combine([Find(coalesce.Value, depth + 1, visiting, budget), Find(coalesce.WhenNull, depth + 1, visiting, budget)]);

            default:
                return Trace.Unknown;
        }
    }

    /// <summary>A method of the user's own code that takes or returns a query: look inside it.</summary>
    private Trace Helper(IInvocationOperation invocation, int depth, ImmutableHashSet<ISymbol> visiting, Budget budget)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod.OriginalDefinition;
        var declarations = method.DeclaringSyntaxReferences;
        if (declarations.IsEmpty)
        {
            return Trace.Unknown;
        }
        if (visiting.Contains(method))
        {
            return Trace.Missing;
        }
        visiting = visiting.Add(method);
        var results = new List<Trace>();
        foreach (var reference in declarations)
        {
            var syntax = reference.GetSyntax();
            if (syntax.DescendantNodes().OfType<SimpleNameSyntax>().Any(n => _stepNames.Contains(n.Identifier.ValueText)))
            {
                return Trace.Found;
            }
            var model = invocation.SemanticModel;
            if (model is null || syntax.SyntaxTree != model.SyntaxTree || method.IsAsync || method.IsVirtual || method.IsAbstract)
            {
                return Trace.Unknown;
            }
            var body = syntax switch
            {
                BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
                _ => null,
            };
            var bodyOperation = body is null ? null : model.GetOperation(body);
            if (bodyOperation is null)
            {
                return Trace.Unknown;
            }
            var returns = bodyOperation.DescendantsAndSelf().OfType<IReturnOperation>()
                .Where(r => r.Kind == OperationKind.Return && r.ReturnedValue is not null && !InsideNestedFunction(r, bodyOperation))
                .ToList();
            if (returns.Count == 0)
            {
                return Trace.Unknown;
            }
            results.AddRange(returns.Select(r => Find(r.ReturnedValue, depth + 1, visiting, budget)));
        }
        return Combine(results);
    }

    private static bool InsideNestedFunction(IOperation operation, IOperation root)
    {
        for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Every value the method body assigns to <paramref name="local"/>; null when it escapes the walk
    /// (passed by ref or out, or declared without a visible body).
    /// </summary>
    public static IReadOnlyList<IOperation>? AssignedValues(IOperation from, ILocalSymbol local)
    {
        var root = Root(from);
        var values = new List<IOperation>();
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null)
                    {
                        values.Add(initializer.Value);
                    }
                    break;
                case ISimpleAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(assignment.Value);
                    break;
                case ICoalesceAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(assignment.Value);
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
                case IDeclarationExpressionOperation declaration when declaration.Expression is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
                case IForEachLoopOperation loop when loop.Locals.Contains(local, SymbolEqualityComparer.Default):
                    return null;
            }
        }
        return values.Count == 0 ? null : values;
    }

    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }
        return current;
    }

    public static IOperation? Strip(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    public static Trace Combine(IEnumerable<Trace> traces)
    {
        var any = false;
        var unknown = false;
        foreach (var trace in traces)
        {
            any = true;
            if (trace == Trace.Found)
            {
                return Trace.Found;
            }
            unknown |= trace == Trace.Unknown;
        }
        return !any || unknown ? Trace.Unknown : Trace.Missing;
    }

    /// <summary>The endpoint the chain ends in: the call's own <c>[HubOperation]</c>, or the nearest one behind it.</summary>
    public static HubEndpointFacts? Endpoint(HubSymbols symbols, IOperation? operation) => Endpoint(symbols, operation, 0);

    /// <summary>Continues an endpoint search that <see cref="TerminalChain"/> began <paramref name="depth"/> steps back.</summary>
    public static HubEndpointFacts? Endpoint(HubSymbols symbols, IOperation? operation, int depth) =>
        Endpoint(symbols, operation, depth, s_nothingVisited, new Budget());

    private static HubEndpointFacts? Endpoint(HubSymbols symbols, IOperation? operation, int depth, ImmutableHashSet<ISymbol> visiting, Budget budget)
    {
        operation = Strip(operation);
        if (operation is null || depth > MaxDepth || !budget.Take())
        {
            return null;
        }
        switch (operation)
        {
            case IInvocationOperation invocation when symbols.Method(invocation.TargetMethod) is { IsFluent: true } method:
                return method.Endpoint ?? Endpoint(symbols, invocation.Instance, depth + 1, visiting, budget);
            case ILocalReferenceOperation local when !visiting.Contains(local.Local):
                var values = AssignedValues(local, local.Local);
                var inner = visiting.Add(local.Local);
                return values?.Select(v => Endpoint(symbols, v, depth + 1, inner, budget)).FirstOrDefault(e => e is not null);
            case IConditionalOperation conditional:
                return Endpoint(symbols, conditional.WhenTrue, depth + 1, visiting, budget) ?? Endpoint(symbols, conditional.WhenFalse, depth + 1, visiting, budget);
            default:
                return null;
        }
    }

    private sealed class Budget
    {
        private int _left = MaxSteps;

        public bool Take() => --_left >= 0;
    }

    /// <summary>The list endpoint behind a collection query value (for Where, OrderBy, Page).</summary>
    public static HubEndpointFacts? ListEndpoint(HubSymbols symbols, IOperation? query) =>
        query?.Type is { } type && symbols.ListEndpointOfType(type) is { } facts
            ? facts
            : Endpoint(symbols, query) is { Shape: "Page" or "Array" } behind ? behind : null;
}
