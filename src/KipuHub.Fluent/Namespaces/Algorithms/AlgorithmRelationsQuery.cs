using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The relations from one algorithm to others: a paged query sorted by <c>createdAt</c>, and the commands on them.</summary>
public sealed class AlgorithmRelationsQuery : HubPagedQuery<AlgorithmRelationsQuery, AlgorithmRelation>
{
    private readonly string _algorithmId;

    internal AlgorithmRelationsQuery(QueryState state, string algorithmId)
        : base(state, HubCatalog.AlgorithmRelationsList, [algorithmId]) => _algorithmId = algorithmId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsList))]
    public Task<Page<AlgorithmRelation>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmRelation, cancellationToken);

    /// <summary>Reads every relation, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsList))]
    public IAsyncEnumerable<AlgorithmRelation> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmRelation, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsList))]
    public IAsyncEnumerable<Page<AlgorithmRelation>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmRelation, cancellationToken);

    /// <summary>A command that relates the algorithm to another one the caller can see.</summary>
    /// <param name="request">The target algorithm and the relation type.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsCreate))]
    public HubCommand<AlgorithmRelation> Create(CreateAlgorithmRelationRequest request) =>
        Json(Call(HubCatalog.AlgorithmRelationsCreate, _algorithmId), request, AlgorithmsJsonContext.Default.CreateAlgorithmRelationRequest,
            AlgorithmsJsonContext.Default.AlgorithmRelation);

    /// <summary>Relates the algorithm to another one the caller can see.</summary>
    /// <param name="request">The target algorithm and the relation type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsCreate))]
    public Task<AlgorithmRelation> CreateAsync(CreateAlgorithmRelationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that deletes a relation.</summary>
    /// <param name="relationId">The relation's id.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsDelete))]
    public HubCommand Delete(string relationId) => Empty(Call(HubCatalog.AlgorithmRelationsDelete, _algorithmId, relationId));

    /// <summary>Deletes a relation.</summary>
    /// <param name="relationId">The relation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsDelete))]
    public Task DeleteAsync(string relationId, CancellationToken cancellationToken = default) => Delete(relationId).SendAsync(cancellationToken);

    private protected override AlgorithmRelationsQuery With(QueryState state) => new(state, _algorithmId);
}
