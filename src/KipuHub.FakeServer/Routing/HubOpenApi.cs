using KipuHub.Contract;
using KipuHub.FakeServer.Pipeline;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KipuHub.FakeServer.Routing;

/// <summary>
/// Completes the OpenAPI document from the catalog: request bodies, headers and the paging, sort and filter query
/// parameters that the shared pipeline (not the handlers' signatures) reads.
/// </summary>
/// <remarks>
/// Request bodies are described here instead of with Accepts(): Accepts metadata makes routing answer a wrong
/// Content-Type with a bare 415 before the pipeline can check the token and explain the error.
/// </remarks>
internal static class HubOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Kipu Quantum Hub qc-catalog (KipuHub.FakeServer)";
            document.Info.Description = "The routes of HubCatalog as served by the in-memory fake.";
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            DescribeOpenEnum(schema, context.JsonTypeInfo.Type);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<HubEndpoint>().FirstOrDefault() is not { } endpoint)
            {
                return;
            }
            operation.OperationId = endpoint.Id;
            if (endpoint.IsAlias)
            {
                // The 2024 path, kept for older clients; new callers use the target's path.
                operation.Deprecated = true;
                operation.Description = $"The 2024 path of {endpoint.AliasOf} ({HubCatalog.Get(endpoint.AliasOf!)}); use that one.";
            }
            if (endpoint.ChecksRole)
            {
                var where = endpoint.OrganizationParameter is { } inPath ? $"the organization {{{inPath}}} (a non-member gets 404)" : "the acting account";
                var role = $"Needs the role {endpoint.MinimumRole} or higher in {where}; a lower role is refused with 403.";
                operation.Description = operation.Description is null ? role : $"{operation.Description} {role}";
            }
            if (endpoint.ConflictsWhen is { } conflict && operation.Responses?.GetValueOrDefault("409") is OpenApiResponse response)
            {
                response.Description = $"Conflict: {conflict}.";
            }
            // From the catalog, not the handler's signature: handlers are bound by HandlerInvoker, which ApiExplorer
            // does not see into, and the catalog is what the client is built from.
            operation.Parameters ??= [];
            foreach (var name in endpoint.PathParameters)
            {
                operation.Parameters.Add(Parameter(name, ParameterLocation.Path, JsonSchemaType.String, required: true, description: null));
            }
            // Paging, sort and filter parameters are described below, with what they accept.
            string[] described = ["page", "size", "sort", .. endpoint.Filters.Select(f => f.QueryName)];
            foreach (var name in endpoint.QueryParameters.Except(described))
            {
                operation.Parameters.Add(Parameter(name, ParameterLocation.Query, JsonSchemaType.String, required: false,
                    endpoint.SecretQueryParameters.Contains(name) ? "A secret: write-only, never recorded by the journal or the log." : null));
            }
            operation.Parameters.Add(Parameter(HubPipeline.TokenHeader, ParameterLocation.Header, JsonSchemaType.String, required: true,
                "A personal access token (the fake seeds demo-token, alice-token and bob-token)."));
            if (endpoint.Scope == HubScope.Organization)
            {
                operation.Parameters.Add(Parameter(HubPipeline.OrganizationHeader, ParameterLocation.Header, JsonSchemaType.String, required: false,
                    "The organization to act in; omit it for the personal account."));
            }
            if (endpoint.Shape == HubResultShape.Page)
            {
                operation.Parameters.Add(Parameter("page", ParameterLocation.Query, JsonSchemaType.Integer, required: false, "Zero-based page index; default 0."));
                operation.Parameters.Add(Parameter("size", ParameterLocation.Query, JsonSchemaType.Integer, required: false,
                    $"Page size; default {endpoint.DefaultPageSize}, larger than {endpoint.MaxPageSize} is clamped."));
            }
            if (endpoint.Sorts.Count > 0)
            {
                // Repeated sort= keys: an array of strings, sent exploded in the form style (OpenAPI's default for a query).
                var sort = Parameter("sort", ParameterLocation.Query, JsonSchemaType.Array, required: false,
                    $"property,asc|desc; repeatable. Properties: {string.Join(", ", endpoint.Sorts.Select(s => s.QueryName))}.");
                ((OpenApiSchema)sort.Schema!).Items = new OpenApiSchema { Type = JsonSchemaType.String };
                operation.Parameters.Add(sort);
            }
            foreach (var filter in endpoint.Filters)
            {
                operation.Parameters.Add(Parameter(filter.QueryName, ParameterLocation.Query, FilterType(endpoint, filter), required: false,
                    filter.Kind == HubFilterKind.Contains ? $"Case-insensitive substring of {filter.Member}." : $"Exact wire value of {filter.Member}."));
            }
            if (endpoint.Body == HubBodyKind.Json)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(endpoint.RequestType!, null, cancellationToken) },
                    },
                };
            }
            else if (endpoint.Body == HubBodyKind.Text)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                };
            }
            else if (endpoint.Body == HubBodyKind.Multipart)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = endpoint.Parts.Where(p => p.Required).Select(p => p.Name).ToHashSet(),
                                Properties = endpoint.Parts.ToDictionary(p => p.Name, IOpenApiSchema (_) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" }),
                            },
                        },
                    },
                };
            }
        });
    }

    /// <summary>
    /// An open enum (<see cref="KipuHub.Models.IHubEnum{TSelf}"/>) is a JSON string on the wire, but a struct to the schema
    /// generator, which would describe it as an empty object. It is a string with its known values named; not an
    /// <c>enum</c>, because the API may send a value this version does not know and a generated client must accept it.
    /// </summary>
    private static void DescribeOpenEnum(OpenApiSchema schema, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(KipuHub.Models.IHubEnum<>)))
        {
            return;
        }
        var known = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == type)
            .Select(p => (string?)type.GetProperty("Value")!.GetValue(p.GetValue(null)))
            .OfType<string>()
            .ToList();
        schema.Type = JsonSchemaType.String;
        schema.Properties = null;
        schema.Description = $"An open set of values; known: {string.Join(", ", known)}. Others may appear.";
        // The known values, machine-readable, in the x-extensible-enum convention for open enums (Zalando's API
        // guidelines): not enum, which would close the set.
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-extensible-enum"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray([.. known.Select(v => (System.Text.Json.Nodes.JsonNode?)v)]));
    }

    /// <summary>
    /// A filter's query type is its member's wire type: a boolean (<c>read=true</c>) or an integer stays one; a string,
    /// an id or an open enum is a string.
    /// </summary>
    private static JsonSchemaType FilterType(HubEndpoint endpoint, HubFilter filter)
    {
        var member = endpoint.ResultType?.GetProperty(filter.Member)?.PropertyType;
        member = member is null ? null : Nullable.GetUnderlyingType(member) ?? member;
        return member == typeof(bool) ? JsonSchemaType.Boolean
            : member == typeof(int) || member == typeof(long) ? JsonSchemaType.Integer
            : JsonSchemaType.String;
    }

    private static OpenApiParameter Parameter(string name, ParameterLocation location, JsonSchemaType type, bool required, string? description) => new()
    {
        Name = name,
        In = location,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = type },
    };
}
