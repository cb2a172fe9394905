using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Tests.Architecture;

/// <summary>
/// Domain and HTTP apart: the store and every namespace's domain code return values and typed failures, and only the
/// pipeline and the route handlers know HTTP. The domain types are those of the Store namespace and every type of a
/// namespace module except its routes (<c>*Api</c>) and its registration (<c>*Module</c>).
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] s_http = ["Microsoft.AspNetCore", "KipuHub.FakeServer.Pipeline", "KipuHub.FakeServer.Routing", "KipuHub.FakeServer.Modules"];

    public static TheoryData<string> DomainTypes => new(typeof(FakeHubStore).Assembly.GetTypes()
        .Where(t => !t.IsNested && t.Namespace is { } ns
            && (ns.StartsWith("KipuHub.FakeServer.Store", StringComparison.Ordinal)
                || (ns.StartsWith("KipuHub.FakeServer.Namespaces.", StringComparison.Ordinal) && !t.Name.EndsWith("Api", StringComparison.Ordinal) && !t.Name.EndsWith("Module", StringComparison.Ordinal))))
        .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(DomainTypes))]
    public void DomainType_UsesNoHttpType(string typeName)
    {
        var type = typeof(FakeHubStore).Assembly.GetType(typeName)!;

        var http = TypeReferences.Of(type).Where(IsHttp).Select(t => t.FullName ?? t.Name).Distinct().Order().ToList();

        http.Should().BeEmpty($"{type.Name} is domain code: it returns Result<T> or a Failure, and the pipeline turns those into HTTP");
    }

    [Fact]
    public void TheCheck_FindsHttpTypesWhereTheyAreUsed()
    {
        // The pipeline's error writes to an HttpContext inside a method body: the scan must see it, or the test above proves nothing.
        TypeReferences.Of(typeof(HubError)).Should().Contain(t => t.FullName == "Microsoft.AspNetCore.Http.HttpContext");
        TypeReferences.Of(typeof(ResultExtensions)).Should().Contain(t => t.Namespace == "Microsoft.AspNetCore.Http.HttpResults");
    }

    private static bool IsHttp(Type type) => type.Namespace is { } ns && s_http.Any(h => ns.StartsWith(h, StringComparison.Ordinal));
}
