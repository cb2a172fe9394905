namespace KipuHub.FakeServer.Routing;

/// <summary>
/// The handlers of one catalog namespace, keyed by catalog endpoint id. The route pattern and method are never
/// written here: <see cref="HubRouteMapper"/> takes them from the catalog entry of each id.
/// </summary>
/// <param name="namespace">The catalog namespace every id in the table must belong to.</param>
internal sealed class HubRouteTable(string @namespace)
{
    private readonly Dictionary<string, Delegate> _handlers = new(StringComparer.Ordinal);

    public string Namespace { get; } = @namespace;

    public IReadOnlyDictionary<string, Delegate> Handlers => _handlers;

    public Delegate this[string endpointId]
    {
        get => _handlers[endpointId];
        init
        {
            if (!_handlers.TryAdd(endpointId, value))
            {
                throw new InvalidOperationException($"The '{Namespace}' route table registers '{endpointId}' twice.");
            }
        }
    }
}
