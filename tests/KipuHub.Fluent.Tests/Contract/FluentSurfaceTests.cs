using System.Reflection;
using KipuHub.Contract;
using KipuHub.Queries;

namespace KipuHub.Fluent.Tests.Contract;

/// <summary>The shape every namespace follows: one client property per catalog namespace, and Xxx / XxxAsync pairs.</summary>
public sealed class FluentSurfaceTests
{
    /// <summary>The 24 namespaces of HubPlatformClient (docs/contract.md#namespaces), in snake_case.</summary>
    private static readonly string[] s_seedNamespaces =
    [
        "algorithms", "applications", "authentication", "billing", "data_pools", "data_pool_grants", "data_pool_shares",
        "eligibility", "external_services", "git_integrations", "implementations", "managed_services", "marketplace",
        "organizations", "quantum_workloads", "service_executions", "service_jobs", "service_shares", "services",
        "subscriptions", "use_cases", "user_notifications", "users", "workflow_services",
    ];

    public static TheoryData<string> CommandBuilders => new(FluentSurface.Operations
        .Where(m => IsCommand(m.ReturnType))
        .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));

    public static TheoryData<string> SendingMethods => new(FluentSurface.Operations
        .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.Name is not ("ListAsync" or "AllAsync" or "AsPagesAsync"))
        .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));

    [Fact]
    public void Client_HasOnePropertyPerCatalogNamespace_NamedInPascalCase()
    {
        var properties = FluentSurface.NamespaceProperties.Select(p => p.Name).ToList();
        var catalog = HubCatalog.All.Select(e => e.Namespace).Distinct().ToList();

        catalog.Should().BeEquivalentTo(s_seedNamespaces,
            "the catalog covers exactly the 24 namespaces of the official HubPlatformClient, each with at least one endpoint");
        properties.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(catalog.Select(PascalCase),
            "HubPlatformClient exposes exactly the catalog's namespaces, each once, named as in the official client");
    }

    [Fact]
    public void Client_EveryNamespaceProperty_ReachesTheOperationsOfItsNamespace()
    {
        using var hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = "kqh_test_0123456789", BaseUrl = new Uri("http://127.0.0.1:1/qc-catalog") });
        var receivers = FluentSurface.Receivers(hub);

        foreach (var property in FluentSurface.NamespaceProperties)
        {
            var type = property.PropertyType;
            var namespaces = Endpoints(type).Select(e => e.Namespace).Distinct().ToList();
            namespaces.Should().Equal([SnakeCase(property.Name)], "hub.{0} ({1}) sends only endpoints of its namespace", property.Name, type.Name);
        }
        receivers.Keys.Should().BeEquivalentTo(FluentSurface.Operations.Select(m => m.DeclaringType!).Distinct(),
            "every fluent class is reachable from a namespace property");
    }

    [Fact]
    public void NoFluentMethod_SendsAnAlias_EveryAliasTargetHasOne()
    {
        var sent = FluentSurface.Operations.Select(EndpointOf).ToHashSet(StringComparer.Ordinal);

        foreach (var alias in HubCatalog.All.Where(e => e.IsAlias))
        {
            sent.Should().NotContain(alias.Id, "{0} ({1}) is the older path of {2}: the client calls the current one", alias.Id, alias, alias.AliasOf);
            sent.Should().Contain(alias.AliasOf!, "the operation {0} stands in for must have a fluent method", alias.Id);
        }
    }

    /// <summary>Xxx(...) builds a command; XxxAsync(..., cancellationToken) sends the same endpoint.</summary>
    [Theory]
    [MemberData(nameof(CommandBuilders))]
    public void CommandBuilder_HasAnAsyncTwin_WithTheSameParametersAndEndpoint(string builder)
    {
        var method = Find(builder);
        var twin = method.DeclaringType!.GetMethods().SingleOrDefault(m => m.Name == method.Name + "Async" && SameParameters(method, m, withToken: true));

        twin.Should().NotBeNull($"{builder} builds a command, so {method.Name}Async(same parameters, CancellationToken) must send it");
        EndpointOf(twin!).Should().Be(EndpointOf(method));
        twin!.ReturnType.Should().Be(method.ReturnType.IsGenericType
            ? typeof(Task<>).MakeGenericType(method.ReturnType.GetGenericArguments()[0])
            : typeof(Task));
    }

    /// <summary>XxxAsync sends; Xxx builds the same request without sending it (for ToRequest, WithRetries, reuse).</summary>
    [Theory]
    [MemberData(nameof(SendingMethods))]
    public void SendingMethod_HasABuilderTwin_ThatReturnsACommand(string sender)
    {
        var method = Find(sender);
        var name = method.Name[..^"Async".Length];
        var twin = method.DeclaringType!.GetMethods().SingleOrDefault(m => m.Name == name && SameParameters(m, method, withToken: true));

        twin.Should().NotBeNull($"{sender} sends, so {name}(same parameters) must build the command");
        IsCommand(twin!.ReturnType).Should().BeTrue($"{name} returns a HubCommand");
        EndpointOf(twin).Should().Be(EndpointOf(method));
    }

    private static IEnumerable<HubEndpoint> Endpoints(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsDefined(typeof(HubOperationAttribute)))
            .Select(m => HubCatalog.Get(EndpointOf(m)));

    private static MethodInfo Find(string name) => FluentSurface.Operations.Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == name);

    private static string EndpointOf(MethodInfo method) => method.GetCustomAttribute<HubOperationAttribute>()!.EndpointId;

    private static bool IsCommand(Type type) => type == typeof(HubCommand) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HubCommand<>));

    private static bool SameParameters(MethodInfo builder, MethodInfo sender, bool withToken)
    {
        var expected = builder.GetParameters().Select(p => p.ParameterType).ToList();
        if (withToken)
        {
            expected.Add(typeof(CancellationToken));
        }
        return sender.GetParameters().Select(p => p.ParameterType).SequenceEqual(expected);
    }

    private static string PascalCase(string snake) => string.Concat(snake.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
