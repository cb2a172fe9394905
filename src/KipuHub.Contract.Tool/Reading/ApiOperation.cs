using KipuHub.Contract.Tool.Model;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Reading;

/// <summary>The result of an operation as the document describes it: shape, and the schema of the item or object.</summary>
internal sealed record ApiResult(HubResultShape? Shape, string? ContentType, IOpenApiSchema? Schema);

/// <summary>The request body of an operation: its content types, the schema of the first, and whether it is required.</summary>
internal sealed record ApiBody(IReadOnlyList<string> ContentTypes, IOpenApiSchema? Schema);

/// <summary>One operation of the OpenAPI document, with its path relative to the API's base.</summary>
internal sealed class ApiOperation
{
    public required string Method { get; init; }

    /// <summary>The path template relative to the base path (<c>/services/{id}</c>).</summary>
    public required string Path { get; init; }

    public string? OperationId { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<ContractParameter> PathParameters { get; init; } = [];

    public IReadOnlyList<ContractParameter> QueryParameters { get; init; } = [];

    public ApiBody? Body { get; init; }

    public required ApiResult Result { get; init; }

    /// <summary>The path with every parameter written <c>{}</c>, for matching.</summary>
    public string Shape => PathTemplates.Normalize(Path);

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Path templates compared without their parameter names.</summary>
internal static class PathTemplates
{
    public static string Normalize(string path) => string.Join('/', path.TrimEnd('/').Split('/')
        .Select(s => s.Length > 1 && s[0] == '{' && s[^1] == '}' ? "{}" : s));

    public static IReadOnlyList<string> ParameterNames(string path) => [.. path.Split('/')
        .Where(s => s.Length > 2 && s[0] == '{' && s[^1] == '}').Select(s => s[1..^1])];
}
