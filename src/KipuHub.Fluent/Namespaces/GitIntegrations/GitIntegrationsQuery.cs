using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The <c>git_integrations</c> namespace: a paged query over the tenant's GitHub and GitLab integrations, filterable by
/// provider, the commands on them, and the repositories each can import.
/// </summary>
public sealed class GitIntegrationsQuery : HubPagedQuery<GitIntegrationsQuery, GitIntegration>
{
    internal GitIntegrationsQuery(QueryState state)
        : base(state, HubCatalog.GitIntegrationsList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsList))]
    public Task<Page<GitIntegration>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitIntegration, cancellationToken);

    /// <summary>Reads every matching integration, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsList))]
    public IAsyncEnumerable<GitIntegration> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitIntegration, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsList))]
    public IAsyncEnumerable<Page<GitIntegration>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(GitIntegrationsJsonContext.Default.PageEnvelopeGitIntegration, cancellationToken);

    /// <summary>A command that gets a git integration.</summary>
    /// <param name="integrationId">The integration's id.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsGet))]
    public HubCommand<GitIntegration> Get(string integrationId) =>
        Json(Call(HubCatalog.GitIntegrationsGet, integrationId), GitIntegrationsJsonContext.Default.GitIntegration);

    /// <summary>Gets a git integration.</summary>
    /// <param name="integrationId">The integration's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsGet))]
    public Task<GitIntegration> GetAsync(string integrationId, CancellationToken cancellationToken = default) =>
        Get(integrationId).SendAsync(cancellationToken);

    /// <summary>A command that adds a git integration: GitHub with an installation id, or GitLab with a token.</summary>
    /// <param name="request">The provider, the name, and the installation id or the token.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsCreate))]
    public HubCommand<GitIntegration> Create(CreateGitIntegrationRequest request) =>
        Json(Call(HubCatalog.GitIntegrationsCreate), request, GitIntegrationsJsonContext.Default.CreateGitIntegrationRequest,
            GitIntegrationsJsonContext.Default.GitIntegration);

    /// <summary>Adds a git integration: GitHub with an installation id, or GitLab with a token. The answer never holds the token.</summary>
    /// <param name="request">The provider, the name, and the installation id or the token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsCreate))]
    public Task<GitIntegration> CreateAsync(CreateGitIntegrationRequest request, CancellationToken cancellationToken = default) =>
        Create(request).SendAsync(cancellationToken);

    /// <summary>A command that removes a git integration; a MAINTAINER may.</summary>
    /// <param name="integrationId">The integration's id.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsDelete))]
    public HubCommand Delete(string integrationId) => Empty(Call(HubCatalog.GitIntegrationsDelete, integrationId));

    /// <summary>Removes a git integration; a MAINTAINER may.</summary>
    /// <param name="integrationId">The integration's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationsDelete))]
    public Task DeleteAsync(string integrationId, CancellationToken cancellationToken = default) =>
        Delete(integrationId).SendAsync(cancellationToken);

    /// <summary>The repositories a git integration can import: a paged query, sortable by name.</summary>
    /// <param name="integrationId">The integration's id.</param>
    [HubOperation(nameof(HubCatalog.GitIntegrationRepositoriesList))]
    public GitRepositoriesQuery Repositories(string integrationId) => new(State.ScopeOnly(), integrationId);

    private protected override GitIntegrationsQuery With(QueryState state) => new(state);
}
