using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Marketplace listings (docs/contract.md#wire-models): <c>type</c> on the overview, <c>serviceType</c> on the detail.</summary>
public class MarketplaceModelsJsonTests
{
    [Fact]
    public void ApiOverview_GoldenDocument_ReadsEveryField()
    {
        var listing = GoldenJson.Read<ApiOverview>(GoldenFiles.Json("ApiOverview"));

        listing.Id.Should().Be(ApiId);
        listing.ServiceId.Should().Be(ServiceId);
        listing.Name.Should().Be("QAOA Portfolio Optimizer");
        listing.Provider.Should().Be("Kipu Demo Org");
        listing.Type.Should().Be(ServiceType.Managed);
        listing.Lifecycle.Should().Be(ServiceLifecycle.Published);
        listing.PricingCategory.Should().Be(PricingCategory.Freemium);
        listing.Rating.Should().Be(4.5m);
        listing.LogoUrl.Should().Be("https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png");
        listing.IsFeatured.Should().BeTrue();
        var finance = listing.Industries.Should().ContainSingle().Subject;
        finance.Uuid.Should().Be(FinanceTaxonomyId);
        finance.Children.Should().ContainSingle().Which.Label.Should().Be("Portfolio Optimization");
    }

    [Fact]
    public void Api_GoldenDocument_ReadsEveryField()
    {
        var api = GoldenJson.Read<Api>(GoldenFiles.Json("Api"));

        api.Id.Should().Be(ApiId);
        api.ServiceId.Should().Be(ServiceId);
        api.Name.Should().Be("QAOA Portfolio Optimizer");
        api.Context.Should().Be("/kipu-demo-org/qaoa-portfolio-optimizer");
        api.Version.Should().Be("1.0.0");
        api.Description.Should().StartWith("Optimises a stock portfolio");
        api.GatewayEndpoint.Should().Be("https://gateway.hub.kipu-quantum.com/kipu-demo-org/qaoa-portfolio-optimizer/1.0.0");
        api.PricingCategory.Should().Be(PricingCategory.Freemium);
        api.Provider.Should().Be("Kipu Demo Org");
        api.Lifecycle.Should().Be(ServiceLifecycle.Published);
        api.ServiceType.Should().Be(ServiceType.External);
        api.Rating.Should().Be(3.8m);
        api.IsFeatured.Should().BeFalse();
        api.Industries.Should().ContainSingle().Which.Label.Should().Be("Finance");
        api.PricingPlans.Should().HaveCount(2);
        api.PricingPlans![0].Type.Should().Be(PricingPlanType.Free);
        api.PricingPlans[0].Products.Should().BeEmpty();
        api.PricingPlans[1].Type.Should().Be(PricingPlanType.Commercial);
        api.PricingPlans[1].Products.Should().ContainSingle().Which.UnitLabel.Should().Be("call");
    }

    [Fact]
    public void Api_DocumentWithOverviewStyleType_DoesNotFillServiceType()
    {
        // The detail DTO names the field serviceType; `type` is the overview's name and must not be taken for it.
        var api = GoldenJson.Read<Api>("""{ "id": "6512bd43-d9ca-4a6b-9e3d-1f2a3b4c5d6e", "type": "MANAGED" }""");

        api.ServiceType.Should().BeNull();
    }
}
