using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>services</c> namespace: a paged query over the tenant's services, and the commands on them.</summary>
public sealed class ServicesQuery : HubPagedQuery<ServicesQuery, ServiceOverview>
{
    internal ServicesQuery(QueryState state)
        : base(state, HubCatalog.ServicesList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServicesList))]
    public Task<Page<ServiceOverview>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ServicesJsonReading.Context.PageEnvelopeServiceOverview, cancellationToken);

    /// <summary>
    /// Reads every matching service, fetching page after page lazily and stopping after the last. With
    /// <see cref="HubPagedQuery{TSelf, T}.Prefetch"/>, the next page is fetched while the current one is consumed.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServicesList))]
    public IAsyncEnumerable<ServiceOverview> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ServicesJsonReading.Context.PageEnvelopeServiceOverview, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ServicesList))]
    public IAsyncEnumerable<Page<ServiceOverview>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ServicesJsonReading.Context.PageEnvelopeServiceOverview, cancellationToken);

    /// <summary>A command that gets a service with its versions.</summary>
    /// <param name="serviceId">The service's id.</param>
    [HubOperation(nameof(HubCatalog.ServicesGet))]
    public HubCommand<Service> Get(string serviceId) => Json(Call(HubCatalog.ServicesGet, serviceId), ServicesJsonReading.Context.Service);

    /// <summary>Gets a service with its versions.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServicesGet))]
    public Task<Service> GetAsync(string serviceId, CancellationToken cancellationToken = default) => Get(serviceId).SendAsync(cancellationToken);

    /// <summary>A command that deletes a service; a published one must be unpublished first (409).</summary>
    /// <param name="serviceId">The service's id.</param>
    [HubOperation(nameof(HubCatalog.ServicesDelete))]
    public HubCommand Delete(string serviceId) => Empty(Call(HubCatalog.ServicesDelete, serviceId));

    /// <summary>Deletes a service; a published one must be unpublished first (409).</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ServicesDelete))]
    public Task DeleteAsync(string serviceId, CancellationToken cancellationToken = default) => Delete(serviceId).SendAsync(cancellationToken);

    /// <summary>The versions of a service (a plain list; today there is one).</summary>
    /// <param name="serviceId">The service's id.</param>
    [HubOperation(nameof(HubCatalog.ServiceVersionsList))]
    public HubArrayQuery<ServiceDefinition> Versions(string serviceId) =>
        new(State.ScopeOnly(), HubCatalog.ServiceVersionsList, [serviceId], ServicesJsonReading.Context.IReadOnlyListServiceDefinition);

    /// <summary>One version of a service, with its lifecycle commands.</summary>
    /// <param name="serviceId">The service's id.</param>
    /// <param name="versionId">The version's id (<see cref="ServiceOverview.ServiceDefinitionId"/>).</param>
    public ServiceVersion Version(string serviceId, string versionId) => new(State.ScopeOnly(), serviceId, versionId);

    private protected override ServicesQuery With(QueryState state) => new(state);
}
