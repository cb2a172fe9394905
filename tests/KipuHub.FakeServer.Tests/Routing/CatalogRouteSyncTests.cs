using System.Globalization;
using System.Text.Json;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KipuHub.FakeServer.Tests.Routing;

public sealed class CatalogRouteSyncTests : FakeHubTest
{
    private static IEnumerable<string> CatalogRoutes => HubCatalog.All.Select(e => $"{e.Method.Method} {e.PathTemplate}");

    [Fact]
    public void Served_routes_under_qc_catalog_are_exactly_the_catalog_endpoints()
    {
        var served = Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(HubRouteMapper.BasePath + "/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {e.RoutePattern.RawText![HubRouteMapper.BasePath.Length..]}"))
            .ToList();

        served.Should().OnlyHaveUniqueItems();
        served.Except(CatalogRoutes).Should().BeEmpty("the fake must not serve a /qc-catalog route that HubCatalog lacks");
        CatalogRoutes.Except(served).Should().BeEmpty("every HubCatalog endpoint must be served");
    }

    [Fact]
    public void Every_served_route_carries_its_catalog_entry_and_name()
    {
        var endpoints = Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(HubRouteMapper.BasePath + "/", StringComparison.Ordinal))
            .ToList();

        endpoints.Should().HaveCount(HubCatalog.All.Count);
        foreach (var endpoint in endpoints)
        {
            var entry = endpoint.Metadata.GetMetadata<HubEndpoint>();
            entry.Should().NotBeNull("{0} needs its catalog entry for the shared pipeline", endpoint.RoutePattern.RawText);
            endpoint.RoutePattern.RawText.Should().Be(HubRouteMapper.BasePath + entry!.PathTemplate);
            endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName.Should().Be(entry.Id);
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_every_catalog_route_with_its_id()
    {
        using var response = await Http.GetAsync(new Uri(Hub.BaseUrl, "/openapi/v1.json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith(HubRouteMapper.BasePath + "/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (
                Route: $"{op.Name.ToUpperInvariant()} {path.Name[HubRouteMapper.BasePath.Length..]}",
                Id: op.Value.GetProperty("operationId").GetString(),
                Op: op.Value)))
            .ToList();

        operations.Select(o => o.Route).Should().BeEquivalentTo(CatalogRoutes);
        foreach (var endpoint in HubCatalog.All)
        {
            var operation = operations.Single(o => o.Route == $"{endpoint.Method.Method} {endpoint.PathTemplate}");
            operation.Id.Should().Be(endpoint.Id);
            operation.Op.GetProperty("summary").GetString().Should().Be(endpoint.Summary);
            operation.Op.GetProperty("tags")[0].GetString().Should().Be(endpoint.Namespace);
            operation.Op.TryGetProperty("requestBody", out _).Should().Be(endpoint.Body != HubBodyKind.None, "{0} has body {1}", endpoint.Id, endpoint.Body);
        }
    }

    [Fact]
    public async Task The_openapi_document_takes_parameters_statuses_and_roles_from_the_catalog()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri(Hub.BaseUrl, "/openapi/v1.json")));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var endpoint in HubCatalog.All)
        {
            var operation = paths.GetProperty(HubRouteMapper.BasePath + endpoint.PathTemplate).GetProperty(endpoint.Method.Method.ToLowerInvariant());
            var parameters = operation.GetProperty("parameters").EnumerateArray()
                .Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!, Required: p.TryGetProperty("required", out var r) && r.GetBoolean()))
                .ToList();
            parameters.Where(p => p.In == "path").Should().Equal(endpoint.PathParameters.Select(p => (p, "path", true)), "{0}'s path parameters", endpoint.Id);
            parameters.Where(p => p.In == "query").Select(p => p.Name).Should().BeEquivalentTo(endpoint.QueryParameters, "{0}'s query parameters", endpoint.Id);
            parameters.Where(p => p.In == "query").Should().NotContain(p => p.Required, "the catalog's query parameters are optional");

            var responses = operation.GetProperty("responses");
            int[] expected = [endpoint.Shape == HubResultShape.Empty ? 204 : 200, .. HubRouteMapper.ErrorStatuses(endpoint)];
            responses.EnumerateObject().Select(r => int.Parse(r.Name, CultureInfo.InvariantCulture)).Should().BeEquivalentTo(expected, endpoint.Id);
            if (endpoint.ConflictsWhen is { } conflict)
            {
                responses.GetProperty("409").GetProperty("description").GetString().Should().Contain(conflict);
            }
            if (endpoint.Scope == HubScope.Organization)
            {
                operation.GetProperty("description").GetString().Should().Contain($"Needs the role {endpoint.MinimumRole} or higher", endpoint.Id);
            }
        }
        HubCatalog.ServiceExecutionsResult.ConflictsWhen.Should().NotBeNull("a result is 409 until the execution has SUCCEEDED");
        HubRouteMapper.ErrorStatuses(HubCatalog.ServiceExecutionsResult).Should().Contain(409);
        HubRouteMapper.ErrorStatuses(HubCatalog.ServiceExecutionsGet).Should().NotContain(409, "a plain GET never conflicts");
        HubCatalog.GitIntegrationsDelete.MinimumRole.Should().Be(PermissionRole.Maintainer, "the OpenAPI role text follows the catalog's exceptions too");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_open_enum_as_a_string_naming_its_known_values()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(new Uri(Hub.BaseUrl, "/openapi/v1.json")));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var openEnums = typeof(HubCatalog).Assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(KipuHub.Models.IHubEnum<>)))
            .Where(t => schemas.TryGetProperty(t.Name, out _))
            .ToList();

        openEnums.Should().Contain(typeof(KipuHub.Models.ServiceLifecycle), "a generated client reads these from the document");
        foreach (var type in openEnums)
        {
            var schema = schemas.GetProperty(type.Name);
            schema.GetProperty("type").GetString().Should().Be("string", "{0} is a JSON string on the wire", type.Name);
            schema.TryGetProperty("enum", out _).Should().BeFalse("{0} is open: a closed enum would reject a value the API adds", type.Name);
            var known = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(p => p.PropertyType == type).Select(p => p.GetValue(null)!.ToString()!);
            schema.GetProperty("description").GetString().Should().ContainAll(known);
        }
    }

    [Fact]
    public void Resolve_accepts_the_real_route_tables()
    {
        HubRouteMapper.Resolve(HubCatalog.All, HubRouteMapper.Tables).Keys.Should().BeEquivalentTo(HubCatalog.All.Select(e => e.Id));
    }

    [Fact]
    public void Resolve_fails_fast_naming_a_catalog_endpoint_without_handler()
    {
        var tables = HubRouteMapper.Tables.Where(t => t.Namespace is not ("authentication" or "users")).ToList();

        var act = () => HubRouteMapper.Resolve(HubCatalog.All, tables);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("*HubCatalog.AuthenticationAuthorize (POST /authorize) has no handler*")
            .WithMessage("*HubCatalog.UserAccountsList*");
    }

    [Fact]
    public void Resolve_fails_fast_on_a_handler_for_an_unknown_id_or_in_the_wrong_namespace()
    {
        var tables = HubRouteMapper.Tables.Append(new HubRouteTable("identity")
        {
            ["IdentityLogout"] = (Func<HubRequest, string>)(_ => "bye"),
        }).ToList();
        var misplaced = HubRouteMapper.Tables.Where(t => t.Namespace != "marketplace").Append(new HubRouteTable("identity")
        {
            [nameof(HubCatalog.MarketplaceList)] = HubRouteMapper.Tables.Single(t => t.Namespace == "marketplace")[nameof(HubCatalog.MarketplaceList)],
            [nameof(HubCatalog.MarketplaceGet)] = HubRouteMapper.Tables.Single(t => t.Namespace == "marketplace")[nameof(HubCatalog.MarketplaceGet)],
        }).ToList();

        FluentActions.Invoking(() => HubRouteMapper.Resolve(HubCatalog.All, tables))
            .Should().Throw<InvalidOperationException>().WithMessage("*'IdentityLogout', which HubCatalog does not declare*");
        FluentActions.Invoking(() => HubRouteMapper.Resolve(HubCatalog.All, misplaced))
            .Should().Throw<InvalidOperationException>().WithMessage("*'MarketplaceList' belongs to namespace 'marketplace' but is registered in the 'identity' route table*");
    }

    [Fact]
    public void Resolve_fails_fast_when_a_handler_does_not_fit_its_endpoint()
    {
        var wrong = new HubRouteTable("marketplace")
        {
            [nameof(HubCatalog.MarketplaceList)] = HubRouteMapper.Tables.Single(t => t.Namespace == "marketplace")[nameof(HubCatalog.MarketplaceList)],
            // The path parameter is {id}; a handler naming it listingId would silently read the query string.
            [nameof(HubCatalog.MarketplaceGet)] = (Func<HubRequest, string, string>)((_, listingId) => listingId),
        };
        var tables = HubRouteMapper.Tables.Where(t => t.Namespace != "marketplace").Append(wrong).ToList();

        FluentActions.Invoking(() => HubRouteMapper.Resolve(HubCatalog.All, tables))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("*MarketplaceGet*must take 'string id'*")
            .WithMessage("*'string listingId', which is neither a path nor a query parameter*");
    }

    [Fact]
    public void A_route_table_refuses_the_same_id_twice()
    {
        var act = () => new HubRouteTable("identity")
        {
            [nameof(HubCatalog.UserAccountsList)] = (Func<string>)(() => "a"),
            [nameof(HubCatalog.UserAccountsList)] = (Func<string>)(() => "b"),
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("*registers 'UserAccountsList' twice*");
    }
}
