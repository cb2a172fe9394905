using System.Linq.Expressions;
using System.Runtime;
using KipuHub.Contract;
using KipuHub.Fluent.Tests.Queries;
using KipuHub.Models;
using KipuHub.Queries;

namespace KipuHub.Fluent.Tests.Performance;

/// <summary>
/// Issue 5, item 2: translating a query must not compile expression trees per call. Expression.Compile() emits a
/// new dynamic method that the JIT has to compile, so the number of methods the JIT compiled on this thread is a
/// direct probe: once warm, translating 200 fresh queries (fresh closures each time) must JIT nothing, while
/// compiling the same value expressions 200 times JITs at least 200 methods (which shows the probe works).
/// </summary>
public sealed class NoCompilePerCallTests
{
    private const int Calls = 200;

    // The shape is Where(s => s.Lifecycle == l && s.Name.Contains(q)).OrderBy(s => s.Name).Page(p, 20); the
    // catalog filters services only on Lifecycle == and searches by Name.Contains only on data pools, so both halves
    // are translated, each where it is allowed.
    private static void TranslateOnce(HubPlatformClient hub, int i)
    {
        var l = i % 2 == 0 ? ServiceLifecycle.Published : ServiceLifecycle.Accessible;
        var q = "qaoa";
        var p = i % 7;
        var services = hub.Services.InOrg("org-1").Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(p, 20);
        var pools = hub.DataPools.InOrg("org-1").Where(d => d.Name!.Contains(q));
        GC.KeepAlive(services);
        GC.KeepAlive(pools);
    }

    [Fact]
    public void Translating_AWarmQuery_JitCompilesNothing()
    {
        using var hub = TestClients.Create(TestClients.Answering());
        for (var i = 0; i < 50; i++)
        {
            TranslateOnce(hub, i); // warm: JIT every method on the path once
        }

        var before = JitInfo.GetCompiledMethodCount(currentThread: true);
        for (var i = 0; i < Calls; i++)
        {
            TranslateOnce(hub, i);
        }
        var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;

        // A few are tolerated (a stub or an OSR version of a loop); one per call would be Calls or more.
        compiled.Should().BeLessThan(10, "translation reads closure values by reflection; it must not compile expression trees per call");
    }

    [Fact]
    public void TheProbe_SeesCompilePerCall()
    {
        for (var i = 0; i < 5; i++)
        {
            CompileOnce(i);
        }
        var before = JitInfo.GetCompiledMethodCount(currentThread: true);
        for (var i = 0; i < Calls; i++)
        {
            CompileOnce(i);
        }
        var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;

        compiled.Should().BeGreaterThanOrEqualTo(Calls, "each Expression.Compile() emits a new method for the JIT");
    }

    private static void CompileOnce(int i)
    {
        var l = i % 2 == 0 ? ServiceLifecycle.Published : ServiceLifecycle.Accessible;
        Expression<Func<ServiceOverview, bool>> where = s => s.Lifecycle == l;
        var value = Expression.Lambda<Func<object>>(Expression.Convert(((BinaryExpression)where.Body).Right, typeof(object))).Compile()();
        GC.KeepAlive(value);
    }

    [Fact]
    public void Translating_AllocatesLessThanOneKilobytePerCall()
    {
        var l = ServiceLifecycle.Published;
        var q = "qaoa";
        Expression<Func<ServiceOverview, bool>> where = s => s.Lifecycle == l;
        Expression<Func<ServiceOverview, string?>> order = s => s.Name;
        Expression<Func<DataPool, bool>> search = d => d.Name!.Contains(q);
        for (var i = 0; i < 50; i++)
        {
            Translate();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            Translate();
        }
        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;

        perCall.Should().BeLessThan(1024, "translating the filters and the sort should not allocate more than the parameters it produces");

        void Translate()
        {
            var filters = QueryTranslator.TranslateWhere(HubCatalog.ServicesList, where, []);
            var sort = QueryTranslator.TranslateSort(HubCatalog.ServicesList, order, descending: false);
            var searchFilter = QueryTranslator.TranslateWhere(HubCatalog.DataPoolsList, search, []);
            GC.KeepAlive(filters);
            GC.KeepAlive(sort);
            GC.KeepAlive(searchFilter);
        }
    }
}
