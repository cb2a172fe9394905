using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using KipuHub.Contract;

namespace KipuHub.Queries;

/// <summary>
/// Turns Where and OrderBy lambdas into query parameters, using only what the endpoint declares. Values are read
/// from closures by reflection, never by compiling the expression, so translation stays cheap.
/// </summary>
internal static class QueryTranslator
{
    // Plain loops below, not LINQ: each lambda that captures a variable costs a closure and a delegate, and each
    // enumeration over an interface an enumerator, on every Where and OrderBy (issue 5, item 2).

    public static List<KeyValuePair<string, string>> TranslateWhere(HubEndpoint endpoint, LambdaExpression predicate, ImmutableArray<KeyValuePair<string, string>> existing)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var translated = new List<KeyValuePair<string, string>>(2);
        Collect(endpoint, predicate, predicate.Body, translated);
        for (var i = 0; i < translated.Count; i++)
        {
            var key = translated[i].Key;
            if (IndexOfKey(existing.AsSpan(), key) >= 0 || IndexOfKey(CollectionsMarshal.AsSpan(translated)[(i + 1)..], key) >= 0)
            {
                throw Unsupported(endpoint, predicate, $"it filters on '{key}' more than once; the API takes one value per filter");
            }
        }
        return translated;
    }

    public static string TranslateSort(HubEndpoint endpoint, LambdaExpression keySelector, bool descending)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        var member = ParameterMember(keySelector.Body, keySelector.Parameters[0]);
        HubSort? sort = null;
        for (var i = 0; member is not null && i < endpoint.Sorts.Count && sort is null; i++)
        {
            sort = endpoint.Sorts[i].Member == member.Name ? endpoint.Sorts[i] : null;
        }
        if (sort is null)
        {
            throw new NotSupportedException(
                $"OrderBy({ExpressionSource.Of(keySelector)}) cannot be sent to {endpoint.Id} ({endpoint}): {(member is null ? "only a plain member like x => x.Name can be sorted on" : $"'{member.Name}' is not sortable there")}. {endpoint.DescribeSorts()}.");
        }
        return sort.QueryName + (descending ? ",desc" : ",asc");
    }

    private static void Collect(HubEndpoint endpoint, LambdaExpression predicate, Expression node, List<KeyValuePair<string, string>> into)
    {
        var parameter = predicate.Parameters[0];
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                Collect(endpoint, predicate, and.Left, into);
                Collect(endpoint, predicate, and.Right, into);
                return;

            case BinaryExpression { NodeType: ExpressionType.Equal } equal:
            {
                var (member, value) = ParameterMember(equal.Left, parameter) is { } left
                    ? (left, equal.Right)
                    : (ParameterMember(equal.Right, parameter), equal.Left);
                if (member is null)
                {
                    throw Unsupported(endpoint, predicate, "one side of == must be a member of the item, like x.Lifecycle");
                }
                into.Add(new(FindFilter(endpoint, predicate, member, HubFilterKind.Equals).QueryName, Evaluate(endpoint, predicate, value, parameter)));
                return;
            }

            case MethodCallExpression { Method.Name: nameof(string.Contains), Object: { } target, Arguments.Count: 1 } call
                when call.Method.DeclaringType == typeof(string):
            {
                var member = ParameterMember(target, parameter)
                    ?? throw Unsupported(endpoint, predicate, "Contains must be called on a member of the item, like x.Name.Contains(text)");
                into.Add(new(FindFilter(endpoint, predicate, member, HubFilterKind.Contains).QueryName, Evaluate(endpoint, predicate, call.Arguments[0], parameter)));
                return;
            }

            default:
                throw Unsupported(endpoint, predicate, $"'{ExpressionSource.Of(node)}' is not a filter the API understands (use ==, && and the declared Contains searches)");
        }
    }

    private static int IndexOfKey(ReadOnlySpan<KeyValuePair<string, string>> pairs, string key)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }

    private static HubFilter FindFilter(HubEndpoint endpoint, LambdaExpression predicate, MemberInfo member, HubFilterKind kind)
    {
        var name = member.Name;
        var filters = endpoint.Filters;
        HubFilter? filter = null;
        for (var i = 0; i < filters.Count && filter is null; i++)
        {
            filter = filters[i].Member == name && filters[i].Kind == kind ? filters[i] : null;
        }
        if (filter is null)
        {
            var other = filters.FirstOrDefault(f => f.Member == name);
            throw Unsupported(endpoint, predicate, other is null
                ? $"'{member.Name}' is not filterable there"
                : $"'{member.Name}' is filtered with {(other.Kind == HubFilterKind.Equals ? "==" : ".Contains(...)")} there");
        }
        return filter;
    }

    /// <summary>The member of the lambda's parameter that <paramref name="node"/> reads, seeing through conversions.</summary>
    private static MemberInfo? ParameterMember(Expression node, ParameterExpression parameter)
    {
        node = StripConvert(node);
        return node is MemberExpression { Expression: { } owner } member && StripConvert(owner) == parameter ? member.Member : null;
    }

    private static Expression StripConvert(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            node = convert.Operand;
        }
        return node;
    }

    private static string Evaluate(HubEndpoint endpoint, LambdaExpression predicate, Expression node, ParameterExpression parameter)
    {
        var value = Evaluate(StripConvert(node), parameter, out var ok);
        if (!ok)
        {
            throw Unsupported(endpoint, predicate, $"the value '{ExpressionSource.Of(node)}' cannot be computed before the call (use a constant, a local or a field; assign anything else to a local first)");
        }
        return value switch
        {
            null => throw Unsupported(endpoint, predicate, $"the value '{ExpressionSource.Of(node)}' is null; leave the filter out instead of comparing with null"),
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            // Open enums (IHubEnum) print their wire value.
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static object? Evaluate(Expression node, ParameterExpression parameter, out bool ok)
    {
        ok = true;
        switch (node)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression member when member.Expression is null || !ReferencesParameter(member.Expression, parameter):
            {
                object? owner = null;
                if (member.Expression is not null)
                {
                    owner = Evaluate(StripConvert(member.Expression), parameter, out ok);
                    if (!ok || owner is null)
                    {
                        ok = false;
                        return null;
                    }
                }
                return member.Member switch
                {
                    FieldInfo field => field.GetValue(owner),
                    PropertyInfo property when property.GetIndexParameters().Length == 0 => property.GetValue(owner),
                    _ => Fail(out ok),
                };
            }
            default:
                return Fail(out ok);
        }
    }

    private static object? Fail(out bool ok)
    {
        ok = false;
        return null;
    }

    private static bool ReferencesParameter(Expression node, ParameterExpression parameter)
    {
        node = StripConvert(node);
        return node == parameter || node is MemberExpression { Expression: { } owner } && ReferencesParameter(owner, parameter);
    }

    private static NotSupportedException Unsupported(HubEndpoint endpoint, LambdaExpression predicate, string reason) =>
        new($"Where({ExpressionSource.Of(predicate)}) cannot be sent to {endpoint.Id} ({endpoint}): {reason}. {endpoint.DescribeFilters()}. KipuHub never filters on the client, because a page would then hold fewer items than it claims.");
}
