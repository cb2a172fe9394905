using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The provider tokens of one organization: which providers have one (never the token), and setting or removing them (MAINTAINER or OWNER).</summary>
public sealed class OrganizationProviderTokensQuery : HubPagedQuery<OrganizationProviderTokensQuery, ProviderToken>
{
    private readonly string _organizationId;

    internal OrganizationProviderTokensQuery(QueryState state, string organizationId)
        : base(state, HubCatalog.OrganizationProviderTokensList, [organizationId]) => _organizationId = organizationId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensList))]
    public Task<Page<ProviderToken>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>Reads every provider token's metadata, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensList))]
    public IAsyncEnumerable<ProviderToken> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensList))]
    public IAsyncEnumerable<Page<ProviderToken>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>A command that sets (or replaces) the organization's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="token">The provider's access token; write-only.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensSet))]
    public HubCommand<ProviderToken> Set(QuantumProvider provider, string token) =>
        Json(Call(HubCatalog.OrganizationProviderTokensSet, _organizationId, provider.Value), new SetProviderTokenRequest { Token = token },
            OrganizationsJsonContext.Default.SetProviderTokenRequest, OrganizationsJsonContext.Default.ProviderToken);

    /// <summary>Sets (or replaces) the organization's token for a provider; the answer tells when and by whom, never the token.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="token">The provider's access token; write-only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensSet))]
    public Task<ProviderToken> SetAsync(QuantumProvider provider, string token, CancellationToken cancellationToken = default) =>
        Set(provider, token).SendAsync(cancellationToken);

    /// <summary>A command that removes the organization's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensDelete))]
    public HubCommand Delete(QuantumProvider provider) => Empty(Call(HubCatalog.OrganizationProviderTokensDelete, _organizationId, provider.Value));

    /// <summary>Removes the organization's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.OrganizationProviderTokensDelete))]
    public Task DeleteAsync(QuantumProvider provider, CancellationToken cancellationToken = default) => Delete(provider).SendAsync(cancellationToken);

    private protected override OrganizationProviderTokensQuery With(QueryState state) => new(state, _organizationId);
}
