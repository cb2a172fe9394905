using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The <c>use_cases</c> namespace: a paged query over the tenant's use cases, searchable by title, and the commands on them.</summary>
public sealed class UseCasesQuery : HubPagedQuery<UseCasesQuery, UseCase>
{
    internal UseCasesQuery(QueryState state)
        : base(state, HubCatalog.UseCasesList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UseCasesList))]
    public Task<Page<UseCase>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(UseCasesJsonContext.Default.PageEnvelopeUseCase, cancellationToken);

    /// <summary>Reads every matching use case, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UseCasesList))]
    public IAsyncEnumerable<UseCase> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(UseCasesJsonContext.Default.PageEnvelopeUseCase, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UseCasesList))]
    public IAsyncEnumerable<Page<UseCase>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(UseCasesJsonContext.Default.PageEnvelopeUseCase, cancellationToken);

    /// <summary>A command that gets a use case.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    [HubOperation(nameof(HubCatalog.UseCasesGet))]
    public HubCommand<UseCase> Get(string useCaseId) => Json(Call(HubCatalog.UseCasesGet, useCaseId), UseCasesJsonContext.Default.UseCase);

    /// <summary>Gets a use case.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UseCasesGet))]
    public Task<UseCase> GetAsync(string useCaseId, CancellationToken cancellationToken = default) => Get(useCaseId).SendAsync(cancellationToken);

    /// <summary>A command that creates a use case.</summary>
    /// <param name="request">The title, and optionally a summary, description and tags.</param>
    [HubOperation(nameof(HubCatalog.UseCasesCreate))]
    public HubCommand<UseCase> Create(CreateUseCaseRequest request) =>
        Json(Call(HubCatalog.UseCasesCreate), request, UseCasesJsonContext.Default.CreateUseCaseRequest, UseCasesJsonContext.Default.UseCase);

    /// <summary>Creates a use case.</summary>
    /// <param name="request">The title, and optionally a summary, description and tags.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UseCasesCreate))]
    public Task<UseCase> CreateAsync(CreateUseCaseRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that updates a use case; fields left null keep their value.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    /// <param name="request">The new values.</param>
    [HubOperation(nameof(HubCatalog.UseCasesUpdate))]
    public HubCommand<UseCase> Update(string useCaseId, UpdateUseCaseRequest request) =>
        Json(Call(HubCatalog.UseCasesUpdate, useCaseId), request, UseCasesJsonContext.Default.UpdateUseCaseRequest, UseCasesJsonContext.Default.UseCase);

    /// <summary>Updates a use case; fields left null keep their value.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UseCasesUpdate))]
    public Task<UseCase> UpdateAsync(string useCaseId, UpdateUseCaseRequest request, CancellationToken cancellationToken = default) =>
        Update(useCaseId, request).SendAsync(cancellationToken);

    /// <summary>A command that deletes a use case.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    [HubOperation(nameof(HubCatalog.UseCasesDelete))]
    public HubCommand Delete(string useCaseId) => Empty(Call(HubCatalog.UseCasesDelete, useCaseId));

    /// <summary>Deletes a use case.</summary>
    /// <param name="useCaseId">The use case's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UseCasesDelete))]
    public Task DeleteAsync(string useCaseId, CancellationToken cancellationToken = default) => Delete(useCaseId).SendAsync(cancellationToken);

    private protected override UseCasesQuery With(QueryState state) => new(state);
}
