using System.Reflection;
using KipuHub.FakeServer.Pipeline;
using KipuHub.FakeServer.Routing;

namespace KipuHub.FakeServer.Tests.Routing;

/// <summary>
/// Catalog aliases (an entry's <c>AliasOf</c>, the 2024 path of an operation): served by their target's handler, never
/// by one of their own, and checked against the target when the catalog loads.
/// </summary>
public sealed class AliasRoutingTests
{
    [Fact]
    public void Every_alias_is_served_by_the_handler_of_its_target()
    {
        var handlers = HubRouteMapper.Resolve(HubCatalog.All, HubRouteMapper.Tables);

        var aliases = HubCatalog.All.Where(e => e.IsAlias).ToList();
        aliases.Select(a => a.Id).Should().Contain(nameof(HubCatalog.ServiceJobsList2024));
        foreach (var alias in aliases)
        {
            handlers[alias.Id].Should().BeSameAs(handlers[alias.AliasOf!], alias.Id);
        }
    }

    [Fact]
    public void A_route_table_may_not_register_a_handler_for_an_alias()
    {
        var jobs = HubRouteMapper.Tables.Single(t => t.Namespace == "service_jobs");
        var withAlias = new HubRouteTable("service_jobs")
        {
            [nameof(HubCatalog.ServiceJobsList)] = jobs[nameof(HubCatalog.ServiceJobsList)],
            [nameof(HubCatalog.ServiceJobsCreate)] = jobs[nameof(HubCatalog.ServiceJobsCreate)],
            [nameof(HubCatalog.ServiceJobsGet)] = jobs[nameof(HubCatalog.ServiceJobsGet)],
            [nameof(HubCatalog.ServiceJobsDelete)] = jobs[nameof(HubCatalog.ServiceJobsDelete)],
            [nameof(HubCatalog.ServiceJobsCancel)] = jobs[nameof(HubCatalog.ServiceJobsCancel)],
            [nameof(HubCatalog.ServiceJobsLogs)] = jobs[nameof(HubCatalog.ServiceJobsLogs)],
            [nameof(HubCatalog.ServiceJobsCosts)] = jobs[nameof(HubCatalog.ServiceJobsCosts)],
            [nameof(HubCatalog.ServiceJobsGet2024)] = jobs[nameof(HubCatalog.ServiceJobsGet)],
        };
        var tables = HubRouteMapper.Tables.Where(t => t.Namespace != "service_jobs").Append(withAlias).ToList();

        FluentActions.Invoking(() => HubRouteMapper.Resolve(HubCatalog.All, tables)).Should().Throw<InvalidOperationException>()
            .WithMessage("*ServiceJobsGet2024 is an alias of ServiceJobsGet and is served by its handler*");
    }

    [Theory]
    [InlineData(nameof(BadAliases.Unknown), "*names 'Nope', which the catalog does not declare*")]
    [InlineData(nameof(BadAliases.OtherMethod), "*is DELETE, its target 'Target' GET*")]
    [InlineData(nameof(BadAliases.OtherParameters), "*has path parameters (key), its target 'Target' (id)*")]
    [InlineData(nameof(BadAliases.OtherResult), "*must send and answer the same types as its target 'Target'*")]
    [InlineData(nameof(BadAliases.OfAnAlias), "*names 'Good', which is an alias itself*")]
    [InlineData(nameof(BadAliases.OtherConflict), "*must declare the ConflictsWhen of its target 'Target' (\"\")*")]
    public void An_alias_that_cannot_stand_in_for_its_target_fails_the_catalog(string id, string message)
    {
        var byId = new[] { nameof(BadAliases.Target), nameof(BadAliases.Good), id }
            .Select(name => new HubEndpoint(typeof(BadAliases).GetProperty(name, BindingFlags.Public | BindingFlags.Static)!))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);

        FluentActions.Invoking(() => HubAliases.Check(byId)).Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public void An_alias_that_fits_its_target_passes()
    {
        var byId = new[] { nameof(BadAliases.Target), nameof(BadAliases.Good) }
            .Select(name => new HubEndpoint(typeof(BadAliases).GetProperty(name, BindingFlags.Public | BindingFlags.Static)!))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);

        FluentActions.Invoking(() => HubAliases.Check(byId)).Should().NotThrow();
    }

    private static class BadAliases
    {
        [HubEndpoint("x", "GET", "/things/{id}", Result = typeof(Job))]
        public static int Target => 0;

        [HubEndpoint("x", "GET", "/old-things/{id}", Result = typeof(Job), AliasOf = nameof(Target))]
        public static int Good => 0;

        [HubEndpoint("x", "GET", "/old/{id}", Result = typeof(Job), AliasOf = "Nope")]
        public static int Unknown => 0;

        [HubEndpoint("x", "DELETE", "/old/{id}", Shape = HubResultShape.Empty, AliasOf = nameof(Target))]
        public static int OtherMethod => 0;

        [HubEndpoint("x", "GET", "/old/{key}", Result = typeof(Job), AliasOf = nameof(Target))]
        public static int OtherParameters => 0;

        [HubEndpoint("x", "GET", "/old/{id}", Result = typeof(JobOverview), AliasOf = nameof(Target))]
        public static int OtherResult => 0;

        [HubEndpoint("x", "GET", "/older/{id}", Result = typeof(Job), AliasOf = nameof(Good))]
        public static int OfAnAlias => 0;

        [HubEndpoint("x", "GET", "/old/{id}", Result = typeof(Job), AliasOf = nameof(Target), ConflictsWhen = "it is busy")]
        public static int OtherConflict => 0;
    }
}
