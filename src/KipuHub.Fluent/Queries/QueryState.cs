using System.Collections.Immutable;
using KipuHub.Http;

namespace KipuHub.Queries;

/// <summary>The immutable state every fluent query carries; each fluent call returns a copy.</summary>
internal sealed record QueryState(HubConnection Connection)
{
    public ScopeChoice Scope { get; init; }

    public ImmutableArray<KeyValuePair<string, string>> Filters { get; init; } = [];

    public ImmutableArray<string> Sorts { get; init; } = [];

    public int? PageIndex { get; init; }

    public int? PageSize { get; init; }

    /// <summary>Whether AllAsync fetches the next page while the caller consumes the current one.</summary>
    public bool Prefetch { get; init; }

    /// <summary>
    /// The state a query under one item of this list starts from (a pool's files, a service's versions): the same
    /// connection and scope, but none of this list's filters, sorts, page or prefetch, which belong to this list's endpoint.
    /// </summary>
    public QueryState ScopeOnly() => new(Connection) { Scope = Scope };

    public IReadOnlyList<KeyValuePair<string, string>> ToQuery(int? pageIndex = null, int? pageSize = null)
    {
        pageIndex ??= PageIndex;
        pageSize ??= PageSize;
        if (Filters.IsEmpty && Sorts.IsEmpty && pageIndex is null && pageSize is null)
        {
            return [];
        }
        var query = new List<KeyValuePair<string, string>>(Filters.Length + Sorts.Length + 2);
        // Plain loops: AddRange over an ImmutableArray and a LINQ Select would box and allocate on every call.
        foreach (var filter in Filters)
        {
            query.Add(filter);
        }
        foreach (var sort in Sorts)
        {
            query.Add(new("sort", sort));
        }
        if (pageIndex is { } page)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (pageSize is { } size)
        {
            query.Add(new("size", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return query;
    }
}
