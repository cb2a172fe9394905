using System.Net;
using System.Text;
using System.Text.Json;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The marketplace, client against fake over loopback: both generations' field names, logos and OpenAPI documents.</summary>
public sealed class MarketplaceTests : FakeHubTest
{
    [Fact]
    public async Task Listings_CarryThe2024AndTodaysNames_WithTheSameValues_OnTheWire()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        using var document = JsonDocument.Parse(await http.GetStringAsync(Fake.BaseUrl + "/v2/apis"));

        document.RootElement.GetArrayLength().Should().BeGreaterThan(0);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            item.GetProperty("serviceType").GetString().Should().Be(item.GetProperty("type").GetString()).And.BeOneOf("MANAGED", "EXTERNAL", "WORKFLOW");
            item.GetProperty("pricingPlanType").GetString().Should().Be(item.GetProperty("pricingCategory").GetString()).And.BeOneOf("FREE", "FREEMIUM", "COMMERCIAL");
        }
        var listings = await Hub.Marketplace.ListAsync();
        listings.Should().OnlyContain(a => a.ServiceType == a.Type && a.PricingPlanType == a.PricingCategory);
    }

    [Fact]
    public async Task Logo_IsAPngOfItsOwn_TheSameOnEveryRead()
    {
        var listings = await Hub.Marketplace.ListAsync();

        var first = await LogoAsync(listings[0].Id);
        var second = await LogoAsync(listings[1].Id);

        first.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        Encoding.ASCII.GetString(first, 12, 4).Should().Be("IHDR");
        (await LogoAsync(listings[0].Id)).Should().Equal(first);
        second.Should().NotEqual(first, "each listing draws its own logo");
    }

    [Fact]
    public async Task Logo_AnswersImagePng_WithoutAnOrganization()
    {
        var id = (await Hub.Marketplace.ListAsync())[0].Id;
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", "bob-token");

        using var response = await http.GetAsync($"{Fake.BaseUrl}/v2/apis/{id}/logo");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
    }

    [Fact]
    public async Task ApiSpec_IsTheOpenApiDocumentItsProviderUploaded()
    {
        var service = (await Hub.Services.InOrg(Org).Where(s => s.Lifecycle == ServiceLifecycle.Published).Page(0, 100).ListAsync()).Content[0];
        var listing = (await Hub.Marketplace.ListAsync()).Single(a => a.ServiceId == service.Id);
        var version = Hub.Services.InOrg(Org).Version(service.Id, service.ServiceDefinitionId!);
        (await Hub.Marketplace.GetApiSpecAsync(listing.Id)).Should().Be(await version.GetApiSpecAsync());

        const string spec = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Renamed\", \"version\": \"1\"}, \"paths\": {}}";
        await version.UploadApiSpecAsync(new MemoryStream(Encoding.UTF8.GetBytes(spec)));

        using var bob = Fake.CreateClient("bob-token");
        (await bob.Marketplace.GetApiSpecAsync(listing.Id)).Should().Be(spec, "every caller reads a public listing's document");
    }

    [Fact]
    public async Task AnUnknownListing_OrAServiceId_Is404_OnLogoAndApiSpec()
    {
        var listing = (await Hub.Marketplace.ListAsync())[0];
        var unpublished = (await Hub.Services.InOrg(Org).Where(s => s.Lifecycle == ServiceLifecycle.Created).Page(0, 1).ListAsync()).Content[0];

        foreach (var id in new[] { listing.ServiceId!, "00000000-0000-0000-0000-000000000000", unpublished.Id })
        {
            (await FluentActions.Awaiting(() => LogoAsync(id)).Should().ThrowAsync<NotFoundException>()).Which.ErrorMessage.Should().Contain("not a service id");
            await FluentActions.Awaiting(() => Hub.Marketplace.GetApiSpecAsync(id)).Should().ThrowAsync<NotFoundException>();
        }
    }

    private async Task<byte[]> LogoAsync(string id)
    {
        using var buffer = new MemoryStream();
        await Hub.Marketplace.DownloadLogoAsync(id, buffer);
        return buffer.ToArray();
    }
}
