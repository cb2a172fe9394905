using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Wire;

namespace KipuHub.FakeServer.Routing;

/// <summary>
/// Maps every <see cref="HubCatalog"/> endpoint, with the catalog's method and path, to the handler registered for
/// its id. The fake never spells a path itself, so it cannot drift from the contract the client is built from.
/// </summary>
internal static class HubRouteMapper
{
    /// <summary>The path base of the API, as in the real base URL.</summary>
    public const string BasePath = "/qc-catalog";

    /// <summary>The route tables of every module, one per catalog namespace.</summary>
    public static IReadOnlyList<HubRouteTable> Tables => HubModules.RouteTables;

    public static RouteGroupBuilder MapHubCatalog(this IEndpointRouteBuilder routes)
    {
        var handlers = Resolve(HubCatalog.All, Tables);
        // Sort and filter readers are built here, once, so no request reflects over a member.
        ListRules.Prepare(HubCatalog.All);
        var pipeline = routes.ServiceProvider.GetRequiredService<HubPipeline>();
        var group = routes.MapGroup(BasePath);
        foreach (var endpoint in HubCatalog.All)
        {
            Map(group, endpoint, handlers[endpoint.Id], pipeline);
        }
        return group;
    }

    /// <summary>
    /// Pairs every catalog endpoint with its handler, or fails with every mismatch at once: a catalog endpoint
    /// without a handler, a handler for an unknown id or in the wrong namespace's table, a handler whose parameters
    /// do not fit the endpoint. (That the fake can write every wire type is checked by its tests, not at each start:
    /// building JSON metadata for every type up front would slow the first start.)
    /// </summary>
    public static Dictionary<string, Delegate> Resolve(IReadOnlyList<HubEndpoint> catalog, IReadOnlyList<HubRouteTable> tables)
    {
        var byId = catalog.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var handlers = new Dictionary<string, Delegate>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var table in tables)
        {
            foreach (var (id, handler) in table.Handlers)
            {
                if (!byId.TryGetValue(id, out var endpoint))
                {
                    problems.Add($"The '{table.Namespace}' route table has a handler for '{id}', which HubCatalog does not declare.");
                }
                else if (endpoint.Namespace != table.Namespace)
                {
                    problems.Add($"'{id}' belongs to namespace '{endpoint.Namespace}' but is registered in the '{table.Namespace}' route table.");
                }
                else if (!handlers.TryAdd(id, handler))
                {
                    problems.Add($"'{id}' has handlers in more than one route table.");
                }
                else
                {
                    problems.AddRange(HandlerProblems(endpoint, handler));
                }
            }
        }
        // An alias (the 2024 path of an operation) is served by its target's handler: the same domain code, and the
        // answer in the alias's own shape (HubListResult writes a plain array where the alias says so).
        foreach (var alias in catalog.Where(e => e.IsAlias))
        {
            if (handlers.ContainsKey(alias.Id))
            {
                problems.Add($"HubCatalog.{alias.Id} is an alias of {alias.AliasOf} and is served by its handler; remove the handler registered for it.");
            }
            else if (handlers.TryGetValue(alias.AliasOf!, out var target))
            {
                handlers[alias.Id] = target;
                problems.AddRange(HandlerProblems(alias, target));
            }
        }
        foreach (var endpoint in catalog.Where(e => !handlers.ContainsKey(e.Id)))
        {
            problems.Add($"HubCatalog.{endpoint.Id} ({endpoint}) has no handler. Add one to the '{endpoint.Namespace}' route table.");
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The fake server's routes do not match HubCatalog:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
        return handlers;
    }

    private static void Map(RouteGroupBuilder group, HubEndpoint endpoint, Delegate handler, HubPipeline pipeline)
    {
        var invoke = HandlerInvoker.Create(endpoint, handler);
        RequestDelegate serve = context => pipeline.RunAsync(context, endpoint, invoke);
        // The handler's MethodInfo is what ApiExplorer describes the operation from, as it would for a minimal API.
        var route = group.MapMethods(endpoint.PathTemplate, [endpoint.Method.Method], serve)
            .WithName(endpoint.Id)
            .WithSummary(endpoint.Summary)
            .WithTags(endpoint.Namespace)
            .WithMetadata(endpoint, handler.Method);
        route.WithMetadata(endpoint.Shape switch
        {
            HubResultShape.Page => Produces(StatusCodes.Status200OK, typeof(PageEnvelope<>).MakeGenericType(endpoint.ResultType!), "application/json"),
            HubResultShape.Array => Produces(StatusCodes.Status200OK, typeof(IReadOnlyList<>).MakeGenericType(endpoint.ResultType!), "application/json"),
            HubResultShape.Single => Produces(StatusCodes.Status200OK, endpoint.ResultType, "application/json"),
            HubResultShape.Text => Produces(StatusCodes.Status200OK, typeof(string), "text/plain"),
            HubResultShape.Binary => Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream"),
            _ => Produces(StatusCodes.Status204NoContent, typeof(void), null),
        });
        foreach (var status in ErrorStatuses(endpoint))
        {
            route.WithMetadata(Produces(status, typeof(ErrorBody), "application/json"));
        }
    }

