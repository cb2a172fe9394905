using KipuHub.Models;
using KipuHub.Paging;
using KipuHub.Serialization;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>
/// Page envelopes (docs/contract.md#the-envelope): the fake's <c>{content,page,size,totalElements,totalPages}</c>
/// and Spring's <c>Page</c> with <c>number</c> read into the same <see cref="Page{T}"/>.
/// </summary>
public class PageEnvelopeJsonTests
{
    private const string FirstOverview = """
        { "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60", "name": "qaoa-portfolio-optimizer", "type": "MANAGED", "lifecycle": "PUBLISHED" }
        """;

    private const string SecondOverview = """
        { "id": "b6d767d2-f8ed-4d21-a44d-6f3e2c1b0a98", "name": "ground-state-workflow", "type": "WORKFLOW", "lifecycle": "CREATED" }
        """;

    private const string KipuEnvelope = $$"""
        {
          "content": [{{FirstOverview}}, {{SecondOverview}}],
          "page": 1,
          "size": 2,
          "totalElements": 5,
          "totalPages": 3
        }
        """;

    // §3.12 (a): the exact shape of Spring Data's Page (PageDataPoolDto in Gen A).
    private const string SpringPage = $$"""
        {
          "content": [{{FirstOverview}}, {{SecondOverview}}],
          "pageable": {
            "offset": 2,
            "sort": { "empty": false, "sorted": true, "unsorted": false },
            "paged": true,
            "pageNumber": 1,
            "pageSize": 2,
            "unpaged": false
          },
          "number": 1,
          "size": 2,
          "numberOfElements": 2,
          "totalElements": 5,
          "totalPages": 3,
          "first": false,
          "last": false,
          "empty": false,
          "sort": { "empty": false, "sorted": true, "unsorted": false }
        }
        """;

    [Fact]
    public void ToPage_KipuEnvelope_ReadsEveryField()
    {
        var page = Read(KipuEnvelope);

        page.PageIndex.Should().Be(1);
        page.Size.Should().Be(2);
        page.TotalElements.Should().Be(5);
        page.TotalPages.Should().Be(3);
        page.HasNext.Should().BeTrue();
        page.Content.Select(s => s.Id).Should().Equal("a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60", "b6d767d2-f8ed-4d21-a44d-6f3e2c1b0a98");
        page.Content[1].Type.Should().Be(ServiceType.Workflow);
    }

    [Fact]
    public void ToPage_SpringPage_ReadsNumberAsPageIndexAndEqualsTheKipuEnvelope()
    {
        var spring = Read(SpringPage);

        spring.Should().BeEquivalentTo(Read(KipuEnvelope));
        spring.PageIndex.Should().Be(1);
    }

    [Fact]
    public void ToPage_LastPage_HasNoNext()
    {
        var page = Read("""{ "content": [{ "id": "a87ff679-a2f3-471d-8f9e-1b2c3d4e5f60" }], "page": 2, "size": 2, "totalElements": 5, "totalPages": 3 }""");

        page.HasNext.Should().BeFalse();
    }

    [Fact]
    public void ToPage_PastTheLastPage_IsEmptyWithoutNext()
    {
        var page = Read("""{ "content": [], "page": 7, "size": 20, "totalElements": 5, "totalPages": 1 }""");

        page.Content.Should().BeEmpty();
        page.PageIndex.Should().Be(7);
        page.HasNext.Should().BeFalse();
    }

    [Fact]
    public void ToPage_FirstPageWithoutTotals_TakesTheContentAsTheWholeListAndStops()
    {
        var page = Read($$"""{ "content": [{{FirstOverview}}, {{SecondOverview}}], "page": 0, "size": 20 }""");

        page.PageIndex.Should().Be(0);
        page.Size.Should().Be(20);
        page.TotalElements.Should().Be(2);
        page.TotalPages.Should().Be(1);
        page.HasNext.Should().BeFalse("without totals a pager must stop rather than loop");
    }

    [Fact]
    public void ToPage_LaterPageWithoutTotals_KeepsItsIndexAndStops()
    {
        var page = Read($$"""{ "content": [{{FirstOverview}}], "number": 3, "size": 1 }""");

        page.PageIndex.Should().Be(3);
        page.Content.Should().ContainSingle();
        page.TotalElements.Should().Be(4, "three full pages of one came before this one");
        page.TotalPages.Should().Be(4);
        page.HasNext.Should().BeFalse("without totals a pager must stop rather than loop");
    }

    [Fact]
    public void ToPage_OnlyContent_DefaultsToPageZeroSizedByTheContent()
    {
        var page = Read($$"""{ "content": [{{FirstOverview}}, {{SecondOverview}}] }""");

        page.PageIndex.Should().Be(0);
        page.Size.Should().Be(2);
        page.TotalElements.Should().Be(2);
        page.TotalPages.Should().Be(1);
        page.HasNext.Should().BeFalse();
    }

    [Fact]
    public void ToPage_EmptyObject_IsAnEmptyPageWithoutNext()
    {
        var page = Read("{}");

        page.Content.Should().BeEmpty();
        page.PageIndex.Should().Be(0);
        page.TotalElements.Should().Be(0);
        page.TotalPages.Should().Be(0);
        page.HasNext.Should().BeFalse();
    }

    [Fact]
    public void From_Page_WritesTheKipuEnvelopeWithoutSpringFields()
    {
        var page = Read(KipuEnvelope);

        var json = System.Text.Json.JsonSerializer.Serialize(PageEnvelope<ServiceOverview>.From(page), ServicesJsonContext.Default.PageEnvelopeServiceOverview);

        json.ShouldBeSameJsonAs(KipuEnvelope);
    }

    private static Page<ServiceOverview> Read(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, ServicesJsonContext.Default.PageEnvelopeServiceOverview)!.ToPage();
}
