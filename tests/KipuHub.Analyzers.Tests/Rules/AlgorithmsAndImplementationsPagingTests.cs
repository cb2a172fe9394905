using PageRange = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.PageOutOfRangeRule>;
using Unpaginated = KipuHub.Analyzers.Tests.Verifiers.CSharpVerifier<KipuHub.Analyzers.Rules.UnpaginatedListRule>;

namespace KipuHub.Analyzers.Tests.Rules;

/// <summary>
/// The algorithms and implementations lists are paged in the contract, so KH0002 (a list read without a page) and KH0004
/// (a page out of range) apply to them with no change to the analyzers: one test per paged endpoint family and rule.
/// </summary>
public sealed class AlgorithmsAndImplementationsPagingTests
{
    [Fact]
    public Task Algorithms_ListWithoutPage_IsKH0002_AndPagedOrAll_IsNot() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string org, string id)
            {
                await hub.Algorithms.InOrg(org).Where(a => a.Name!.Contains("qaoa")).{|KH0002:ListAsync()|};
                await hub.Algorithms.{|KH0002:ListAsync()|};
                await hub.Algorithms.Sketches(id).{|KH0002:ListAsync()|};
                await hub.Algorithms.Relations(id).{|KH0002:ListAsync()|};
                await hub.Algorithms.Members(id).{|KH0002:ListAsync()|};
                await hub.Algorithms.Page(0, 50).OrderBy(a => a.Name).ListAsync();
                await hub.Algorithms.Members(id).Page(0, 20).ListAsync();
                await foreach (var algorithm in hub.Algorithms.AllAsync())
                {
                    _ = algorithm.Name;
                }
            }
        }
        """);

    [Fact]
    public Task Implementations_ListWithoutPage_IsKH0002_AndPagedOrAll_IsNot() => Unpaginated.VerifyAsync("""
        class C
        {
            async Task M(HubPlatformClient hub, string algorithmId, string implementationId)
            {
                await hub.Implementations.Where(i => i.Name!.Contains("qiskit")).{|KH0002:ListAsync()|};
                await hub.Implementations.Of(algorithmId).{|KH0002:ListAsync()|};
                await hub.Implementations.Of(algorithmId).Files(implementationId).{|KH0002:ListAsync()|};
                await hub.Implementations.Page(1, 100).ListAsync();
                await hub.Implementations.Of(algorithmId).Files(implementationId).Page(0, 10).ListAsync();
                await foreach (var implementation in hub.Implementations.Of(algorithmId).AllAsync())
                {
                    _ = implementation.Name;
                }
            }
        }
        """);

    [Fact]
    public Task Algorithms_PageOutOfRange_IsKH0004() => PageRange.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub, string id)
            {
                _ = hub.Algorithms.{|KH0004:Page(-1, 20)|};
                _ = hub.Algorithms.InOrg("o").{|KH0004:Page(0, 2001)|};
                _ = hub.Algorithms.Sketches(id).{|KH0004:Page(0, 0)|};
                _ = hub.Algorithms.Relations(id).Page(0, 2000);
            }
        }
        """);

    [Fact]
    public Task Implementations_PageOutOfRange_IsKH0004() => PageRange.VerifyAsync("""
        class C
        {
            void M(HubPlatformClient hub, string algorithmId)
            {
                _ = hub.Implementations.{|KH0004:Page(0, 5000)|};
                _ = hub.Implementations.Of(algorithmId).{|KH0004:Page(-2, 10)|};
                _ = hub.Implementations.Of(algorithmId).Files("i-1").{|KH0004:Page(0, 0)|};
                _ = hub.Implementations.Of(algorithmId).Page(0, 1);
            }
        }
        """);
}
