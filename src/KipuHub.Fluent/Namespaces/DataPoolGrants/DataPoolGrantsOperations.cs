using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub;

/// <summary>The <c>data_pool_grants</c> namespace: the grants of one data pool, chosen with <see cref="Of"/>.</summary>
public sealed class DataPoolGrantsOperations
{
    private readonly Queries.QueryState _state;

    internal DataPoolGrantsOperations(Queries.QueryState state) => _state = state;

    /// <summary>The grants of one data pool: a paged query, and the commands that issue and revoke them.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.DataPoolGrantsList))]
    public DataPoolGrantsQuery Of(string dataPoolId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataPoolId);
        return new DataPoolGrantsQuery(_state, dataPoolId);
    }

    /// <inheritdoc />
    public override string ToString() => "DataPoolGrants (/datapools/{id}/grants)";
}
