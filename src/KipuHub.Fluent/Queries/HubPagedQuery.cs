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

    private protected Task<Page<T>> ListPageAsync(JsonTypeInfo<PageEnvelope<T>> envelope, CancellationToken cancellationToken) =>
        ReadPageAsync(ListCall(), envelope, cancellationToken);

    private protected async IAsyncEnumerable<T> AllPagesAsync(JsonTypeInfo<PageEnvelope<T>> envelope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageIndex = State.PageIndex ?? 0;
        var size = State.PageSize ?? ListEndpoint.DefaultPageSize;
        while (true)
        {
            var page = await ReadPageAsync(ListCall(pageIndex, size), envelope, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Content)
            {
                yield return item;
            }
            if (page.Content.Count == 0 || !page.HasNext)
            {
                yield break;
            }
            pageIndex++;
        }
    }

    private async Task<Page<T>> ReadPageAsync(Http.HubCall call, JsonTypeInfo<PageEnvelope<T>> envelope, CancellationToken cancellationToken) =>
        (await State.Connection.SendJsonAsync(call, envelope, cancellationToken).ConfigureAwait(false)).ToPage();

    private TSelf Sort(LambdaExpression keySelector, bool descending, bool replace)
    {
        var sort = QueryTranslator.TranslateSort(ListEndpoint, keySelector, descending);
        return With(State with { Sorts = replace ? [sort] : State.Sorts.Add(sort) });
    }
}
