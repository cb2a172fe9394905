using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KipuHub.Analyzers.CodeFixes.Rules;

/// <summary>KH0001 fixes: add <c>.InOrg(id)</c> (an organization id in scope, else a placeholder) or <c>.InPersonalAccount()</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnscopedCallFixer)), Shared]
public sealed class UnscopedCallFixer : CodeFixProvider
{
    /// <summary>Equivalence key of the InOrg fix.</summary>
    public const string InOrgKey = "KH0001.InOrg";

    /// <summary>Equivalence key of the InPersonalAccount fix.</summary>
    public const string InPersonalAccountKey = "KH0001.InPersonalAccount";

    /// <summary>What the InOrg fix passes when no organization id is in scope; it fails loudly at run time until replaced.</summary>
    public const string Placeholder = "\"<organization-id>\"";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(HubRules.UnscopedCall);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || HubSymbols.Create(model.Compilation) is not { } symbols)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixerSyntax.Terminal(root, diagnostic.Location.SourceSpan) is not { } terminal
                || FixerSyntax.QueryReceiver(model, symbols, terminal, context.CancellationToken) is not { } receiver)
            {
                continue;
            }
            var organization = OrganizationIdInScope(model, receiver.SpanStart);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Scope to an organization with .InOrg({organization ?? "organizationId"})",
                    ct => Insert(context.Document, receiver, "InOrg", organization ?? Placeholder, ct),
                    InOrgKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Act in the personal account with .InPersonalAccount()",
                    ct => Insert(context.Document, receiver, "InPersonalAccount", null, ct),
                    InPersonalAccountKey),
                diagnostic);
        }
    }

    private static async Task<Document> Insert(Document document, ExpressionSyntax receiver, string name, string? argument, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        var arguments = argument is null ? [] : new[] { SyntaxFactory.Argument(SyntaxFactory.ParseExpression(argument)) };
        return document.WithSyntaxRoot(root.ReplaceNode(receiver, FixerSyntax.Append(receiver, name, arguments)));
    }

    /// <summary>A string local, parameter, field or property in scope whose name says it is an organization id.</summary>
    private static string? OrganizationIdInScope(SemanticModel model, int position)
    {
        var enclosing = model.GetEnclosingSymbol(position);
        var isStatic = enclosing?.IsStatic ?? false;
        var candidates = model.LookupSymbols(position)
            .Where(s => s switch
            {
                ILocalSymbol local => IsString(local.Type),
                IParameterSymbol parameter => IsString(parameter.Type),
                IFieldSymbol field => IsString(field.Type) && (field.IsStatic || !isStatic),
                IPropertySymbol property => IsString(property.Type) && (property.IsStatic || !isStatic) && !property.IsIndexer,
                _ => false,
            })
            .Where(s => LooksLikeOrganizationId(s.Name))
            .OrderBy(s => s is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.FirstOrDefault()?.Name;
    }

    private static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

    private static bool LooksLikeOrganizationId(string name)
    {
        var lower = name.TrimStart('_').ToLowerInvariant();
        return (lower.StartsWith("org", StringComparison.Ordinal) || lower.Contains("organization")) && lower.EndsWith("id", StringComparison.Ordinal);
    }
}
