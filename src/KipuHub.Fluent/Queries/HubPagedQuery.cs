using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Contract;
using KipuHub.Paging;
using KipuHub.Serialization;

namespace KipuHub.Queries;

/// <summary>A query over a paged endpoint: adds sorting and explicit paging.</summary>
/// <typeparam name="TSelf">The concrete query type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
public abstract class HubPagedQuery<TSelf, T> : HubCollectionQuery<TSelf, T> where TSelf : HubPagedQuery<TSelf, T>
{
    private protected HubPagedQuery(QueryState state, HubEndpoint listEndpoint, string[] listPathValues)
        : base(state, listEndpoint, listPathValues)
    {
    }

    /// <summary>Sorts ascending by a member, replacing any earlier sort; becomes <c>sort=member,asc</c>.</summary>
    /// <param name="keySelector">The member, for example <c>s =&gt; s.Name</c>.</param>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <exception cref="NotSupportedException">The member is not sortable on this endpoint; the message lists those that are.</exception>
    public TSelf OrderBy<TKey>(Expression<Func<T, TKey>> keySelector) => Sort(keySelector, descending: false, replace: true);

    /// <summary>Sorts descending by a member, replacing any earlier sort; becomes <c>sort=member,desc</c>.</summary>
    /// <param name="keySelector">The member, for example <c>s =&gt; s.CreatedAt</c>.</param>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <exception cref="NotSupportedException">The member is not sortable on this endpoint; the message lists those that are.</exception>
    public TSelf OrderByDescending<TKey>(Expression<Func<T, TKey>> keySelector) => Sort(keySelector, descending: true, replace: true);

    /// <summary>Adds an ascending tie-breaker after the earlier sorts; becomes another <c>sort=member,asc</c>.</summary>
    /// <param name="keySelector">The member.</param>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <exception cref="NotSupportedException">The member is not sortable on this endpoint.</exception>
    public TSelf ThenBy<TKey>(Expression<Func<T, TKey>> keySelector) => Sort(keySelector, descending: false, replace: false);

    /// <summary>Adds a descending tie-breaker after the earlier sorts; becomes another <c>sort=member,desc</c>.</summary>
    /// <param name="keySelector">The member.</param>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <exception cref="NotSupportedException">The member is not sortable on this endpoint.</exception>
    public TSelf ThenByDescending<TKey>(Expression<Func<T, TKey>> keySelector) => Sort(keySelector, descending: true, replace: false);

