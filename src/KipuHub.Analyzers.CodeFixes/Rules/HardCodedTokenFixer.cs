using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace KipuHub.Analyzers.CodeFixes.Rules;

/// <summary>KH0005 fix: read the token from KQH_PERSONAL_ACCESS_TOKEN, failing clearly when it is not set.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedTokenFixer)), Shared]
public sealed class HardCodedTokenFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the environment-variable fix.</summary>
    public const string EnvironmentKey = "KH0005.Environment";

    private const string Replacement =
        "global::System.Environment.GetEnvironmentVariable(global::KipuHub.HubPlatformClientOptions.ApiKeyVariable) ?? throw new global::System.InvalidOperationException(\"Set the KQH_PERSONAL_ACCESS_TOKEN environment variable.\")";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(HubRules.HardCodedToken);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the token from the KQH_PERSONAL_ACCESS_TOKEN environment variable",
                    ct => Replace(context.Document, value, ct),
                    EnvironmentKey),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        var parsed = SyntaxFactory.ParseExpression(Replacement);
        var replacement = parsed
            .ReplaceNodes(parsed.DescendantNodes().Where(n => n is NameSyntax or MemberAccessExpressionSyntax), (_, n) => n.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation)
            .WithTriviaFrom(value);
        return document.WithSyntaxRoot(root.ReplaceNode(value, replacement));
    }
}
