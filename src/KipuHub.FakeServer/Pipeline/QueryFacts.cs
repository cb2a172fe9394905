using System.Collections.Concurrent;
using KipuHub.Contract;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>
/// What one query string means for one endpoint: its paging, sorting and filters (or why they are refused), the
/// strict rules it breaks, and the form the journal records. All three depend on nothing but the endpoint and the
/// query string, and a test suite or a load test sends the same few query strings again and again; so each pair is
/// worked out once and shared, and a request with a known query string neither parses it into a collection nor
/// builds its list-cache key again.
/// </summary>
internal sealed class QueryFacts
{
    /// <summary>How many distinct pairs are remembered; beyond that each is worked out anew (a fuzzer's queries, say).</summary>
    private const int Remembered = 1024;

    private static readonly ConcurrentDictionary<(string Endpoint, string Query), QueryFacts> s_known = new();

    private QueryFacts(Result<HubQuery> parsed, IReadOnlyList<Diagnostic> findings, string recorded)
    {
        Parsed = parsed;
        Findings = findings;
        Recorded = recorded;
    }

    /// <summary>The query as <see cref="HubQuery.Parse"/> reads it.</summary>
    public Result<HubQuery> Parsed { get; }

    /// <summary>The strict rules the query breaks (<see cref="StrictRules.QueryFindings"/>); most break none.</summary>
    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>The query string as the journal keeps it (<see cref="QueryRedaction.Of"/>).</summary>
    public string Recorded { get; }

    /// <summary>The facts of the request's query string for its endpoint.</summary>
    public static QueryFacts Of(HubEndpoint endpoint, HttpRequest request)
    {
        var raw = request.QueryString.Value ?? string.Empty;
        if (s_known.TryGetValue((endpoint.Id, raw), out var known))
        {
            return known;
        }
        var query = request.Query;
        var facts = new QueryFacts(HubQuery.Parse(endpoint, query), StrictRules.QueryFindings(endpoint, query),
            QueryRedaction.Of(request.QueryString, endpoint));
        if (s_known.Count < Remembered)
        {
            s_known.TryAdd((endpoint.Id, raw), facts);
        }
        return facts;
    }
}
