using KipuHub.Contract.Tool.Model;
using KipuHub.Contract.Tool.Reading;
using Microsoft.OpenApi;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>Everything one comparison found.</summary>
internal sealed record DriftResult(IReadOnlyList<Difference> Differences, int CatalogEndpoints, int ApiOperations, int Matched, ApiSurface Surface);

/// <summary>Compares <see cref="HubCatalog"/> with an OpenAPI document, aspect by aspect.</summary>
internal static class DriftChecker
{
    public static DriftResult Compare(OpenApiDocument document, IReadOnlyList<HubEndpoint>? catalog = null)
    {
        var types = new ClientTypes();
        var context = new DiffContext(types);
        var clients = (catalog ?? HubCatalog.All).Select(e => new ClientEndpoint(e, types)).ToList();
        var surface = ApiDocumentReader.Read(document);
        var pairs = EndpointMatcher.Match(clients, surface.Operations, context);
        foreach (var pair in pairs)
        {
            ParameterDiff.Compare(pair, context);
            BodyDiff.Compare(pair, context);
            ResultDiff.Compare(pair, context);
        }
        return new DriftResult(context.Differences, clients.Count, surface.Operations.Count, pairs.Count, surface);
    }
}
