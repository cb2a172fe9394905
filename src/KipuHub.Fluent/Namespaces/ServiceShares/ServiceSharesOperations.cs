using KipuHub.Contract;
using KipuHub.Models;

namespace KipuHub;

/// <summary>The <c>service_shares</c> namespace: the shares of one service, chosen with <see cref="Of"/>.</summary>
public sealed class ServiceSharesOperations
{
    private readonly Queries.QueryState _state;

    internal ServiceSharesOperations(Queries.QueryState state) => _state = state;

    /// <summary>The shares of one service: a paged query, and the commands that share, change and revoke.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.ServiceSharesList))]
    public ServiceSharesQuery Of(string serviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        return new ServiceSharesQuery(_state, serviceId);
    }

    /// <inheritdoc />
    public override string ToString() => "ServiceShares (/services/{id}/shares)";
}
