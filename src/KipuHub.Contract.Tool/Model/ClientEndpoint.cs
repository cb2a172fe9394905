using System.Reflection;

namespace KipuHub.Contract.Tool.Model;

/// <summary>One HubCatalog entry, in the terms an OpenAPI operation is compared in.</summary>
internal sealed class ClientEndpoint
{
    public ClientEndpoint(HubEndpoint endpoint, ClientTypes types)
    {
        Entry = endpoint;
        PathParameters = [.. endpoint.PathParameters.Select(p => new ContractParameter(p, WireType.String, true))];
        QueryParameters = [.. endpoint.QueryParameters.Distinct(StringComparer.Ordinal).Select(name => new ContractParameter(name, QueryType(endpoint, name, types), false))];
    }

    public HubEndpoint Entry { get; }

    public string Id => Entry.Id;

    public string Method => Entry.Method.Method;

    public string Path => Entry.PathTemplate;

    public IReadOnlyList<ContractParameter> PathParameters { get; }

    public IReadOnlyList<ContractParameter> QueryParameters { get; }

    /// <summary>The content type of the request body, or <see langword="null"/> for none.</summary>
    public string? BodyContentType => Entry.Body switch
    {
        HubBodyKind.Json => "application/json",
        HubBodyKind.Multipart => "multipart/form-data",
        HubBodyKind.Text => "text/plain",
        _ => null,
    };

    /// <summary>
    /// A query parameter's type: page and size are integers, sort is repeated (an array of strings), a filter has the
    /// wire type of the member it filters on, and every other parameter the catalog declares is sent as a string.
    /// </summary>
    private static WireType QueryType(HubEndpoint endpoint, string name, ClientTypes types)
    {
        if (endpoint.Shape == HubResultShape.Page && name is "page" or "size")
        {
            return WireType.Integer;
        }
        if (name == "sort" && endpoint.Sorts.Count > 0)
        {
            return new("array", Items: WireType.String);
        }
        if (endpoint.Filters.FirstOrDefault(f => f.QueryName == name) is { } filter
            && endpoint.ResultType?.GetProperty(filter.Member, BindingFlags.Public | BindingFlags.Instance) is { } member)
        {
            return types.Of(member.PropertyType);
        }
        return WireType.String;
    }
}
