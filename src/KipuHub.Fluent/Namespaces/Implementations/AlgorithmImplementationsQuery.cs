using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The implementations of one algorithm: a paged query sorted by <c>name</c> or <c>createdAt</c>, the commands on them, and their files.</summary>
public sealed class AlgorithmImplementationsQuery : HubPagedQuery<AlgorithmImplementationsQuery, Implementation>
{
    private readonly string _algorithmId;

    internal AlgorithmImplementationsQuery(QueryState state, string algorithmId)
        : base(state, HubCatalog.ImplementationsList, [algorithmId]) => _algorithmId = algorithmId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsList))]
    public Task<Page<Implementation>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>Reads every implementation of the algorithm, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsList))]
    public IAsyncEnumerable<Implementation> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsList))]
    public IAsyncEnumerable<Page<Implementation>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(ImplementationsJsonContext.Default.PageEnvelopeImplementation, cancellationToken);

    /// <summary>A command that gets an implementation.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsGet))]
    public HubCommand<Implementation> Get(string implementationId) =>
        Json(Call(HubCatalog.ImplementationsGet, _algorithmId, implementationId), ImplementationsJsonContext.Default.Implementation);

    /// <summary>Gets an implementation.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsGet))]
    public Task<Implementation> GetAsync(string implementationId, CancellationToken cancellationToken = default) =>
        Get(implementationId).SendAsync(cancellationToken);

    /// <summary>A command that creates an implementation of the algorithm.</summary>
    /// <param name="request">The name, and optionally the technology, version and description.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsCreate))]
    public HubCommand<Implementation> Create(CreateImplementationRequest request) =>
        Json(Call(HubCatalog.ImplementationsCreate, _algorithmId), request, ImplementationsJsonContext.Default.CreateImplementationRequest,
            ImplementationsJsonContext.Default.Implementation);

    /// <summary>Creates an implementation of the algorithm.</summary>
    /// <param name="request">The name, and optionally the technology, version and description.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsCreate))]
    public Task<Implementation> CreateAsync(CreateImplementationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that updates an implementation; fields left null keep their value.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsUpdate))]
    public HubCommand<Implementation> Update(string implementationId, UpdateImplementationRequest request) =>
        Json(Call(HubCatalog.ImplementationsUpdate, _algorithmId, implementationId), request, ImplementationsJsonContext.Default.UpdateImplementationRequest,
            ImplementationsJsonContext.Default.Implementation);

    /// <summary>Updates an implementation; fields left null keep their value.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsUpdate))]
    public Task<Implementation> UpdateAsync(string implementationId, UpdateImplementationRequest request, CancellationToken cancellationToken = default) =>
        Update(implementationId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes an implementation and its files.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsDelete))]
    public HubCommand Delete(string implementationId) => Empty(Call(HubCatalog.ImplementationsDelete, _algorithmId, implementationId));

    /// <summary>Deletes an implementation and its files.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.ImplementationsDelete))]
    public Task DeleteAsync(string implementationId, CancellationToken cancellationToken = default) => Delete(implementationId).SendAsync(cancellationToken);

    /// <summary>The files of an implementation: a paged query, upload, download, delete. Keeps the tenant chosen here.</summary>
    /// <param name="implementationId">The implementation's id.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    [HubOperation(nameof(HubCatalog.ImplementationFilesList))]
    public ImplementationFilesQuery Files(string implementationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(implementationId);
        return new(State.ScopeOnly(), _algorithmId, implementationId);
    }

    private protected override AlgorithmImplementationsQuery With(QueryState state) => new(state, _algorithmId);
}
