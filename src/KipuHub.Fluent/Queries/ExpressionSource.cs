using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace KipuHub.Queries;

/// <summary>
/// A lambda written back as the C# its author typed, for error messages: <c>s =&gt; s.Name.Length &gt; 3</c> and a
/// captured local as its name (<c>name</c>), not <c>value(Program+&lt;&gt;c__DisplayClass0_0).name</c>. What it does not
/// know how to print it leaves to <see cref="Expression.ToString"/>.
/// </summary>
internal static class ExpressionSource
{
    public static string Of(LambdaExpression lambda) => lambda.Parameters.Count == 1
        ? $"{lambda.Parameters[0].Name} => {Of(lambda.Body)}"
        : $"({string.Join(", ", lambda.Parameters.Select(p => p.Name))}) => {Of(lambda.Body)}";

    public static string Of(Expression node) => node switch
    {
        ParameterExpression parameter => parameter.Name ?? "x",
        ConstantExpression constant => Literal(constant.Value),
        // A captured local or parameter: a field of the compiler's closure class, printed as the variable's name.
        MemberExpression { Expression: ConstantExpression { Value: { } closure } } captured when IsClosure(closure.GetType()) => captured.Member.Name,
        MemberExpression { Expression: null } member => $"{member.Member.DeclaringType?.Name}.{member.Member.Name}",
        MemberExpression member => $"{Operand(member.Expression!)}.{member.Member.Name}",
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Quote } convert => Of(convert.Operand),
        UnaryExpression { NodeType: ExpressionType.Not } not => $"!{Operand(not.Operand)}",
        UnaryExpression { NodeType: ExpressionType.Negate } negate => $"-{Operand(negate.Operand)}",
        UnaryExpression { NodeType: ExpressionType.ArrayLength } length => $"{Operand(length.Operand)}.Length",
        BinaryExpression { NodeType: ExpressionType.ArrayIndex } index => $"{Operand(index.Left)}[{Of(index.Right)}]",
        BinaryExpression binary when Operator(binary.NodeType) is { } op => $"{Operand(binary.Left)} {op} {Operand(binary.Right)}",
        MethodCallExpression call => Call(call),
        ConditionalExpression conditional => $"{Operand(conditional.Test)} ? {Operand(conditional.IfTrue)} : {Operand(conditional.IfFalse)}",
        LambdaExpression lambda => Of(lambda),
        NewArrayExpression array => $"new[] {{ {string.Join(", ", array.Expressions.Select(Of))} }}",
        _ => node.ToString(),
    };

    /// <summary>An operand, in parentheses when it is itself an operation, so precedence reads as written.</summary>
    private static string Operand(Expression node) =>
        StripConvert(node) is BinaryExpression { NodeType: not ExpressionType.ArrayIndex } or ConditionalExpression ? $"({Of(node)})" : Of(node);

    private static Expression StripConvert(Expression node) =>
        node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? StripConvert(convert.Operand) : node;

    private static string Call(MethodCallExpression call)
    {
        var arguments = call.Arguments.Select(Of).ToList();
        if (call.Object is null && call.Method.IsDefined(typeof(ExtensionAttribute), inherit: false) && arguments.Count > 0)
        {
            return $"{Operand(call.Arguments[0])}.{call.Method.Name}({string.Join(", ", arguments.Skip(1))})";
        }
        if (call.Method.Name == "get_Item" && call.Object is not null)
        {
            return $"{Operand(call.Object)}[{string.Join(", ", arguments)}]";
        }
        var target = call.Object is null ? call.Method.DeclaringType?.Name : Operand(call.Object);
        return $"{target}.{call.Method.Name}({string.Join(", ", arguments)})";
    }

    private static bool IsClosure(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains("DisplayClass", StringComparison.Ordinal);

    private static string? Operator(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        ExpressionType.AndAlso => "&&",
        ExpressionType.OrElse => "||",
        ExpressionType.And => "&",
        ExpressionType.Or => "|",
        ExpressionType.ExclusiveOr => "^",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.Add or ExpressionType.AddChecked => "+",
        ExpressionType.Subtract or ExpressionType.SubtractChecked => "-",
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => "*",
        ExpressionType.Divide => "/",
        ExpressionType.Modulo => "%",
        ExpressionType.Coalesce => "??",
        _ => null,
    };

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        IFormattable formattable when value.GetType().IsPrimitive || value is decimal => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };
}
