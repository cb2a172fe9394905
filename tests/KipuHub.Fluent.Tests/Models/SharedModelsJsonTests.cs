using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Taxonomies, pricing plans and products (docs/contract.md#wire-models).</summary>
public class SharedModelsJsonTests
{
    [Fact]
    public void TaxonomyElement_GoldenDocument_ReadsTheTree()
    {
        var finance = GoldenJson.Read<TaxonomyElement>(GoldenFiles.Json("TaxonomyElement"));

        finance.Uuid.Should().Be(FinanceTaxonomyId);
        finance.Label.Should().Be("Finance");
        finance.Children.Should().HaveCount(2);
        finance.Children![0].Uuid.Should().Be(PortfolioTaxonomyId);
        finance.Children[0].Label.Should().Be("Portfolio Optimization");
        finance.Children[0].Children.Should().BeEmpty();
        finance.Children[1].Uuid.Should().Be(ChemistryTaxonomyId);
        finance.Children[1].Label.Should().Be("Risk Analysis");
    }

    [Fact]
    public void TaxonomyList_FromTaxonomiesEndpoint_ReadsEveryRoot()
    {
        var roots = GoldenJson.Read<IReadOnlyList<TaxonomyElement>>($"[{GoldenFiles.Json("TaxonomyElement")}, {{ \"uuid\": \"{ChemistryTaxonomyId}\", \"label\": \"Chemistry\", \"children\": [] }}]");

        roots.Select(r => r.Label).Should().Equal("Finance", "Chemistry");
    }

    [Fact]
    public void PricingPlan_GoldenDocument_ReadsEveryFieldAndProducts()
    {
        var plan = GoldenJson.Read<PricingPlan>(GoldenFiles.Json("PricingPlan"));

        plan.Id.Should().Be(PricingPlanId);
        plan.Type.Should().Be(PricingPlanType.Commercial);
        plan.Products.Should().HaveCount(2);
        plan.Products![0].Should().Be(new Product
        {
            Id = ApiProductId, Name = "API call", UnitLabel = "call", AmountMajor = 0.05m, Currency = "EUR", Type = ProductType.Api,
        });
        plan.Products[1].Type.Should().Be(ProductType.Ionq1GateShot);
    }

    [Fact]
    public void Product_GoldenDocument_ReadsEveryFieldWithExactDecimalPrice()
    {
        GoldenJson.Read<Product>(GoldenFiles.Json("Product")).Should().Be(new Product
        {
            Id = IonqProductId,
            Name = "IonQ 1-qubit gate shot",
            UnitLabel = "shot",
            AmountMajor = 0.00003m,
            Currency = "USD",
            Type = ProductType.Ionq1GateShot,
        });
    }
}
