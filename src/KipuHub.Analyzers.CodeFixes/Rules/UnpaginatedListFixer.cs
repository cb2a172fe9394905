using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using KipuHub.Analyzers.Internals;
using KipuHub.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.CodeFixes.Rules;

/// <summary>
/// KH0002 fixes: add <c>.Page(0, default size)</c>; or, when only the page's Content is used, read every page with
/// AllAsync(): <c>await foreach (... in query.AllAsync())</c> for a loop, <c>await query.AllAsync().ToListAsync()</c>
/// elsewhere (offered only where System.Linq's ToListAsync binds).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnpaginatedListFixer)), Shared]
public sealed class UnpaginatedListFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the Page fix.</summary>
    public const string PageKey = "KH0002.Page";

    /// <summary>Equivalence key of the AllAsync fix.</summary>
    public const string AllAsyncKey = "KH0002.AllAsync";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(HubRules.UnpaginatedList);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixerSyntax.Terminal(root, diagnostic.Location.SourceSpan) is not { Expression: MemberAccessExpressionSyntax access } terminal)
            {
                continue;
            }
            var size = diagnostic.Properties.TryGetValue(UnpaginatedListRule.DefaultPageSizeProperty, out var value) && value is not null ? value : "20";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read one page on purpose with .Page(0, {size})",
                    ct => Replace(context.Document, access.Expression, FixerSyntax.Append(access.Expression, "Page", Number("0"), Number(size)), ct),
                    PageKey),
                diagnostic);
            if (LoopOverContent(terminal) is { } loop)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Read every page with await foreach over AllAsync()",
                        ct => Replace(context.Document, loop, AllPages(loop, terminal, access), ct),
                        AllAsyncKey),
                    diagnostic);
            }
            else if (Content(terminal) is { } content && ReadAll(model, content, terminal, access) is { } readAll)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Read every page with AllAsync().ToListAsync()",
                        ct => Replace(context.Document, content, readAll, ct),
                        AllAsyncKey),
                    diagnostic);
            }
        }
    }

    /// <summary><c>(await q.ListAsync()).Content</c>: the page is used only for its items.</summary>
    private static MemberAccessExpressionSyntax? Content(InvocationExpressionSyntax terminal)
    {
        if (terminal.Parent is not AwaitExpressionSyntax awaited)
        {
            return null;
        }
        SyntaxNode node = awaited;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }
        return node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Content" } content && content.Expression == node ? content : null;
    }

    /// <summary><c>(await q.AllAsync(...).ToListAsync())</c>, or null when ToListAsync does not bind at that spot.</summary>
    private static ExpressionSyntax? ReadAll(SemanticModel model, MemberAccessExpressionSyntax content, InvocationExpressionSyntax terminal, MemberAccessExpressionSyntax access)
    {
        var all = terminal.WithExpression(access.WithName(SyntaxFactory.IdentifierName("AllAsync").WithTriviaFrom(access.Name))).WithoutTrivia();
        var toList = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, all, SyntaxFactory.IdentifierName("ToListAsync")));
        if (model.GetSpeculativeSymbolInfo(content.SpanStart, toList, SpeculativeBindingOption.BindAsExpression).Symbol is null)
        {
            return null;
        }
        return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(toList))
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation)
            .WithTriviaFrom(content);
    }

    private static ArgumentSyntax Number(string text) => SyntaxFactory.Argument(SyntaxFactory.ParseExpression(text));

    /// <summary><c>foreach (var x in (await q.ListAsync()).Content)</c>: the one shape where AllAsync keeps the meaning.</summary>
    private static ForEachStatementSyntax? LoopOverContent(InvocationExpressionSyntax terminal)
    {
        SyntaxNode node = terminal;
        if (node.Parent is not AwaitExpressionSyntax awaited)
        {
            return null;
        }
        node = awaited;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }
        return node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Content" } content
            && content.Parent is ForEachStatementSyntax loop && loop.Expression == content && loop.AwaitKeyword.IsKind(SyntaxKind.None)
            ? loop
            : null;
    }

    private static ForEachStatementSyntax AllPages(ForEachStatementSyntax loop, InvocationExpressionSyntax terminal, MemberAccessExpressionSyntax access)
    {
        var all = terminal.WithExpression(access.WithName(SyntaxFactory.IdentifierName("AllAsync").WithTriviaFrom(access.Name)));
        return loop
            .WithAwaitKeyword(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space).WithLeadingTrivia(loop.ForEachKeyword.LeadingTrivia))
            .WithForEachKeyword(loop.ForEachKeyword.WithLeadingTrivia())
            .WithExpression(all.WithTriviaFrom(loop.Expression));
    }

    private static async Task<Document> Replace(Document document, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement));
    }
}
