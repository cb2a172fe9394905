using KipuHub.Contract.Tool.Model;
using KipuHub.Contract.Tool.Reading;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>A catalog entry and the operation of the document it corresponds to.</summary>
internal sealed record EndpointPair(ClientEndpoint Client, ApiOperation Api);

/// <summary>
/// Pairs catalog entries with operations by method and path template, parameter names aside. An entry whose path
/// the document serves with another method (and only that one left) is paired too, and the method reported.
/// </summary>
internal static class EndpointMatcher
{
    public static IReadOnlyList<EndpointPair> Match(IReadOnlyList<ClientEndpoint> clients, IReadOnlyList<ApiOperation> operations, DiffContext context)
    {
        var pairs = new List<EndpointPair>();
        var free = operations.ToList();
        var unmatched = new List<ClientEndpoint>();
        foreach (var client in clients)
        {
            var shape = PathTemplates.Normalize(client.Path);
            var api = free.FirstOrDefault(o => o.Method == client.Method && o.Shape == shape && o.Path == client.Path)
                ?? free.FirstOrDefault(o => o.Method == client.Method && o.Shape == shape);
            if (api is null)
            {
                unmatched.Add(client);
                continue;
            }
            free.Remove(api);
            pairs.Add(new EndpointPair(client, api));
        }
        foreach (var client in unmatched)
        {
            var shape = PathTemplates.Normalize(client.Path);
            var sameShape = free.Where(o => o.Shape == shape).ToList();
            if (sameShape.Count == 1 && unmatched.Count(c => PathTemplates.Normalize(c.Path) == shape) == 1)
            {
                var api = sameShape[0];
                free.Remove(api);
                context.Add(DiffGroup.Of(client.Entry), $"{client.Id} method: KipuHub {client.Method}, API {api.Method}",
                    $"{client.Method} {client.Path} is {api.Method} {api.Path} in the document.");
                pairs.Add(new EndpointPair(client, api));
            }
            else
            {
                context.Add(DiffGroup.Of(client.Entry), $"{client.Id}: only in KipuHub", $"{client.Method} {client.Path} is not in the document.");
            }
        }
        var namespaces = clients.Select(c => c.Entry.Namespace).ToHashSet(StringComparer.Ordinal);
        foreach (var api in free)
        {
            var tag = api.Tags.FirstOrDefault(namespaces.Contains) ?? api.Tags.FirstOrDefault() ?? "(untagged)";
            context.Add(new DiffGroup(tag, DiffGroup.NotInKipuHub), $"{api.Method} {api.Path}: only in the API",
                api.OperationId is { } id ? $"operationId {id}." : null);
        }
        foreach (var pair in pairs)
        {
            var clientNames = PathTemplates.ParameterNames(pair.Client.Path);
            var apiNames = PathTemplates.ParameterNames(pair.Api.Path);
            if (!clientNames.SequenceEqual(apiNames, StringComparer.Ordinal))
            {
                context.Add(DiffGroup.Of(pair.Client.Entry), $"{pair.Client.Id} path: parameter names differ (KipuHub {pair.Client.Path}, API {pair.Api.Path})",
                    "Only the names differ; the request is the same.");
            }
        }
        return pairs;
    }
}
