using System.Net;
using System.Text;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The external_services namespace, client against fake over loopback: create, plans, metering, roles, tenancy, secrets.</summary>
public sealed class ExternalServicesTests : FakeHubTest
{
    private const string Spec = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Weather\", \"version\": \"1\"}, \"paths\": {}}";
    private const string Password = "gateway-pa55word-never-shown";

    private static readonly CreateExternalServiceRequest s_weather = new() { Name = "Quantum weather", Url = "https://weather.example.com/api", Description = "Forecasts." };

    [Fact]
    public async Task Create_MakesACreatedExternalService_ThatCallsItsUrl_AndCanBePublishedAtOnce()
    {
        var service = await CreateAsync();

        var version = service.ServiceDefinitions!.Should().ContainSingle().Subject;
        (version.Type, version.Lifecycle, version.ProductionEndpoint, version.Description).Should()
            .Be((ServiceType.External, ServiceLifecycle.Created, s_weather.Url, "Forecasts."));
        (version.Configurations, version.RuntimeConfiguration, version.Source).Should().Be((null, null, null));
        var handle = Hub.Services.InOrg(Org).Version(service.Id, version.Id);
        (await handle.GetApiSpecAsync()).Should().Be(Spec);
        (await handle.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Success, "there is nothing to build");
        (await handle.PublishAsync()).Lifecycle.Should().Be(ServiceLifecycle.Published);
        (await Hub.Marketplace.ListAsync()).Should().ContainSingle(a => a.ServiceId == service.Id).Which.ServiceType.Should().Be(ServiceType.External);
    }

    [Fact]
    public async Task BasicCredentials_AreWriteOnly_NeverInAnAnswer_TheJournal_OrToString()
    {
        var request = s_weather with { SecurityConfiguration = "BASIC", Username = "gateway", Password = Password };

        var service = await Hub.ExternalServices.InOrg(Org).CreateAsync(request, Stream(Spec));

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        (await http.GetStringAsync($"{Fake.BaseUrl}/services/{service.Id}")).Should().NotContain(Password);
        (await http.GetStringAsync($"{Fake.BaseUrl}/services?size=2000")).Should().NotContain(Password);
        var entry = Fake.Journal.ForRoute(HubCatalog.ExternalServicesCreate).Entries.Should().ContainSingle().Subject;
        entry.Query.Should().NotContain(Password).And.Contain("password=***").And.Contain("username=gateway");
        entry.ToString().Should().NotContain(Password);
        request.ToString().Should().NotContain(Password).And.Contain("Password = ***");
    }

    [Theory]
    [InlineData(null, "https://x.example.com", null, null, null, "needs a 'name'")]
    [InlineData("n", null, null, null, null, "needs a 'url'")]
    [InlineData("n", "ftp://x.example.com", null, null, null, "absolute http or https URL")]
    [InlineData("n", "/relative", null, null, null, "absolute http or https URL")]
    [InlineData("n", "https://x.example.com", "OAUTH", null, null, "Accepted: NONE, BASIC")]
    [InlineData("n", "https://x.example.com", "BASIC", "user", null, "needs both a 'username' and a 'password'")]
    [InlineData("n", "https://x.example.com", null, "user", "pw", "needs securityConfiguration=BASIC")]
    public async Task Create_WithBadSettings_Is422_NamingWhatIsAccepted(string? name, string? url, string? security, string? username, string? password, string named)
    {
        var request = new CreateExternalServiceRequest { Name = name, Url = url, SecurityConfiguration = security, Username = username, Password = password };

        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ExternalServices.InOrg(Org).CreateAsync(request, Stream(Spec)));

