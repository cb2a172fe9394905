using System.Reflection;
using System.Text.RegularExpressions;
using KipuHub.Contract;
using KipuHub.Fluent.Tests.Http;
using KipuHub.Fluent.Tests.Queries;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Contract;

public sealed class CatalogTests
{
    private static readonly IReadOnlyList<MethodInfo> s_operations = FluentSurface.Operations;

    public static TheoryData<string> OperationNames => [.. s_operations.Select(m => $"{m.DeclaringType!.Name}.{m.Name}")];

    [Fact]
    public void Catalog_HasUniqueIdsAndRoutes()
    {
        HubCatalog.All.Should().NotBeEmpty();
        HubCatalog.All.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        HubCatalog.All.Select(e => $"{e.Method} {Regex.Replace(e.PathTemplate, "{[^}]+}", "{}")}").Should().OnlyHaveUniqueItems();
        HubCatalog.All.Should().OnlyContain(e => e.DefaultPageSize >= 1 && e.DefaultPageSize <= e.MaxPageSize);
        HubCatalog.Get("ServicesList").Should().BeSameAs(HubCatalog.ServicesList);
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingTheKnownOnes()
    {
        var act = () => HubCatalog.Get("Nope");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("ServicesList");
    }

    [Fact]
    public void EveryEndpoint_HasAFluentMethod_AndEveryFluentMethodNamesAnEndpoint()
    {
        var named = s_operations.Select(m => m.GetCustomAttribute<HubOperationAttribute>()!.EndpointId).ToHashSet();

        named.Should().BeSubsetOf(HubCatalog.All.Where(e => !e.IsAlias).Select(e => e.Id), "a [HubOperation] must name a catalog entry, and not an alias");
        HubCatalog.All.Where(e => !e.IsAlias).Select(e => e.Id).Should().BeSubsetOf(named, "every catalog endpoint needs a fluent method (aliases use their target's)");
    }

    [Fact]
    public void EveryAlias_StandsInForAnOperationOfItsOwn_WithTheSameRequestAndResult()
    {
        var aliases = HubCatalog.All.Where(e => e.IsAlias).ToList();

        aliases.Should().NotBeEmpty("the 2024 /jobs paths are aliases of /service-jobs");
        foreach (var alias in aliases)
        {
            var target = HubCatalog.Get(alias.AliasOf!);
            target.IsAlias.Should().BeFalse();
            (alias.Namespace, alias.Method, alias.RequestType, alias.ResultType).Should().Be((target.Namespace, target.Method, target.RequestType, target.ResultType), alias.Id);
            alias.PathParameters.Should().Equal(target.PathParameters, alias.Id);
            alias.PathTemplate.Should().NotBe(target.PathTemplate, alias.Id);
            (alias.Shape == target.Shape || (alias.Shape, target.Shape) == (HubResultShape.Array, HubResultShape.Page)).Should().BeTrue(alias.Id);
        }
        HubCatalog.Get(nameof(HubCatalog.ServiceJobsList2024)).AliasOf.Should().Be(nameof(HubCatalog.ServiceJobsList));
    }

    [Fact]
    public void EveryEndpoint_HasJsonMetadataForItsBodies()
    {
        foreach (var endpoint in HubCatalog.All)
        {
            var result = endpoint.Shape switch
            {
                HubResultShape.Page => typeof(PageEnvelope<>).MakeGenericType(endpoint.ResultType!),
                HubResultShape.Array => typeof(IReadOnlyList<>).MakeGenericType(endpoint.ResultType!),
                _ => endpoint.ResultType,
            };
            foreach (var type in new[] { result, endpoint.RequestType }.OfType<Type>())
            {
                Models.ClientWire.TryInfo(type).Should().NotBeNull($"{endpoint.Id} sends or reads {type.Name}");
            }
        }
    }

    /// <summary>Each [HubOperation] method really sends the endpoint it names: same method, same path template.</summary>
    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task FluentMethod_SendsTheEndpointItNames(string operation)
    {
        var method = s_operations.Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == operation);
        var endpoint = HubCatalog.Get(method.GetCustomAttribute<HubOperationAttribute>()!.EndpointId);
        var handler = TestClients.Answering(_ => throw new InvalidOperationException("recorded"));
        using var hub = TestClients.Create(handler);

        var request = await Invoke(Receiver(hub, method.DeclaringType!), method, handler);

        request.Method.Should().Be(endpoint.Method);
        var pattern = "^/qc-catalog" + Regex.Replace(endpoint.PathTemplate, "{[^}]+}", "[^/]+") + "$";
        request.RequestUri!.AbsolutePath.Should().MatchRegex(pattern);
    }

    private static object Receiver(HubPlatformClient hub, Type type) =>
        FluentSurface.Receivers(hub).TryGetValue(type, out var receiver)
            ? receiver
            : throw new InvalidOperationException($"{type.Name} has [HubOperation] methods but cannot be reached from HubPlatformClient.");

    private static async Task<HttpRequestMessage> Invoke(object receiver, MethodInfo method, StubHttpHandler handler)
    {
        var arguments = method.GetParameters().Select(Dummy).ToArray();
        var result = method.Invoke(receiver, arguments);
        if (result?.GetType().GetMethod("ToRequest", Type.EmptyTypes) is { } toRequest)
        {
            return (HttpRequestMessage)toRequest.Invoke(result, null)!;
        }
        try
        {
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case not null when FirstItem(result) is { } first:
                    await first;
                    break;
                default:
                    throw new InvalidOperationException($"{method.Name} returned {result?.GetType().Name}; teach this test how to run it.");
            }
        }
        catch (Exception) when (handler.Requests.Count > 0)
        {
            // The handler throws once it has recorded the request; the request is what matters here.
        }
        return handler.Requests[^1].Message;
    }

    /// <summary>Starts an <c>IAsyncEnumerable&lt;T&gt;</c> of any item type and asks for its first item.</summary>
    private static Task? FirstItem(object sequence)
    {
        var enumerable = sequence.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }
        var enumerator = enumerable.GetMethod(nameof(IAsyncEnumerable<object>.GetAsyncEnumerator))!.Invoke(sequence, [CancellationToken.None])!;
        var moveNext = (ValueTask<bool>)typeof(IAsyncEnumerator<>).MakeGenericType(enumerable.GetGenericArguments()).GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
        return moveNext.AsTask();
    }

    private static object? Dummy(ParameterInfo parameter, int index) => parameter.ParameterType switch
    {
        var t when t == typeof(string) && parameter.Name == "contentType" => null,
        var t when t == typeof(string) => $"a{index}",
        var t when t == typeof(Stream) => new MemoryStream([1, 2, 3]),
        var t when t == typeof(bool) => false,
        var t when t == typeof(CancellationToken) => CancellationToken.None,
        var t when t == typeof(PermissionRole) => PermissionRole.Maintainer,
        var t when t == typeof(QuantumProvider) => QuantumProvider.Ibm,
        var t when t == typeof(ServiceDefinitionCommand) => new ServiceDefinitionCommand { Type = ServiceCommandType.Unpublish },
        var t when t.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(t),
        var t when t == typeof(int) => 1,
        var t when Nullable.GetUnderlyingType(t) is not null => null,
        var t => throw new InvalidOperationException($"No dummy for {t.Name}."),
    };
}
