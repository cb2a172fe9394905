using System;
using System.Collections.Immutable;
using System.Linq;
using KipuHub.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers.Rules;

/// <summary>KH0005: a string literal or constant flows into HubPlatformClientOptions.ApiKey or a KipuHub apiKey parameter.</summary>
internal sealed class HardCodedTokenRule : HubRule
{
    private const string FallbackVariable = "KQH_PERSONAL_ACCESS_TOKEN";

    private readonly string _variable;

    public HardCodedTokenRule(HubSymbols symbols, GeneratedCode generated)
        : base(symbols, generated)
    {
        _variable = symbols.Options.GetMembers("ApiKeyVariable").OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string ?? FallbackVariable;
    }

    public static DiagnosticDescriptor Descriptor => DiagnosticDescriptors.KH0005_HardCodedToken;

    public void AnalyzeAssignment(in OperationAnalysisContext context, ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation target
            && target.Property.Name == "ApiKey" && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, Symbols.Options))
        {
            Check(context, assignment.Value, "HubPlatformClientOptions.ApiKey");
        }
    }

    /// <summary>A KipuHub.Fluent method or constructor with an apiKey parameter (<see cref="HubMethod.HasApiKeyParameter"/>) and its arguments.</summary>
    public void AnalyzeCall(in OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Name: "apiKey", Type.SpecialType: SpecialType.System_String } parameter && Symbols.IsFluent(parameter))
            {
                Check(context, argument.Value, $"the apiKey parameter of {parameter.ContainingType.Name}");
            }
        }
    }

    private void Check(in OperationAnalysisContext context, IOperation value, string sink)
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
        Report(context, Diagnostic.Create(DiagnosticDescriptors.KH0005_HardCodedToken, value.Syntax.GetLocation(), sink, _variable));
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
