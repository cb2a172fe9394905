using System;
using System.Collections.Generic;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>
/// KH0003: a Where or OrderBy lambda the runtime translator (KipuHub.Queries.QueryTranslator) would reject. The checks
/// mirror the translator case for case, and the allowed members come from the endpoint's [HubFilter]/[HubSort].
/// </summary>
internal sealed class UntranslatableQueryRule : HubRule
{
    /// <summary>
    /// The filter keys of the Where being checked, one list per thread and reused: every Where call of a build is
    /// checked, and a list per call was most of what this rule allocated.
    /// </summary>
    [ThreadStatic]
    private static List<string>? s_keys;

    public UntranslatableQueryRule(HubSymbols symbols, GeneratedCode generated)
        : base(symbols, generated)
    {
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0003_UntranslatableQuery;

    public void Analyze(in OperationAnalysisContext context, IInvocationOperation invocation, HubMethod called)
    {
        var symbols = Symbols;
        var method = invocation.TargetMethod;
        var isWhere = called.IsWhere;
        if (!isWhere && !called.IsSort || invocation.Arguments.Length != 1
            || Lambda(invocation.Arguments[0].Value) is not { } lambda
            || ParameterCount(lambda) != 1
            || Body(lambda) is not { } body
            || QueryChain.ListEndpoint(symbols, invocation.Instance) is not { } facts)
        {
            return;
        }
        var parameter = new LambdaParameter(lambda.Symbol);
        string? reason;
        if (isWhere)
        {
            var keys = s_keys ??= new List<string>();
            keys.Clear();
            reason = CheckWhere(body, parameter, facts, keys) ?? (keys.Count > 1 ? RepeatedKey(keys) : null);
        }
        else
        {
            var member = ParameterMember(body, parameter);
            reason = member is null
                ? "only a plain member like x => x.Name can be sorted on"
                : IsSortable(facts, member) ? null : Reasons.NotSortable(member);
        }
        if (reason is not null)
        {
            ReportUntranslatable(context, method, lambda, facts, isWhere, reason);
        }
    }

    /// <summary>The report, apart from <see cref="Analyze"/> for the reason given at <see cref="Reasons"/>.</summary>
    private void ReportUntranslatable(in OperationAnalysisContext context, IMethodSymbol method, IAnonymousFunctionOperation lambda, HubEndpointFacts facts, bool isWhere, string reason) =>
        Report(context, Diagnostic.Create(
            DiagnosticDescriptors.KH0003_UntranslatableQuery, lambda.Syntax.GetLocation(),
            method.Name, lambda.Syntax.ToString(), facts.Id, facts.Namespace, reason, isWhere ? facts.DescribeFilters() : facts.DescribeSorts()));

    /// <summary>The first filter key (in order of first use) that the lambda sets more than once.</summary>
    private static string? RepeatedKey(List<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys.IndexOf(keys[i]) == i && keys.LastIndexOf(keys[i]) > i)
            {
                return Reasons.FilteredTwice(keys[i]);
            }
        }
        return null;
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IDelegateCreationOperation creation:
                    value = creation.Target;
                    break;
                case IAnonymousFunctionOperation lambda:
                    return lambda;
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// Read from the syntax where it says, because <c>lambda.Symbol.Parameters</c> builds the public parameter symbols
    /// on first use, which a build profile showed to be most of this rule's time.
    /// </summary>
    private static int ParameterCount(IAnonymousFunctionOperation lambda) => lambda.Syntax switch
    {
        SimpleLambdaExpressionSyntax => 1,
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.Count,
        _ => lambda.Symbol.Parameters.Length,
    };

