using System.Collections.Immutable;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0006: a statement that builds a fluent query or command, or starts a Hub call, and throws the result away.</summary>
internal sealed class QueryNeverExecutedRule : HubRule
{
    public QueryNeverExecutedRule(HubSymbols symbols, GeneratedCode generated)
        : base(symbols, generated)
    {
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0006_QueryNeverExecuted;

    /// <summary>The call a statement consists of, seeing through <c>?.</c>; null for any other statement.</summary>
    public static IInvocationOperation? Call(IExpressionStatementOperation statement)
    {
        var value = statement.Operation;
        while (value is IConditionalAccessOperation conditional)
        {
            value = conditional.WhenNotNull;
        }
        return value as IInvocationOperation;
    }

    /// <summary>Reports <paramref name="invocation"/>, the <see cref="Call"/> of the statement being analysed, if it drops a fluent query, command or Task.</summary>
    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation)
    {
        var symbols = Symbols;
        if (!symbols.IsFluent(invocation.TargetMethod))
        {
            return;
        }
        var method = invocation.TargetMethod;
        string consequence;
        if (symbols.IsQuery(method.ReturnType) || symbols.IsCommand(method.ReturnType))
        {
            if (context.Operation.Syntax.Parent is AnonymousFunctionExpressionSyntax)
            {
                // Action act = () => query.Page(-1, 5); builds on purpose, to assert that building throws.
                return;
            }
            consequence = $"builds a {method.ReturnType.Name} and drops it, so nothing is sent";
        }
        else if (symbols.IsExecution(method))
        {
            consequence = symbols.ReturnsAsyncStream(method)
                ? "returns an async stream that is never enumerated, so nothing is sent"
                : "starts a request and drops its Task, so its result and any failure are lost";
        }
        else
        {
            return;
        }
        var facts = QueryChain.Endpoint(symbols, invocation);
        var where = facts is null ? $"on {invocation.Instance?.Type?.Name ?? method.ContainingType.Name}" : $"{facts.Id} in the '{facts.Namespace}' namespace";
        Report(context, Diagnostic.Create(
            DiagnosticDescriptors.KH0006_QueryNeverExecuted, HubLocations.Terminal(invocation), method.Name, where, consequence));
    }
}
