using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The repositories one git integration can import: a paged query, sortable by name.</summary>
public sealed class GitRepositoriesQuery : HubPagedQuery<GitRepositoriesQuery, GitRepository>
{
    private readonly string _integrationId;

    internal GitRepositoriesQuery(QueryState state, string integrationId)
        : base(state, HubCatalog.GitIntegrationRepositoriesList, [integrationId]) => _integrationId = integrationId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationRepositoriesList))]
    public Task<Page<GitRepository>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitRepository, cancellationToken);

    /// <summary>Reads every repository, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationRepositoriesList))]
    public IAsyncEnumerable<GitRepository> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitRepository, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationRepositoriesList))]
    public IAsyncEnumerable<Page<GitRepository>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitRepository, cancellationToken);

    private protected override GitRepositoriesQuery With(QueryState state) => new(state, _integrationId);
}