    /// <summary>Asks for one page; becomes <c>page=&amp;size=</c>. Pages are zero-based.</summary>
    /// <param name="page">The zero-based page index, 0 or more.</param>
    /// <param name="size">The page size, from 1 to the endpoint's maximum (2000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; nothing was sent.</exception>
    public TSelf Page(int page, int size)
    {
        if (page < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, $"Page indexes start at 0; {ListEndpoint.Id} got {page}.");
        }
        if (size < 1 || size > ListEndpoint.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"{ListEndpoint.Id} takes a page size from 1 to {ListEndpoint.MaxPageSize}; got {size}. To read everything, use AllAsync().");
        }
        return With(State with { PageIndex = page, PageSize = size });
    }

    /// <summary>
    /// Makes <c>AllAsync</c> fetch the next page while the caller is still consuming the current one, so that the
    /// network wait overlaps the caller's work. It stays at most one page ahead, so at most two pages are held and memory
    /// stays flat. Order, items and the requests sent are those of a plain <c>AllAsync</c>, with one exception: a caller
    /// that stops early (break, an exception, cancellation) may leave one page request sent and then canceled. An error on
    /// a prefetched page is raised when the enumeration reaches that page, not earlier.
    /// </summary>
    /// <param name="enabled">
    /// <see langword="true"/> to prefetch; <see langword="false"/> for the default, where a page is requested only once
    /// the previous one is used up (so an early stop never costs an extra request).
    /// </param>
    /// <remarks>
    /// Worth it when the caller does real work per item: with 5 ms of network per page and 5 ms of work per page,
    /// reading 40 pages took about 0.6× the time; with no work per item it gains nothing (benchmarks/results/paging.md).
    /// </remarks>
    public TSelf Prefetch(bool enabled = true) => With(State with { Prefetch = enabled });

    private protected Task<Page<T>> ListPageAsync(JsonTypeInfo<PageEnvelope<T>> envelope, CancellationToken cancellationToken) =>
        ReadPageAsync(ListCall(), envelope, cancellationToken);

    private protected IAsyncEnumerable<T> AllPagesAsync(JsonTypeInfo<PageEnvelope<T>> envelope, CancellationToken cancellationToken) =>
        State.Prefetch ? AllPagesPrefetchingAsync(envelope, cancellationToken) : AllPagesInTurnAsync(envelope, cancellationToken);

    /// <summary>
    /// The pages of the list in turn, from the one set by <c>Page</c> (else the first) until the last: a page is
    /// requested only once the previous one has been handed out, so a caller that stops early costs no extra request.
    /// <c>Prefetch</c> does not apply here: a caller that walks pages holds each whole page already.
    /// </summary>
    private protected async IAsyncEnumerable<Page<T>> PagesAsync(JsonTypeInfo<PageEnvelope<T>> envelope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageIndex = State.PageIndex ?? 0;
        var size = State.PageSize ?? ListEndpoint.DefaultPageSize;
        while (true)
        {
            var page = await ReadPageAsync(ListCall(pageIndex, size), envelope, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (!HasMore(page))
            {
                yield break;
            }
            pageIndex++;
        }
    }

    private async IAsyncEnumerable<T> AllPagesInTurnAsync(JsonTypeInfo<PageEnvelope<T>> envelope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync(envelope, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Content)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// As <see cref="AllPagesInTurnAsync"/>, but page n+1 is requested as soon as page n has arrived, before its first
    /// item is handed out. The fetch runs under its own token, linked to the caller's, so that leaving the loop early
    /// cancels it; it is then awaited (and its outcome dropped) before the enumerator's disposal completes, so no request
    /// outlives the enumeration and no exception goes unobserved.
    /// </summary>
    private async IAsyncEnumerable<T> AllPagesPrefetchingAsync(JsonTypeInfo<PageEnvelope<T>> envelope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageIndex = State.PageIndex ?? 0;
        var size = State.PageSize ?? ListEndpoint.DefaultPageSize;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<Page<T>>? next = null;
        try
        {
            var page = await ReadPageAsync(ListCall(pageIndex, size), envelope, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var more = HasMore(page);
                if (more)
                {
                    next = ReadPageAsync(ListCall(pageIndex + 1, size), envelope, abandon.Token);
                }
                foreach (var item in page.Content)
                {
                    yield return item;
                }
                if (!more)
                {
                    yield break;
                }
                // The prefetched page's error, if any, surfaces here: when the caller reaches that page.
                var fetched = next!;
                next = null;
                page = await AwaitAsCallerAsync(fetched, cancellationToken).ConfigureAwait(false);
                pageIndex++;
            }
        }
        finally
        {
            if (next is not null)
            {
                await abandon.CancelAsync().ConfigureAwait(false);
                try
                {
                    await next.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The caller left before this page: its outcome (canceled, or an error) is dropped, but observed.
                }
            }
        }
    }

    /// <summary>
    /// Awaits a prefetched page. The fetch ran under the linked token, so a cancellation by the caller is raised again
    /// with the caller's own token, as a plain AllAsync raises it.
    /// </summary>
    private static async Task<Page<T>> AwaitAsCallerAsync(Task<Page<T>> fetched, CancellationToken cancellationToken)
    {
        try
        {
            return await fetched.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(ex.Message, ex.InnerException, cancellationToken);
        }
    }

    /// <summary>Whether a page follows: the envelope's totals say so and this page is not empty (an empty page ends the read).</summary>
    private static bool HasMore(Page<T> page) => page.Content.Count > 0 && page.HasNext;

    private async Task<Page<T>> ReadPageAsync(Http.HubCall call, JsonTypeInfo<PageEnvelope<T>> envelope, CancellationToken cancellationToken) =>
        (await State.Connection.SendJsonAsync(call, envelope, cancellationToken).ConfigureAwait(false)).ToPage();

    private TSelf Sort(LambdaExpression keySelector, bool descending, bool replace)
    {
        var sort = QueryTranslator.TranslateSort(ListEndpoint, keySelector, descending);
        return With(State with { Sorts = replace ? [sort] : State.Sorts.Add(sort) });
    }
}
