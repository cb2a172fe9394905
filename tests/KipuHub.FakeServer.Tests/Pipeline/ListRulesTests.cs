using KipuHub.FakeServer.Pipeline;

namespace KipuHub.FakeServer.Tests.Pipeline;

/// <summary>
/// The typed sort and filter readers decide exactly as the reflective code they replaced: member values read by
/// reflection, compared by HubQuery.CompareValues, filter values compared with their serialized wire text.
/// </summary>
[Collection(ListCacheCollection.Name)]
public sealed class ListRulesTests : FakeHubTest
{
    [Fact]
    public async Task Sorts_compare_every_pair_of_seeded_services_as_the_reflective_comparison_did()
    {
        var services = await AllServicesAsync();
        var endpoint = HubCatalog.ServicesList;

        endpoint.Sorts.Should().NotBeEmpty();
        foreach (var sort in endpoint.Sorts)
        {
            var property = typeof(ServiceOverview).GetProperty(sort.Member)!;
            var compare = ListRules.Sort<ServiceOverview>(sort.Member);
            foreach (var x in services)
            {
                foreach (var y in services)
                {
                    Math.Sign(compare(x, y)).Should().Be(Math.Sign(HubQuery.CompareValues(property.GetValue(x), property.GetValue(y))),
                        "{0} of {1} and {2}", sort.Member, x.Id, y.Id);
                }
            }
        }
    }

    [Theory]
    [InlineData("PUBLISHED")]
    [InlineData("ACCESSIBLE", "CREATED")]
    [InlineData("published")]
    [InlineData("\"PUBLISHED\"")]
    [InlineData("")]
    public async Task The_lifecycle_filter_matches_as_the_wire_text_comparison_did(params string[] values)
    {
        var services = await AllServicesAsync();
        var filter = HubCatalog.ServicesList.Filters.Single(f => f.QueryName == "lifecycle");
        var matches = ListRules.Filter<ServiceOverview>(filter);

        foreach (var service in services)
        {
            var wire = HubQuery.WireValue(service.Lifecycle);
            matches(service, values).Should().Be(wire is not null && values.Contains(wire, StringComparer.Ordinal), "service {0}", service.Id);
        }
    }

    [Fact]
    public void Each_reader_is_built_once_and_reused()
    {
        ListRules.Sort<ServiceOverview>("Name").Should().BeSameAs(ListRules.Sort<ServiceOverview>("Name"));
        ListRules.Filter<ServiceOverview>(HubCatalog.ServicesList.Filters[0]).Should().BeSameAs(ListRules.Filter<ServiceOverview>(HubCatalog.ServicesList.Filters[0]));
        ListRules.Id<ServiceOverview>().Should().BeSameAs(ListRules.Id<ServiceOverview>());
    }

    private async Task<List<ServiceOverview>> AllServicesAsync()
    {
        var services = new List<ServiceOverview>();
        foreach (var tenant in new string?[] { null, Hub.DemoOrganizationId, Hub.ViewerOrganizationId })
        {
            services.AddRange((await Http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services?size=100", tenant)).Content!);
        }
        return services;
    }
}
