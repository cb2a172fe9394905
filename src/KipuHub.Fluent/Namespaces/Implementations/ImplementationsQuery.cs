using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>implementations</c> namespace: a paged query over the implementations of every algorithm the tenant can see
/// (<c>GET /implementations</c>), searchable by name, and those of one algorithm with <see cref="Of"/>.
/// </summary>
public sealed class ImplementationsQuery : HubPagedQuery<ImplementationsQuery, Implementation>
{
    internal ImplementationsQuery(QueryState state)
        : base(state, HubCatalog.ImplementationsListAll, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsListAll))]
    public Task<Page<Implementation>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>Reads every matching implementation, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsListAll))]
    public IAsyncEnumerable<Implementation> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsListAll))]
    public IAsyncEnumerable<Page<Implementation>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>The implementations of one algorithm: a paged query and the commands on them. Keeps the tenant chosen here, not this list's filters or paging.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.ImplementationsList))]
    public AlgorithmImplementationsQuery Of(string algorithmId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(algorithmId);
        return new(State.ScopeOnly(), algorithmId);
    }

    private protected override ImplementationsQuery With(QueryState state) => new(state);
}
