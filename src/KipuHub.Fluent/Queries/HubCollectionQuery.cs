using System.Linq.Expressions;
using KipuHub.Contract;

namespace KipuHub.Queries;

/// <summary>A query over a list endpoint: adds server-side filtering to the tenant choice.</summary>
/// <typeparam name="TSelf">The concrete query type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
public abstract class HubCollectionQuery<TSelf, T> : HubQuery<TSelf> where TSelf : HubCollectionQuery<TSelf, T>
{
    private protected HubCollectionQuery(QueryState state, HubEndpoint listEndpoint, string[] listPathValues)
        : base(state)
    {
        listEndpoint.CheckPathValues(listPathValues);
        ListEndpoint = listEndpoint;
        ListPathValues = listPathValues;
    }

    /// <summary>The catalog endpoint this query lists from.</summary>
    public HubEndpoint ListEndpoint { get; }

    /// <summary>
    /// Filters on the server. Only what the endpoint declares is translated: <c>==</c> on its filter members,
    /// <c>Contains</c> on its search members, joined by <c>&amp;&amp;</c>; values may be constants or captured variables.
    /// </summary>
    /// <param name="predicate">The filter, for example <c>s =&gt; s.Lifecycle == ServiceLifecycle.Published</c>.</param>
    /// <exception cref="NotSupportedException">The filter cannot be sent; the message lists the endpoint's filters. Nothing was sent.</exception>
    public TSelf Where(Expression<Func<T, bool>> predicate) =>
        With(State with { Filters = State.Filters.AddRange(QueryTranslator.TranslateWhere(ListEndpoint, predicate, State.Filters)) });

    /// <summary>The list request this query would send, without sending it. Its ToString() hides the token.</summary>
    public HttpRequestMessage ToRequest() => State.Connection.CreateRequest(ListCall());

    /// <summary>The request line this query would send, for example <c>GET /services?lifecycle=PUBLISHED</c>.</summary>
    public override string ToString()
    {
        var query = string.Join("&", State.ToQuery().Select(p => $"{p.Key}={p.Value}"));
        return $"{ListEndpoint.Method} {ListEndpoint.PathTemplate}{(query.Length > 0 ? "?" + query : "")}";
    }

    private protected string[] ListPathValues { get; }

    private protected Http.HubCall ListCall(int? pageIndex = null, int? pageSize = null) =>
        Call(ListEndpoint, ListPathValues) with { Query = State.ToQuery(pageIndex, pageSize) };
}
