using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KipuHub.Analyzers.Internals;

internal static class HubLocations
{
    /// <summary>From the called member's name to the end of the call (<c>ListAsync()</c> in <c>q.ListAsync()</c>), so long chains are not underlined whole.</summary>
    public static Location Terminal(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
            ? Location.Create(call.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, call.Span.End))
            : invocation.Syntax.GetLocation();

    public static bool Option(this AnalyzerOptions options, SyntaxTree tree, string key, out string value)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var raw) && raw is not null)
        {
            value = raw.Trim();
            return true;
        }
        value = string.Empty;
        return false;
    }
}
