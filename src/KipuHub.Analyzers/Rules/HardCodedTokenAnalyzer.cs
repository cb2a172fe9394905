using System;
using System.Collections.Immutable;
using System.Linq;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0005: a string literal or constant flows into HubPlatformClientOptions.ApiKey or a KipuHub apiKey parameter.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedTokenAnalyzer : DiagnosticAnalyzer
{
    private const string FallbackVariable = "KQH_PERSONAL_ACCESS_TOKEN";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.KH0005_HardCodedToken);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        HubSymbols.OnHubCompilation(context, (start, symbols) =>
        {
            var variable = symbols.Options.GetMembers("ApiKeyVariable").OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string ?? FallbackVariable;
            start.RegisterOperationAction(c =>
            {
                if (c.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && target.Property.Name == "ApiKey" && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, symbols.Options))
                {
                    Check(c, assignment.Value, "HubPlatformClientOptions.ApiKey", variable);
                }
            }, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c =>
            {
                var (target, arguments) = c.Operation switch
                {
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (!symbols.IsFluent(target))
                {
                    return;
                }
                foreach (var argument in arguments)
                {
                    if (argument.Parameter is { Name: "apiKey", Type.SpecialType: SpecialType.System_String } parameter && symbols.IsFluent(parameter))
                    {
                        Check(c, argument.Value, $"the apiKey parameter of {parameter.ContainingType.Name}", variable);
                    }
                }
            }, OperationKind.ObjectCreation, OperationKind.Invocation);
        });
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string sink, string variable)
    {
        if (ConstantText(value) is not { } token || string.IsNullOrWhiteSpace(token))
        {
            return;
        }
        if (context.Options.Option(value.Syntax.SyntaxTree, DiagnosticDescriptors.AllowedTokensOption, out var allowed)
            && allowed.Split(',').Any(a => string.Equals(a.Trim(), token, StringComparison.Ordinal)))
        {
            return;
        }
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KH0005_HardCodedToken, value.Syntax.GetLocation(), sink, variable));
    }

    /// <summary>The constant string a value is: a literal or constant, or a local only ever assigned one.</summary>
    private static string? ConstantText(IOperation value)
    {
        value = QueryChain.Strip(value)!;
        if (value.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value as string;
        }
        if (value is ILocalReferenceOperation local && QueryChain.AssignedValues(local, local.Local) is { Count: 1 } values
            && QueryChain.Strip(values[0]) is { ConstantValue: { HasValue: true, Value: string text } })
        {
            return text;
        }
        return null;
    }
}
