using System;
using System.Collections.Immutable;
using System.Threading;
using KipuHub.Analyzers.Internals;
using KipuHub.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KipuHub.Analyzers;

/// <summary>
/// The KipuHub rules, KH0001 to KH0006, run as one analyzer. Each rule lives in its own class under
/// <c>KipuHub.Analyzers.Rules</c>; this class only routes operations to them.
/// </summary>
/// <remarks>
/// One analyzer rather than six because a build pays the driver for every analyzer that registers an operation
/// action: each of them is called on every invocation of the compilation, timed and guarded separately, even when it
/// turns the call away on its first line. Routed through here, the first question every rule asks (is this a
/// KipuHub.Fluent method?) is asked once per invocation.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HubAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        UnscopedCallRule.Descriptor,
        UnpaginatedListRule.Descriptor,
        UntranslatableQueryRule.Descriptor,
        PageOutOfRangeRule.Descriptor,
        HardCodedTokenRule.Descriptor,
        QueryNeverExecutedRule.Descriptor);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is recognised when a rule reports, by GeneratedCode: far cheaper than the driver's check (see there).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (!HubSymbols.MayReferenceFluent(start.Compilation))
            {
                return;
            }
            // Resolved on the first operation, not here: resolving binds the compilation's references, which the
            // compiler does anyway, but later; forced at compilation start, every build would wait on it here.
            var compilation = start.Compilation;
            var options = start.Options;
            var routes = new Lazy<Routes?>(
                () => HubSymbols.Create(compilation) is { } symbols ? new Routes(symbols, new GeneratedCode(compilation, options), options) : null,
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(c => routes.Value?.OnInvocation(c), OperationKind.Invocation);
            start.RegisterOperationAction(c => routes.Value?.OnObjectCreation(c), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => routes.Value?.OnAssignment(c), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => routes.Value?.OnExpressionStatement(c), OperationKind.ExpressionStatement);
        });
    }

    /// <summary>The rules of one compilation and the operation kinds each of them looks at.</summary>
    private sealed class Routes
    {
        private readonly HubSymbols _symbols;
        private readonly UnscopedCallRule _unscoped;
        private readonly UnpaginatedListRule _unpaginated;
        private readonly UntranslatableQueryRule _untranslatable;
        private readonly PageOutOfRangeRule _pageOutOfRange;
        private readonly HardCodedTokenRule _hardCodedToken;
        private readonly QueryNeverExecutedRule _neverExecuted;

        public Routes(HubSymbols symbols, GeneratedCode generated, AnalyzerOptions options)
        {
            _symbols = symbols;
            _unscoped = new UnscopedCallRule(symbols, generated, options);
            _unpaginated = new UnpaginatedListRule(symbols, generated);
            _untranslatable = new UntranslatableQueryRule(symbols, generated);
            _pageOutOfRange = new PageOutOfRangeRule(symbols, generated);
            _hardCodedToken = new HardCodedTokenRule(symbols, generated);
            _neverExecuted = new QueryNeverExecutedRule(symbols, generated);
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = _symbols.Method(invocation.TargetMethod);
            if (!method.IsFluent)
            {
                return;
            }
            if (method.IsExecution)
            {
                var chain = TerminalChain.Walk(_symbols, invocation, method);
                _unscoped.Analyze(context, invocation, chain);
                _unpaginated.Analyze(context, invocation, method, chain);
            }
            // Asked here, not only inside the rules: most fluent calls are neither, and a call that returns at once still
            // costs a call at Tier 0, where a fresh compiler runs this code.
            if (method.IsWhere || method.IsSort)
            {
                _untranslatable.Analyze(context, invocation, method);
            }
            if (method.IsPage)
            {
                _pageOutOfRange.Analyze(context, invocation, method);
            }
            if (method.HasApiKeyParameter)
            {
                _hardCodedToken.AnalyzeCall(context, invocation.Arguments);
            }
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor && _symbols.Method(constructor).HasApiKeyParameter)
            {
                _hardCodedToken.AnalyzeCall(context, creation.Arguments);
            }
        }

        public void OnAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation target && _symbols.IsFluent(target.Property))
            {
                _hardCodedToken.AnalyzeAssignment(context, assignment);
            }
        }

        public void OnExpressionStatement(OperationAnalysisContext context)
        {
            if (QueryNeverExecutedRule.Call((IExpressionStatementOperation)context.Operation) is { } call)
            {
                _neverExecuted.Analyze(context, call);
            }
        }
    }
}
