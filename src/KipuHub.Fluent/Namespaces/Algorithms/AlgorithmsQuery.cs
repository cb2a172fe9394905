using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>algorithms</c> namespace: a paged query over the algorithms the tenant can see (its own, those it is a member
/// of, and public ones), searchable by name, the commands on them, and their sketches, relations and members.
/// </summary>
public sealed class AlgorithmsQuery : HubPagedQuery<AlgorithmsQuery, Algorithm>
{
    internal AlgorithmsQuery(QueryState state)
        : base(state, HubCatalog.AlgorithmsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsList))]
    public Task<Page<Algorithm>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithm, cancellationToken);

    /// <summary>Reads every matching algorithm, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsList))]
    public IAsyncEnumerable<Algorithm> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithm, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsList))]
    public IAsyncEnumerable<Page<Algorithm>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithm, cancellationToken);

    /// <summary>A command that gets an algorithm.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsGet))]
    public HubCommand<Algorithm> Get(string algorithmId) => Json(Call(HubCatalog.AlgorithmsGet, algorithmId), AlgorithmsJsonContext.Default.Algorithm);

    /// <summary>Gets an algorithm.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsGet))]
    public Task<Algorithm> GetAsync(string algorithmId, CancellationToken cancellationToken = default) => Get(algorithmId).SendAsync(cancellationToken);

    /// <summary>A command that creates an algorithm, PRIVATE unless the request says PUBLIC.</summary>
    /// <param name="request">The name, and optionally an acronym, intent, description and visibility.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsCreate))]
    public HubCommand<Algorithm> Create(CreateAlgorithmRequest request) =>
        Json(Call(HubCatalog.AlgorithmsCreate), request, AlgorithmsJsonContext.Default.CreateAlgorithmRequest, AlgorithmsJsonContext.Default.Algorithm);

    /// <summary>Creates an algorithm, PRIVATE unless the request says PUBLIC.</summary>
    /// <param name="request">The name, and optionally an acronym, intent, description and visibility.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsCreate))]
    public Task<Algorithm> CreateAsync(CreateAlgorithmRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that updates an algorithm; fields left null keep their value.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsUpdate))]
    public HubCommand<Algorithm> Update(string algorithmId, UpdateAlgorithmRequest request) =>
        Json(Call(HubCatalog.AlgorithmsUpdate, algorithmId), request, AlgorithmsJsonContext.Default.UpdateAlgorithmRequest, AlgorithmsJsonContext.Default.Algorithm);

    /// <summary>Updates an algorithm; fields left null keep their value.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsUpdate))]
    public Task<Algorithm> UpdateAsync(string algorithmId, UpdateAlgorithmRequest request, CancellationToken cancellationToken = default) =>
        Update(algorithmId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes an algorithm with its sketches, relations, members and implementations.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsDelete))]
    public HubCommand Delete(string algorithmId) => Empty(Call(HubCatalog.AlgorithmsDelete, algorithmId));

    /// <summary>Deletes an algorithm with its sketches, relations, members and implementations.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmsDelete))]
    public Task DeleteAsync(string algorithmId, CancellationToken cancellationToken = default) => Delete(algorithmId).SendAsync(cancellationToken);

    /// <summary>The sketches of an algorithm: a paged query, upload, image download, delete. Keeps the tenant chosen here, not the list's filters or paging.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.AlgorithmSketchesList))]
    public AlgorithmSketchesQuery Sketches(string algorithmId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(algorithmId);
        return new(State.ScopeOnly(), algorithmId);
    }

    /// <summary>The relations from an algorithm to others: a paged query, create, delete. Keeps the tenant chosen here.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.AlgorithmRelationsList))]
    public AlgorithmRelationsQuery Relations(string algorithmId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(algorithmId);
        return new(State.ScopeOnly(), algorithmId);
    }

    /// <summary>The members of an algorithm: a paged query, add or change one, remove one (OWNER only). Keeps the tenant chosen here.</summary>
    /// <param name="algorithmId">The algorithm's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersList))]
    public AlgorithmMembersQuery Members(string algorithmId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(algorithmId);
        return new(State.ScopeOnly(), algorithmId);
    }

    private protected override AlgorithmsQuery With(QueryState state) => new(state);
}
