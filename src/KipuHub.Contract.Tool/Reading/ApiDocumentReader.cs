using KipuHub.Contract.Tool.Model;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Reading;

/// <summary>The operations of a document below the API's base path.</summary>
internal sealed record ApiSurface(IReadOnlyList<ApiOperation> Operations, string BasePath, IReadOnlyList<string> OtherPaths);

/// <summary>Turns an OpenAPI document into <see cref="ApiOperation"/>s.</summary>
internal static class ApiDocumentReader
{
    /// <summary>
    /// The base path of the API (<c>/qc-catalog</c>, from <see cref="HubPlatformEnvironment.Default"/>). A document whose
    /// server URL ends in it has paths relative to it (the live document); a document whose paths start with it (one
    /// served at the host's root) is read below it, and its other paths are not the API's and are only counted.
    /// </summary>
    public static string BasePath { get; } = HubPlatformEnvironment.Default.BaseUrl.AbsolutePath.TrimEnd('/');

    public static ApiSurface Read(OpenApiDocument document)
    {
        var paths = document.Paths ?? [];
        var prefixed = paths.Keys.Any(p => p.StartsWith(BasePath + "/", StringComparison.Ordinal));
        var operations = new List<ApiOperation>();
        var others = new List<string>();
        foreach (var (rawPath, item) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string path;
            if (!prefixed)
            {
                path = rawPath;
            }
            else if (rawPath.StartsWith(BasePath + "/", StringComparison.Ordinal))
            {
                path = rawPath[BasePath.Length..];
            }
            else
            {
                others.Add(rawPath);
                continue;
            }
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operations.Add(Read(method.Method.ToUpperInvariant(), path, item, operation));
            }
        }
        return new ApiSurface(operations, prefixed ? BasePath : "", others);
    }

    private static ApiOperation Read(string method, string path, IOpenApiPathItem item, OpenApiOperation operation)
    {
        // Parameters of the path item apply to every operation; the operation's own override them.
        var parameters = (item.Parameters ?? []).Concat(operation.Parameters ?? [])
            .Where(p => p.Name is not null)
            .GroupBy(p => (p.Name, p.In)).Select(g => g.Last()).ToList();
        return new ApiOperation
        {
            Method = method,
            Path = path,
            OperationId = operation.OperationId,
            Tags = [.. (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>()],
            PathParameters = [.. parameters.Where(p => p.In == ParameterLocation.Path).Select(Parameter)],
            QueryParameters = [.. parameters.Where(p => p.In == ParameterLocation.Query).Select(Parameter)],
            Body = operation.RequestBody?.Content is { Count: > 0 } content
                ? new ApiBody([.. content.Keys], PreferJson(content)?.Schema)
                : null,
            Result = ResultOf(operation),
        };
    }

    private static ContractParameter Parameter(IOpenApiParameter parameter)
    {
        var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
        return new ContractParameter(parameter.Name!, ApiSchemas.TypeOf(schema), parameter.Required);
    }

    private static OpenApiMediaType? PreferJson(IDictionary<string, OpenApiMediaType> content) =>
        content.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value
        ?? content.Values.FirstOrDefault();

    private static ApiResult ResultOf(OpenApiOperation operation)
    {
        var responses = operation.Responses ?? [];
        var success = responses.Where(r => r.Key.Length == 3 && r.Key[0] == '2').OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (success.Count == 0)
        {
            return new ApiResult(null, null, null);
        }
        // The first success answer with a body, else the first one (204 No Content).
        var (_, response) = success.FirstOrDefault(r => r.Value.Content is { Count: > 0 }) is { Value: not null } withBody ? withBody : success[0];
        if (response.Content is not { Count: > 0 } content)
        {
            return new ApiResult(HubResultShape.Empty, null, null);
        }
        var (contentType, media) = content.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)) is { Value: not null } json
            ? json
            : content.First();
        var schema = media.Schema;
        var type = ApiSchemas.TypeOf(schema);
        if (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return new ApiResult(HubResultShape.Text, contentType, schema);
        }
        if (contentType.Contains("octet-stream", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase)
            || ApiSchemas.Unwrap(schema)?.Format == "binary")
        {
            return new ApiResult(HubResultShape.Binary, contentType, schema);
        }
        if (ApiSchemas.IsPage(schema, out var items))
        {
            return new ApiResult(HubResultShape.Page, contentType, items);
        }
        return type.Kind switch
        {
            "array" => new ApiResult(HubResultShape.Array, contentType, ApiSchemas.Unwrap(schema)!.Items),
            "string" => new ApiResult(HubResultShape.Text, contentType, schema),
            _ => new ApiResult(HubResultShape.Single, contentType, schema),
        };
    }
}
