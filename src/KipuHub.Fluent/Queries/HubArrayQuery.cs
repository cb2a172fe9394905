using System.Text.Json.Serialization.Metadata;
using KipuHub.Contract;

namespace KipuHub.Queries;

/// <summary>A query over a list endpoint that answers with a plain array (not paged).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class HubArrayQuery<T> : HubCollectionQuery<HubArrayQuery<T>, T>
{
    private readonly JsonTypeInfo<IReadOnlyList<T>> _listType;

    internal HubArrayQuery(QueryState state, HubEndpoint listEndpoint, string[] listPathValues, JsonTypeInfo<IReadOnlyList<T>> listType)
        : base(state, listEndpoint, listPathValues) => _listType = listType;

    /// <summary>Sends the list request. The endpoint returns every item at once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default) =>
        State.Connection.SendJsonAsync(ListCall(), _listType, cancellationToken);

    private protected override HubArrayQuery<T> With(QueryState state) => new(state, ListEndpoint, ListPathValues, _listType);
}
