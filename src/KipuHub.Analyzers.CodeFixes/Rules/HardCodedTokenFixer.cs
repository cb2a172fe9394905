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

/// <summary>
/// KH0005 fixes: read the token from KQH_PERSONAL_ACCESS_TOKEN, or, when an IConfiguration is in scope, from its
/// <c>KipuHub:ApiKey</c> key; both fail clearly when the value is missing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedTokenFixer)), Shared]
public sealed class HardCodedTokenFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the environment-variable fix.</summary>
    public const string EnvironmentKey = "KH0005.Environment";

    /// <summary>Equivalence key of the configuration fix.</summary>
    public const string ConfigurationKey = "KH0005.Configuration";

    /// <summary>The configuration key the configuration fix reads.</summary>
    public const string ConfigurationSetting = "KipuHub:ApiKey";

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
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the token from the KQH_PERSONAL_ACCESS_TOKEN environment variable",
                    ct => Replace(context.Document, value, Replacement, ct),
                    EnvironmentKey),
                diagnostic);
            if (model is not null && ConfigurationInScope(model, value.SpanStart) is { } configuration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the token from configuration ({configuration}[\"{ConfigurationSetting}\"])",
                        ct => Replace(context.Document, value,
                            $"{configuration}[\"{ConfigurationSetting}\"] ?? throw new global::System.InvalidOperationException(\"Set {ConfigurationSetting} in configuration.\")", ct),
                        ConfigurationKey),
                    diagnostic);
            }
        }
    }

    /// <summary>A local, parameter, field or property typed as (or implementing) Microsoft.Extensions.Configuration.IConfiguration.</summary>
    private static string? ConfigurationInScope(SemanticModel model, int position)
    {
        if (model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not { } configuration)
        {
            return null;
        }
        var isStatic = model.GetEnclosingSymbol(position)?.IsStatic ?? false;
        bool Fits(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, configuration)
            || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default);
        return model.LookupSymbols(position)
            .Where(s => s switch
            {
                ILocalSymbol local => Fits(local.Type),
                IParameterSymbol parameter => Fits(parameter.Type),
                IFieldSymbol field => Fits(field.Type) && (field.IsStatic || !isStatic),
                IPropertySymbol property => Fits(property.Type) && (property.IsStatic || !isStatic) && !property.IsIndexer,
                _ => false,
            })
            .OrderBy(s => s is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .Select(s => s.Name)
            .FirstOrDefault();
    }

    private static async Task<Document> Replace(Document document, ExpressionSyntax value, string text, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        var parsed = SyntaxFactory.ParseExpression(text);
        var replacement = parsed
            .ReplaceNodes(parsed.DescendantNodes().Where(n => n is NameSyntax or MemberAccessExpressionSyntax), (_, n) => n.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation)
            .WithTriviaFrom(value);
        return document.WithSyntaxRoot(root.ReplaceNode(value, replacement));
    }
}
