using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using KipuHub.Analyzers.Rules;
using KipuHub.Models;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>Values the corpus lambdas read. <see cref="TranslationCorpusTests.ValuesSource"/> declares the same members for the analyzer.</summary>
public static class CorpusValues
{
    public static ServiceLifecycle Wanted = ServiceLifecycle.Published;
    public static readonly string Text = "lab";
    public static List<ServiceLifecycle> Items { get; } = [ServiceLifecycle.Created];
    public static DateTimeOffset? Now = DateTimeOffset.UnixEpoch;
    public static Holder Current { get; } = new();

    public static ServiceLifecycle Lookup() => ServiceLifecycle.Accessible;

    public sealed class Holder
    {
        public ServiceLifecycle Lifecycle = ServiceLifecycle.Created;
    }
}

/// <summary>
/// KH0003 and the runtime translator must agree: every expression below goes through both, the analyzer (on the
/// lambda's source text) and KipuHub.Fluent's public Where/OrderBy (which throws NotSupportedException when the
/// translator rejects it; nothing is sent).
/// </summary>
public sealed class TranslationCorpusTests
{
    internal const string ValuesSource = """
        public static class CorpusValues
        {
            public static ServiceLifecycle Wanted = ServiceLifecycle.Published;
            public static readonly string Text = "lab";
            public static List<ServiceLifecycle> Items { get; } = [ServiceLifecycle.Created];
            public static DateTimeOffset? Now = DateTimeOffset.UnixEpoch;
            public static Holder Current { get; } = new();

            public static ServiceLifecycle Lookup() => ServiceLifecycle.Accessible;

            public sealed class Holder
            {
                public ServiceLifecycle Lifecycle = ServiceLifecycle.Created;
            }
        }
        """;

    public sealed record Case(string Namespace, string Call, string Lambda, Action<HubPlatformClient> Run)
    {
        public override string ToString() => $"{Namespace}.{Call}({Lambda})";
    }

    private static Case Services(Expression<Func<ServiceOverview, bool>> predicate, [CallerArgumentExpression(nameof(predicate))] string text = "") =>
        new("Services", "Where", text, hub => hub.Services.Where(predicate));

    private static Case Pools(Expression<Func<DataPool, bool>> predicate, [CallerArgumentExpression(nameof(predicate))] string text = "") =>
        new("DataPools", "Where", text, hub => hub.DataPools.Where(predicate));

    private static Case Sort<TKey>(Expression<Func<ServiceOverview, TKey>> key, [CallerArgumentExpression(nameof(key))] string text = "") =>
        new("Services", "OrderBy", text, hub => hub.Services.OrderBy(key));

    public static readonly Case[] Corpus =
    [
        Services(s => s.Lifecycle == ServiceLifecycle.Published),
        Services(s => ServiceLifecycle.Published == s.Lifecycle),
        Services(s => s.Lifecycle == CorpusValues.Wanted),
        Services(s => s.Lifecycle == (ServiceLifecycle?)CorpusValues.Wanted),
        Services(s => s.Lifecycle == CorpusValues.Current.Lifecycle),
        Services(s => s.Name == CorpusValues.Text),
        Services(s => s.Lifecycle != ServiceLifecycle.Published),
        Services(s => s.Lifecycle == ServiceLifecycle.Published || s.Lifecycle == ServiceLifecycle.Created),
        Services(s => s.Lifecycle == ServiceLifecycle.FromValue("CREATED")),
        Services(s => s.Lifecycle == CorpusValues.Lookup()),
        Services(s => s.Lifecycle == CorpusValues.Items[0]),
        Services(s => s.Lifecycle == null),
        Services(s => s.Lifecycle == ServiceLifecycle.Published && s.Lifecycle == ServiceLifecycle.Created),
        Services(s => true),
        Services(s => s.Lifecycle.HasValue),
        Services(s => s.Lifecycle == s.Lifecycle),
        Services(s => s.Name!.Contains(CorpusValues.Text)),
        Services(s => s.CreatedAt == CorpusValues.Now),
        Services(s => !(s.Lifecycle == CorpusValues.Wanted)),
        Services(s => s.Lifecycle.Equals(CorpusValues.Wanted)),
        Pools(p => p.Name!.Contains(CorpusValues.Text)),
        Pools(p => p.Name!.Contains("lab")),
        Pools(p => p.Name == CorpusValues.Text),
        Pools(p => p.Description!.Contains("x")),
        Pools(p => p.Name!.Contains("a") && p.Name.Contains("b")),
        Pools(p => p.Name!.Contains(CorpusValues.Text.ToUpperInvariant())),
        Pools(p => p.Name!.StartsWith("a")),
        Pools(p => "lab".Contains(p.Name!)),
        Pools(p => p.Name!.Contains("a", StringComparison.Ordinal)),
        Sort(s => s.Name),
        Sort(s => s.CreatedAt),
        Sort(s => (object?)s.Name),
        Sort(s => s.DisplayName),
        Sort(s => s.Name!.Length),
        Sort(s => CorpusValues.Text),
    ];

    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, Corpus.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task AnalyzerAndRuntimeTranslator_Agree(int index)
    {
        var @case = Corpus[index];

        var runtimeRejects = RuntimeRejects(@case);
        var analyzerRejects = await AnalyzerRejects(@case);

        analyzerRejects.Should().Be(runtimeRejects, $"{@case} is {(runtimeRejects ? "rejected" : "accepted")} at run time");
    }

    [Fact]
    public void Corpus_HasBothAcceptedAndRejectedExpressions()
    {
        var rejected = Corpus.Count(RuntimeRejects);

        rejected.Should().BeGreaterThan(10);
        (Corpus.Length - rejected).Should().BeGreaterThan(6);
    }

    private static bool RuntimeRejects(Case @case)
    {
        using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = "corpus", BaseUrl = new Uri("http://localhost:1/") });
        try
        {
            @case.Run(hub);
            return false;
        }
        catch (NotSupportedException)
        {
            return true;
        }
    }

    private static async Task<bool> AnalyzerRejects(Case @case)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using KipuHub;
            using KipuHub.Models;

            {{ValuesSource}}

            class C
            {
                void M(HubPlatformClient hub) => _ = hub.{{@case.Namespace}}.{{@case.Call}}({{@case.Lambda}});
            }
            """;
        var compilation = AnalyzerRunner.Compile(source);
        compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Should().BeEmpty(@case.ToString());
        var (diagnostics, crashes) = await AnalyzerRunner.RunAsync(compilation, new HubAnalyzer());
        crashes.Should().BeEmpty();
        return diagnostics.Any(d => d.Id == HubRules.UntranslatableQuery);
    }
}