    private static ProducesResponseTypeMetadata Produces(int status, Type? type, string? contentType) =>
        new(status, type, contentType is null ? null : [contentType]);

    /// <summary>
    /// The error statuses the OpenAPI document lists for an endpoint. The route fuzzer holds every answer of the fake
    /// to this list, so the document cannot promise less than the fake does.
    /// </summary>
    internal static IEnumerable<int> ErrorStatuses(HubEndpoint endpoint)
    {
        yield return StatusCodes.Status400BadRequest;
        yield return StatusCodes.Status401Unauthorized;
        if (endpoint.ChecksRole)
        {
            yield return StatusCodes.Status403Forbidden;
        }
        // A path names a resource, and so may a JSON body (the service a job runs, the product metering counts).
        if (endpoint.PathParameters.Count > 0 || endpoint.Body == HubBodyKind.Json)
        {
            yield return StatusCodes.Status404NotFound;
        }
        if (endpoint.Method != HttpMethod.Get || endpoint.ConflictsWhen is not null)
        {
            yield return StatusCodes.Status409Conflict;
        }
        if (endpoint.Body != HubBodyKind.None)
        {
            // Every body has a limit: the upload limit for files and text, 1 MiB for JSON.
            yield return StatusCodes.Status413PayloadTooLarge;
            yield return StatusCodes.Status415UnsupportedMediaType;
            yield return StatusCodes.Status422UnprocessableEntity;
        }
    }

    private static IEnumerable<string> HandlerProblems(HubEndpoint endpoint, Delegate handler)
    {
        var parameters = handler.Method.GetParameters();
        var name = $"The handler of {endpoint.Id} ({endpoint})";
        if (!parameters.Any(p => p.ParameterType == typeof(HubRequest)))
        {
            yield return $"{name} must take a {nameof(HubRequest)}.";
        }
        foreach (var missing in endpoint.PathParameters.Where(p => !parameters.Any(h => h.Name == p && h.ParameterType == typeof(string))))
        {
            yield return $"{name} must take 'string {missing}' for the path parameter {{{missing}}}.";
        }
        var jsonBody = parameters.Select(p => p.ParameterType).FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JsonBody<>));
        if (endpoint.Body == HubBodyKind.Json && jsonBody?.GetGenericArguments()[0] != endpoint.RequestType)
        {
            yield return $"{name} must take JsonBody<{endpoint.RequestType?.Name}>.";
        }
        if (endpoint.Body != HubBodyKind.Json && jsonBody is not null)
        {
            yield return $"{name} takes a JSON body, but the catalog declares {endpoint.Body}.";
        }
        if ((endpoint.Body == HubBodyKind.Multipart) != parameters.Any(p => p.ParameterType == typeof(Upload)))
        {
            yield return $"{name} must take an {nameof(Upload)} exactly when the catalog declares a multipart body.";
        }
        if ((endpoint.Body == HubBodyKind.Text) != parameters.Any(p => p.ParameterType == typeof(TextBody)))
        {
            yield return $"{name} must take a {nameof(TextBody)} exactly when the catalog declares a text body.";
        }
        foreach (var parameter in parameters)
        {
            var type = parameter.ParameterType;
            if (type == typeof(string) && !endpoint.PathParameters.Contains(parameter.Name) && !endpoint.QueryParameters.Contains(parameter.Name))
            {
                yield return $"{name} takes 'string {parameter.Name}', which is neither a path nor a query parameter of the endpoint.";
            }
            else if (type != typeof(string) && type != typeof(HubRequest) && type != typeof(Upload) && type != typeof(TextBody) && type != jsonBody)
            {
                yield return $"{name} takes '{type.Name} {parameter.Name}'; handlers take only HubRequest, path/query strings, JsonBody<T> and Upload.";
            }
        }
    }
}