    private static IOperation? Body(IAnonymousFunctionOperation lambda) =>
        lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } value } ? value : null;

    private static string? CheckWhere(IOperation node, LambdaParameter parameter, HubEndpointFacts facts, List<string> keys)
    {
        switch (node)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                return CheckWhere(and.LeftOperand, parameter, facts, keys) ?? CheckWhere(and.RightOperand, parameter, facts, keys);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equal:
            {
                var (member, value) = ParameterMember(equal.LeftOperand, parameter) is { } left
                    ? (left, equal.RightOperand)
                    : (ParameterMember(equal.RightOperand, parameter), equal.LeftOperand);
                if (member is null)
                {
                    return "one side of == must be a member of the item, like x.Lifecycle";
                }
                return Filter(member, contains: false, facts, keys) ?? CheckValue(value, parameter);
            }

            case IInvocationOperation { TargetMethod: { Name: "Contains", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } target, Arguments.Length: 1 } call:
            {
                var member = ParameterMember(target, parameter);
                if (member is null)
                {
                    return "Contains must be called on a member of the item, like x.Name.Contains(text)";
                }
                return Filter(member, contains: true, facts, keys) ?? CheckValue(call.Arguments[0].Value, parameter);
            }

            default:
                return Reasons.NotAFilter(node);
        }
    }

    private static string? Filter(string member, bool contains, HubEndpointFacts facts, List<string> keys)
    {
        FilterFact? other = null;
        foreach (var filter in facts.Filters)
        {
            if (filter.Member != member)
            {
                continue;
            }
            if (filter.IsContains == contains)
            {
                keys.Add(filter.QueryName);
                return null;
            }
            other ??= filter;
        }
        return other is null ? Reasons.NotFilterable(member) : Reasons.FilteredOtherwise(member, other);
    }

    private static bool IsSortable(HubEndpointFacts facts, string member)
    {
        foreach (var sort in facts.Sorts)
        {
            if (sort.Member == member)
            {
                return true;
            }
        }
        return false;
    }

    private static string? CheckValue(IOperation value, LambdaParameter parameter)
    {
        var stripped = QueryChain.Strip(value)!;
        if (stripped.ConstantValue is { HasValue: true, Value: null })
        {
            return Reasons.NullValue(value);
        }
        return Evaluable(stripped, parameter)
            ? null
            : Reasons.NotEvaluable(value);
    }

    /// <summary>What the translator can read without compiling: constants, locals, parameters, this, and field or property chains on them.</summary>
    private static bool Evaluable(IOperation node, LambdaParameter parameter)
    {
        node = QueryChain.Strip(node)!;
        if (node.ConstantValue.HasValue)
        {
            return true;
        }
        return node switch
        {
            ILocalReferenceOperation => true,
            IParameterReferenceOperation reference => !parameter.IsReadBy(reference),
            IInstanceReferenceOperation => true,
            IFieldReferenceOperation field => field.Instance is null || Evaluable(field.Instance, parameter),
            IPropertyReferenceOperation property => property.Arguments.IsEmpty && (property.Instance is null || Evaluable(property.Instance, parameter)),
            _ => false,
        };
    }

    /// <summary>The name of the lambda parameter's member that <paramref name="node"/> reads, seeing through conversions.</summary>
    private static string? ParameterMember(IOperation node, LambdaParameter parameter)
    {
        var (member, owner) = QueryChain.Strip(node) switch
        {
            IPropertyReferenceOperation { Arguments.IsEmpty: true } property => (property.Property.Name, property.Instance),
            IFieldReferenceOperation field => (field.Field.Name, field.Instance),
            _ => (null, null),
        };
        return member is not null && QueryChain.Strip(owner) is IParameterReferenceOperation reference
            && parameter.IsReadBy(reference)
            ? member
            : null;
    }

    /// <summary>
    /// The reasons that name a part of the lambda, kept out of the checks: nearly every lambda passes, and in a fresh
    /// compiler process each check would otherwise compile its string formatting on its first call.
    /// </summary>
    private static class Reasons
    {
        public static string NotSortable(string member) => $"'{member}' is not sortable there";

        public static string FilteredTwice(string key) => $"it filters on '{key}' more than once; the API takes one value per filter";

        public static string NotAFilter(IOperation node) =>
            $"'{node.Syntax}' is not a filter the API understands (use ==, && and the declared Contains searches)";

        public static string NotFilterable(string member) => $"'{member}' is not filterable there";

        public static string FilteredOtherwise(string member, FilterFact filter) =>
            $"'{member}' is filtered with {(filter.IsContains ? ".Contains(...)" : "==")} there";

        public static string NullValue(IOperation value) =>
            $"the value '{value.Syntax}' is null; leave the filter out instead of comparing with null";

        public static string NotEvaluable(IOperation value) =>
            $"the value '{value.Syntax}' cannot be computed before the call (use a constant, a local or a field; assign anything else to a local first)";
    }

    /// <summary>The one parameter of a one-parameter lambda, recognised in a reference by its owner and position.</summary>
    private readonly struct LambdaParameter
    {
        private readonly IMethodSymbol _lambda;

        public LambdaParameter(IMethodSymbol lambda) => _lambda = lambda;

        public bool IsReadBy(IParameterReferenceOperation reference) =>
            reference.Parameter.Ordinal == 0 && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, _lambda);
    }
}
