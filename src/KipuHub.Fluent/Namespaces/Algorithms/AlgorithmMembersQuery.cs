using KipuHub.Contract;
using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Queries;
using KipuHub.Serialization;

namespace KipuHub;

/// <summary>
/// The members of one algorithm (the users and organizations it is opened to): a paged query sorted by
/// <c>createdAt</c>; only the owning tenant's OWNERs add, change and remove members.
/// </summary>
public sealed class AlgorithmMembersQuery : HubPagedQuery<AlgorithmMembersQuery, AlgorithmMember>
{
    private readonly string _algorithmId;

    internal AlgorithmMembersQuery(QueryState state, string algorithmId)
        : base(state, HubCatalog.AlgorithmMembersList, [algorithmId]) => _algorithmId = algorithmId;

    /// <summary>Sends the list request for one page: the one set by <c>Page</c>, else the server's first page of 20.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersList))]
    public Task<Page<AlgorithmMember>> ListAsync(CancellationToken cancellationToken = default) =>
        ListPageAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmMember, cancellationToken);

    /// <summary>Reads every member, fetching page after page lazily and stopping after the last.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersList))]
    public IAsyncEnumerable<AlgorithmMember> AllAsync(CancellationToken cancellationToken = default) =>
        AllPagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmMember, cancellationToken);

    /// <summary>
    /// Reads every matching item a page at a time, as Azure's <c>AsPages</c> does: each page with its totals, fetched
    /// lazily, from the page set by <c>Page</c> (else the first, of the server's default size) until the last.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersList))]
    public IAsyncEnumerable<Page<AlgorithmMember>> AsPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(AlgorithmsJsonContext.Default.PageEnvelopeAlgorithmMember, cancellationToken);

    /// <summary>A command that adds a member, or changes the role of the member the request names.</summary>
    /// <param name="request">The member (type and id) and its role.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersSet))]
    public HubCommand<AlgorithmMember> Set(SetAlgorithmMemberRequest request) =>
        Json(Call(HubCatalog.AlgorithmMembersSet, _algorithmId), request, AlgorithmsJsonContext.Default.SetAlgorithmMemberRequest,
            AlgorithmsJsonContext.Default.AlgorithmMember);

    /// <summary>Adds a member, or changes the role of the member the request names; it takes effect at once.</summary>
    /// <param name="request">The member (type and id) and its role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersSet))]
    public Task<AlgorithmMember> SetAsync(SetAlgorithmMemberRequest request, CancellationToken cancellationToken = default) =>
        Set(request).SendAsync(cancellationToken);

    /// <summary>A command that removes a member.</summary>
    /// <param name="memberId">The member entry's id.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersDelete))]
    public HubCommand Delete(string memberId) => Empty(Call(HubCatalog.AlgorithmMembersDelete, _algorithmId, memberId));

    /// <summary>Removes a member: it no longer sees the algorithm, at once.</summary>
    /// <param name="memberId">The member entry's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [HubOperation(nameof(HubCatalog.AlgorithmMembersDelete))]
    public Task DeleteAsync(string memberId, CancellationToken cancellationToken = default) => Delete(memberId).SendAsync(cancellationToken);

    private protected override AlgorithmMembersQuery With(QueryState state) => new(state, _algorithmId);
}
