using System.Threading;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.CodeFixes.Rules;

internal static class FixerSyntax
{
    /// <summary>The terminal call a diagnostic underlines (from the member name to the closing parenthesis).</summary>
    public static InvocationExpressionSyntax? Terminal(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();

    /// <summary>
    /// Walks left along <c>a.B().C()</c> from the terminal's receiver to the first expression typed as a fluent query,
    /// where InOrg/InPersonalAccount/Page can be inserted.
    /// </summary>
    public static ExpressionSyntax? QueryReceiver(SemanticModel model, HubSymbols symbols, InvocationExpressionSyntax terminal, CancellationToken cancellationToken)
    {
        var current = (terminal.Expression as MemberAccessExpressionSyntax)?.Expression;
        while (current is not null)
        {
            if (symbols.IsQuery(model.GetTypeInfo(current, cancellationToken).Type))
            {
                return current;
            }
            current = current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null;
        }
        return null;
    }

    /// <summary><c>receiver.Name(arguments)</c>, keeping the receiver's trailing line break after the new call.</summary>
    public static ExpressionSyntax Append(ExpressionSyntax receiver, string name, params ArgumentSyntax[] arguments) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(name)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTrailingTrivia(receiver.GetTrailingTrivia());
}
