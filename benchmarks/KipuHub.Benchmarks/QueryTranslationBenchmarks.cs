using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using KipuHub.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// Item 2: build and translate a query with captured locals. The shape,
/// <c>Where(s =&gt; s.Lifecycle == l &amp;&amp; s.Name.Contains(q)).OrderBy(s =&gt; s.Name).Page(p, 20)</c>, is not
/// accepted by the catalog (ServicesList filters only on Lifecycle ==, and only DataPoolsList has a Contains
/// search), so it is measured as its two legal halves: services (InOrg + Lifecycle == + OrderBy + Page) and data
/// pools (InOrg + Name.Contains). Translation is eager (inside Where/OrderBy/Page), so building the query is
/// translating it. The reference is the cost the caller's compiler-emitted code pays anyway: building the same
/// expression trees; and, for contrast, what a per-call Expression.Compile() would cost.
/// </summary>
[MemoryDiagnoser]
public class QueryTranslationBenchmarks
{
    private HubPlatformClient _hub = null!;
    private string _org = null!;
    private ServiceLifecycle _lifecycle;
    private string _search = null!;
    private int _page;

    [GlobalSetup]
    public void Setup()
    {
        _hub = new HubPlatformClient(new HubPlatformClientOptions { ApiKey = Fixtures.Token, BaseUrl = new Uri(Fixtures.BaseUrl), HttpClient = new HttpClient() });
        _org = "8a7f0d2e-0000-4000-8000-000000000001";
        _lifecycle = ServiceLifecycle.Published;
        _search = "qaoa";
        _page = 3;
    }

    [GlobalCleanup]
    public void Cleanup() => _hub.Dispose();

    [Benchmark(Baseline = true, Description = "reference: build the expression trees only")]
    public object TreesOnly()
    {
        var l = _lifecycle;
        var q = _search;
        Expression<Func<ServiceOverview, bool>> where = s => s.Lifecycle == l;
        Expression<Func<ServiceOverview, string?>> order = s => s.Name;
        Expression<Func<DataPool, bool>> search = d => d.Name!.Contains(q);
        return (where, order, search);
    }

    [Benchmark(Description = "services: InOrg+Where(Lifecycle==l)+OrderBy(Name)+Page(p,20)")]
    public ServicesQuery Services()
    {
        var l = _lifecycle;
        var p = _page;
        return _hub.Services.InOrg(_org).Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(p, 20);
    }

    [Benchmark(Description = "data pools: InOrg+Where(Name.Contains(q))")]
    public DataPoolsQuery DataPools()
    {
        var q = _search;
        return _hub.DataPools.InOrg(_org).Where(d => d.Name!.Contains(q));
    }

    [Benchmark(Description = "both halves (the issue's shape, split)")]
    public object Both()
    {
        var l = _lifecycle;
        var q = _search;
        var p = _page;
        var services = _hub.Services.InOrg(_org).Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(p, 20);
        var pools = _hub.DataPools.InOrg(_org).Where(d => d.Name!.Contains(q));
        return (services, pools);
    }

    [Benchmark(Description = "contrast: the same trees + Expression.Compile() per call")]
    public object CompilePerCall()
    {
        var l = _lifecycle;
        var q = _search;
        Expression<Func<ServiceOverview, bool>> where = s => s.Lifecycle == l;
        Expression<Func<DataPool, bool>> search = d => d.Name!.Contains(q);
        // What a translator that evaluates closure values by compiling would do: compile each value expression.
        var lv = Expression.Lambda<Func<object>>(Expression.Convert(((BinaryExpression)where.Body).Right, typeof(object))).Compile()();
        var qv = Expression.Lambda<Func<object>>(((MethodCallExpression)search.Body).Arguments[0]).Compile()();
        return (lv, qv);
    }
}