        error.ErrorMessage.Should().Contain(named);
        if (password is not null)
        {
            error.ErrorMessage.Should().NotContain(password);
        }
    }

    [Fact]
    public async Task Create_WithAnApiDefinitionThatIsNoOpenApiDocument_Is422_AndWithoutThePartIs400()
    {
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ExternalServices.InOrg(Org).CreateAsync(s_weather, Stream("hello"))))
            .ErrorMessage.Should().Contain("apiDefinition").And.Contain("OpenAPI");

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var before = Fake.Store.Fingerprint();
        var wrongPart = new MultipartFormDataContent { { new StringContent(Spec), "file", "openapi.json" } };
        using var response = await http.PostAsync($"{Fake.BaseUrl}/v2/external-services?name=n&url=https://x.example.com", wrongPart);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no part named").And.Contain("apiDefinition");
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task PricingPlans_AreAddedAndRemoved_AndTheListingsCategoryFollowsThem()
    {
        var (service, versionId) = await CreatePublishedAsync();
        var external = Hub.ExternalServices.InOrg(Org);

        var free = await external.CreatePricingPlanAsync(service.Id, versionId, new() { Type = PricingPlanType.Free });
        (await ListingAsync(service.Id)).PricingCategory.Should().Be(PricingCategory.Free);
        var paid = await external.CreatePricingPlanAsync(service.Id, versionId,
            new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "Forecast", UnitLabel = "forecast", AmountMajor = 0.25m }] });

        paid.Products.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "Forecast", UnitLabel = "forecast", AmountMajor = 0.25m, Currency = "EUR", Type = ProductType.Custom });
        (await ListingAsync(service.Id)).PricingPlanType.Should().Be(PricingCategory.Freemium);
        await external.DeletePricingPlanAsync(service.Id, versionId, free.Id);
        (await ListingAsync(service.Id)).PricingCategory.Should().Be(PricingCategory.Commercial);
        (await Hub.Services.InOrg(Org).Version(service.Id, versionId).GetAsync()).PricingPlans.Should().ContainSingle().Which.Id.Should().Be(paid.Id);
        await ExpectNothingChangedAsync<NotFoundException>(() => external.DeletePricingPlanAsync(service.Id, versionId, free.Id));
    }

    [Fact]
    public async Task PricingPlans_OutOfTheirRules_Are422()
    {
        var (service, versionId) = await CreatePublishedAsync();
        var external = Hub.ExternalServices.InOrg(Org);

        async Task Expect(CreateExternalServicePricingPlanRequest plan, string named) =>
            (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => external.CreatePricingPlanAsync(service.Id, versionId, plan))).ErrorMessage.Should().Contain(named);

        await Expect(new(), "FREE or COMMERCIAL");
        await Expect(new() { Type = new PricingPlanType("BARTER") }, "got 'BARTER'");
        await Expect(new() { Type = PricingPlanType.Commercial }, "at least one product");
        await Expect(new() { Type = PricingPlanType.Commercial, Products = [new() { AmountMajor = 1 }] }, "needs a 'name'");
        await Expect(new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "x", AmountMajor = -1 }] }, "from 0 to 1000000");
        await Expect(new() { Type = PricingPlanType.Free, Products = [new() { Name = "x", AmountMajor = 2 }] }, "amountMajor 0");
    }

    [Fact]
    public async Task Metering_RecordsUse_InTestModeUntilPublished_AndACorrelationIdCountsOnce()
    {
        var service = await CreateAsync();
        var versionId = service.ServiceDefinitions![0].Id;
        var plan = await Hub.ExternalServices.InOrg(Org).CreatePricingPlanAsync(service.Id, versionId,
            new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "Forecast", AmountMajor = 0.25m }] });
        var product = plan.Products![0].Id;

        var test = await Hub.ExternalServices.MeterAsync(new() { CorrelationId = "run-1", ProductId = product, Count = 3 });
        await Hub.Services.InOrg(Org).Version(service.Id, versionId).PublishAsync();
        var live = await Hub.ExternalServices.InPersonalAccount().MeterAsync(new() { CorrelationId = "run-2", ProductId = product, Count = 2 });
        var again = await Hub.ExternalServices.MeterAsync(new() { CorrelationId = "run-2", ProductId = product, Count = 2 });

        (test.TestMode, live.TestMode).Should().Be((true, false));
        again.Should().Be(live);
        var events = await Hub.ExternalServices.InOrg(Org).MeteringEvents(service.Id, versionId).ListAsync();
        events.Select(e => (e.ProductId, e.Count, e.UnitPrice, e.ProductName)).Should().Equal((product, 3m, 0.25m, "Forecast"), (product, 2m, 0.25m, "Forecast"));
        events.Select(e => e.Timestamp).Should().BeInAscendingOrder();
        (await ExpectNothingChangedAsync<ConflictException>(() => Hub.ExternalServices.MeterAsync(new() { CorrelationId = "run-2", ProductId = product, Count = 5 })))
            .ErrorMessage.Should().Contain("already recorded");
    }

    [Fact]
    public async Task Metering_BadInput_Is422_AnUnknownOrForeignProductIs404_AndAViewerIs403()
    {
        var service = await CreateAsync();
        var plan = await Hub.ExternalServices.InOrg(Org).CreatePricingPlanAsync(service.Id, service.ServiceDefinitions![0].Id,
            new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "Forecast", AmountMajor = 0.25m }] });
        var product = plan.Products![0].Id;

        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ExternalServices.MeterAsync(new() { ProductId = product, Count = 1 }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ExternalServices.MeterAsync(new() { CorrelationId = "c", Count = 1 }));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ExternalServices.MeterAsync(new() { CorrelationId = "c", ProductId = product, Count = 0 }));
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.ExternalServices.MeterAsync(new() { CorrelationId = "c", ProductId = "00000000-0000-0000-0000-000000000000", Count = 1 }));
        using var bob = Fake.CreateClient("bob-token");
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.ExternalServices.MeterAsync(new() { CorrelationId = "c", ProductId = product, Count = 1 }));

        using var alice = Fake.CreateClient("alice-token");
        var labService = await alice.ExternalServices.InOrg(Fake.ViewerOrganizationId).CreateAsync(s_weather, Stream(Spec));
        var labPlan = await alice.ExternalServices.InOrg(Fake.ViewerOrganizationId).CreatePricingPlanAsync(labService.Id, labService.ServiceDefinitions![0].Id,
            new() { Type = PricingPlanType.Commercial, Products = [new() { Name = "Lab call", AmountMajor = 1 }] });
        (await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.ExternalServices.MeterAsync(new() { CorrelationId = "c", ProductId = labPlan.Products![0].Id, Count = 1 })))
            .ErrorMessage.Should().Contain("VIEWER");
    }

    [Fact]
    public async Task Roles_AndTenancy_OnPlansAndEvents()
    {
        var (service, versionId) = await CreatePublishedAsync();
        var plan = await Hub.ExternalServices.InOrg(Org).CreatePricingPlanAsync(service.Id, versionId, new() { Type = PricingPlanType.Free });
        using var alice = Fake.CreateClient("alice-token");
        using var bob = Fake.CreateClient("bob-token");

        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.ExternalServices.InOrg(Org).DeletePricingPlanAsync(service.Id, versionId, plan.Id));
        (await alice.ExternalServices.InOrg(Org).CreatePricingPlanAsync(service.Id, versionId, new() { Type = PricingPlanType.Free })).Id.Should().NotBe(plan.Id);
        await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.ExternalServices.InOrg(Fake.ViewerOrganizationId).CreateAsync(s_weather, Stream(Spec)));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.ExternalServices.InPersonalAccount().CreatePricingPlanAsync(service.Id, versionId, new() { Type = PricingPlanType.Free }));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.ExternalServices.InPersonalAccount().MeteringEvents(service.Id, versionId).ListAsync());
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.ExternalServices.InOrg(Org).DeletePricingPlanAsync(service.Id, versionId, plan.Id));

        var managed = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.First(s => s.Type == ServiceType.Managed);
        (await ExpectNothingChangedAsync<NotFoundException>(() => Hub.ExternalServices.InOrg(Org).MeteringEvents(managed.Id, managed.ServiceDefinitionId!).ListAsync()))
            .ErrorMessage.Should().Contain("/managed-services");
    }

    private async Task<Service> CreateAsync() => await Hub.ExternalServices.InOrg(Org).CreateAsync(s_weather, Stream(Spec));

    private async Task<(Service Service, string VersionId)> CreatePublishedAsync()
    {
        var service = await CreateAsync();
        var versionId = service.ServiceDefinitions![0].Id;
        await Hub.Services.InOrg(Org).Version(service.Id, versionId).PublishAsync();
        return (service, versionId);
    }

    private async Task<ApiOverview> ListingAsync(string serviceId) => (await Hub.Marketplace.ListAsync()).Single(a => a.ServiceId == serviceId);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
