using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>The caller's personal provider tokens: which providers have one (never the token), and setting or removing them.</summary>
public sealed class UserProviderTokensQuery : HubPagedQuery<UserProviderTokensQuery, ProviderToken>
{
    internal UserProviderTokensQuery(QueryState state)
        : base(state, HubCatalog.UserProviderTokensList, [])
    {
    }

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensList))]
    public Task<Page<ProviderToken>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>Reads every provider token's metadata, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensList))]
    public IAsyncEnumerable<ProviderToken> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensList))]
    public IAsyncEnumerable<Page<ProviderToken>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(OrganizationsJsonContext.Default.PageEnvelopeProviderToken, cancellationToken);

    /// <summary>A command that sets (or replaces) the caller's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="token">The provider's access token; write-only.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensSet))]
    public HubCommand<ProviderToken> Set(QuantumProvider provider, string token) =>
        Json(Call(HubCatalog.UserProviderTokensSet, provider.Value), new SetProviderTokenRequest { Token = token },
            OrganizationsJsonContext.Default.SetProviderTokenRequest, OrganizationsJsonContext.Default.ProviderToken);

    /// <summary>Sets (or replaces) the caller's token for a provider; the answer tells when, never the token.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="token">The provider's access token; write-only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensSet))]
    public Task<ProviderToken> SetAsync(QuantumProvider provider, string token, CancellationToken cancellationToken = default) =>
        Set(provider, token).SendAsync(cancellationToken);

    /// <summary>A command that removes the caller's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensDelete))]
    public HubCommand Delete(QuantumProvider provider) => Empty(Call(HubCatalog.UserProviderTokensDelete, provider.Value));

    /// <summary>Removes the caller's token for a provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.UserProviderTokensDelete))]
    public Task DeleteAsync(QuantumProvider provider, CancellationToken cancellationToken = default) => Delete(provider).SendAsync(cancellationToken);

    private protected override UserProviderTokensQuery With(QueryState state) => new(state);
}
