using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub;

/// <summary>The <c>data_pool_shares</c> namespace: the shares of one data pool, chosen with <see cref="Of"/>.</summary>
public sealed class DataPoolSharesOperations
{
    private readonly Queries.QueryState _state;

    internal DataPoolSharesOperations(Queries.QueryState state) => _state = state;

    /// <summary>The shares of one data pool: a paged query, and the commands that share, change and revoke.</summary>
    /// <param name="dataPoolId">The data pool's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.DataPoolSharesList))]
    public DataPoolSharesQuery Of(string dataPoolId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataPoolId);
        return new DataPoolSharesQuery(_state, dataPoolId);
    }

    /// <inheritdoc />
    public override string ToString() => "DataPoolShares (/datapools/{id}/shares)";
}
