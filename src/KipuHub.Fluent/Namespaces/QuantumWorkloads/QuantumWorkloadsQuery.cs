using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>quantum_workloads</c> namespace: a paged query over the quantum workloads of every account of the caller
/// together (it ignores the organization), filterable by backend and period; costs only where the caller is OWNER.
/// </summary>
public sealed class QuantumWorkloadsQuery : HubPagedQuery<QuantumWorkloadsQuery, QuantumWorkload>
{
    internal QuantumWorkloadsQuery(QueryState state)
        : base(state, HubCatalog.QuantumWorkloadsList, [])
    {
    }

    /// <summary>Limits the list to workloads created from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive); either may be null.</summary>
    /// <param name="from">The first moment, or null for no lower bound.</param>
    /// <param name="to">The moment after the last, or null for no upper bound.</param>
    public QuantumWorkloadsQuery Between(DateTimeOffset? from, DateTimeOffset? to) => With(Period.Apply(State, from, to));

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.QuantumWorkloadsList))]
    public Task<Page<QuantumWorkload>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(QuantumWorkloadsJsonContext.Default.PageEnvelopeQuantumWorkload, cancellationToken);

    /// <summary>Reads every matching workload, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.QuantumWorkloadsList))]
    public IAsyncEnumerable<QuantumWorkload> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(QuantumWorkloadsJsonContext.Default.PageEnvelopeQuantumWorkload, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.QuantumWorkloadsList))]
    public IAsyncEnumerable<Page<QuantumWorkload>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(QuantumWorkloadsJsonContext.Default.PageEnvelopeQuantumWorkload, cancellationToken);

    /// <summary>A command that totals the caller's workloads per account and backend.</summary>
    /// <param name="from">The first moment, or null for no lower bound.</param>
    /// <param name="to">The moment after the last, or null for no upper bound.</param>
    [HubOperation(nameof(HubCatalog.QuantumWorkloadsSummary))]
    public HubCommand<QuantumWorkloadSummary> Summary(DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        Json(Call(HubCatalog.QuantumWorkloadsSummary) with { Query = [.. Period.Pairs(from, to)] }, QuantumWorkloadsJsonContext.Default.QuantumWorkloadSummary);

    /// <summary>Totals the caller's workloads per account and backend.</summary>
    /// <param name="from">The first moment, or null for no lower bound.</param>
    /// <param name="to">The moment after the last, or null for no upper bound.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.QuantumWorkloadsSummary))]
    public Task<QuantumWorkloadSummary> SummaryAsync(DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default) =>
        Summary(from, to).SendAsync(cancellationToken);

    private protected override QuantumWorkloadsQuery With(QueryState state) => new(state);
}
