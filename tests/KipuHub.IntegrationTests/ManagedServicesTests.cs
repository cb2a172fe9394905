using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The managed_services namespace, client against fake over loopback: create and build on the clock, plans, executions.</summary>
public sealed class ManagedServicesTests : FakeHubTest
{
    private static readonly CreateManagedServiceRequest s_optimizer = new() { Name = "Portfolio optimizer", Description = "QAOA.", MilliCpus = 1000, MemoryInMegabytes = 4096 };

    [Fact]
    public async Task Create_StartsABuild_QueuedThenWorkingThenSuccess_OnTheClock_WithTheResourcesAsked()
    {
        var service = await Hub.ManagedServices.InOrg(Org).CreateAsync(s_optimizer, new MemoryStream(Zip()));

        var version = service.ServiceDefinitions!.Should().ContainSingle().Subject;
        (version.Type, version.Lifecycle, version.Description).Should().Be((ServiceType.Managed, ServiceLifecycle.Created, "QAOA."));
        version.Configurations.Should().BeEquivalentTo(new[]
        {
            new ResourceConfiguration { Type = "CpuConfiguration", Amount = 1000, Unit = "m" },
            new ResourceConfiguration { Type = "MemoryConfiguration", Amount = 4096, Unit = "Mi" },
            new ResourceConfiguration { Type = "GpuConfiguration", Amount = 0, Unit = "GPU", Accelerator = GpuAccelerator.None },
        });
        version.RuntimeConfiguration!.Runtime.Should().Be(ServiceRuntime.PythonTemplate);
        var handle = Hub.Services.InOrg(Org).Version(service.Id, version.Id);
        (await handle.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Queued);
        Fake.Clock.Advance(TimeSpan.FromSeconds(5));
        (await handle.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Working);
        Fake.Clock.Advance(TimeSpan.FromSeconds(25));
        (await handle.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Success);
        (await handle.PublishAsync()).Lifecycle.Should().Be(ServiceLifecycle.Published);
        var downloaded = new MemoryStream();
        await handle.DownloadSourceCodeAsync(downloaded);
        downloaded.ToArray().Should().Equal(Zip(), "the code downloaded is the code uploaded");
    }

    [Fact]
    public async Task Create_WithABrokenZip_EndsInAFailedBuild_AndTheOpenApiPartBecomesTheApiSpec()
    {
        const string spec = "openapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n";
        var service = await Hub.ManagedServices.InOrg(Org).CreateAsync(s_optimizer with { GpuCount = 1, GpuAccelerator = GpuAccelerator.NvidiaTeslaT4 },
            new MemoryStream("PK but not a zip"u8.ToArray()), new MemoryStream(Encoding.UTF8.GetBytes(spec)));

        var handle = Hub.Services.InOrg(Org).Version(service.Id, service.ServiceDefinitions![0].Id);
        (await handle.GetApiSpecAsync()).Should().Be(spec);
        service.ServiceDefinitions[0].Configurations.Should().ContainSingle(c => c.Type == "GpuConfiguration").Which.Accelerator.Should().Be(GpuAccelerator.NvidiaTeslaT4);
        Fake.Clock.Advance(TimeSpan.FromSeconds(30));
        (await handle.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Failure);
        (await handle.GetBuildLogsAsync()).Should().Contain("not a zip archive");
    }

    [Theory]
    [InlineData("milliCpus", "lots", "whole number")]
    [InlineData("milliCpus", "0", "from 1 to 64000")]
    [InlineData("memoryInMegabytes", "999999", "from 1 to 262144")]
    [InlineData("runtime", "NODE", "Accepted: DOCKER, PYTHON_TEMPLATE")]
    [InlineData("gpuCount", "2", "GpuConfiguration needs an")]
    [InlineData("gpuAccelerator", "TPU", "Accepted: NVIDIA_TESLA_T4")]
    public async Task Create_WithBadSettings_Is422_NamingWhatIsAccepted(string name, string value, string named)
    {
        using var http = Http();
        var before = Fake.Store.Fingerprint();

        using var response = await http.PostAsync($"v2/managed-services?name=n&{name}={value}", new MultipartFormDataContent { { new ByteArrayContent(Zip()), "userCode", "c.zip" } });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Replace("\\u0027", "'", StringComparison.Ordinal).Should().Contain(named);
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task Create_WithoutName_OrCode_OrWithAnEmptyZip_IsRefused_AndChangesNothing()
    {
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ManagedServices.InOrg(Org).CreateAsync(new(), new MemoryStream(Zip())));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ManagedServices.InOrg(Org).CreateAsync(s_optimizer, new MemoryStream()));
        await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.ManagedServices.InOrg(Org).CreateAsync(s_optimizer, new MemoryStream(Zip()), new MemoryStream("no"u8.ToArray())));
        using var http = Http();
        var before = Fake.Store.Fingerprint();
        using var noCode = await http.PostAsync("v2/managed-services?name=n", new MultipartFormDataContent { { new ByteArrayContent(Zip()), "apiDefinition", "a.json" } });
        noCode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noCode.Content.ReadAsStringAsync()).Should().Contain("userCode").And.Contain("(optional)");
        Fake.Store.Fingerprint().Should().Be(before);
    }

    [Fact]
    public async Task PricingPlans_ChargeThePlatformsProductsWithAProfit_AndTheListingFollows()
    {
        var (serviceId, versionId) = await PublishedAsync();

        var plan = await Hub.ManagedServices.InOrg(Org).CreatePricingPlanAsync(serviceId, versionId,
            new() { Type = PricingPlanType.Commercial, ProfitPercentage = 50, ChargedProducts = [ProductType.Cpu, ProductType.Memory] });

        plan.Products!.Select(p => (p.Type, p.AmountMajor, p.Currency)).Should().Equal((ProductType.Cpu, 0.00015m, "EUR"), (ProductType.Memory, 0.00003m, "EUR"));
        (await Hub.Marketplace.ListAsync()).Single(a => a.ServiceId == serviceId).PricingCategory.Should().Be(PricingCategory.Commercial);
        await Hub.ManagedServices.InOrg(Org).DeletePricingPlanAsync(serviceId, versionId, plan.Id);
        (await Hub.Marketplace.ListAsync()).Single(a => a.ServiceId == serviceId).PricingCategory.Should().Be(PricingCategory.Free);
    }

    [Fact]
    public async Task PricingPlans_OutOfTheirRules_Are422()
    {
        var (serviceId, versionId) = await PublishedAsync();
        var managed = Hub.ManagedServices.InOrg(Org);

        async Task Expect(CreateManagedServicePricingPlanRequest plan, string named) =>
            (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => managed.CreatePricingPlanAsync(serviceId, versionId, plan))).ErrorMessage.Should().Contain(named);

        await Expect(new(), "FREE or COMMERCIAL");
        await Expect(new() { Type = PricingPlanType.Commercial }, "at least one of 'chargedProducts'");
        await Expect(new() { Type = PricingPlanType.Commercial, ChargedProducts = [ProductType.AwsSv1] }, "cannot be charged by a managed service");
        await Expect(new() { Type = PricingPlanType.Free, ChargedProducts = [ProductType.Cpu] }, "charges nothing");
        await Expect(new() { Type = PricingPlanType.Commercial, ProfitPercentage = 1001, ChargedProducts = [ProductType.Cpu] }, "from 0 to 1000");
        await ExpectNothingChangedAsync<NotFoundException>(() => managed.DeletePricingPlanAsync(serviceId, versionId, "00000000-0000-0000-0000-000000000000"));
    }

    [Fact]
    public async Task Executions_AreEveryRunOfTheVersion_WhoeverRanIt_AndMoveOnTheClock()
    {
        var services = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.Where(s => s.Type == ServiceType.Managed).ToList();
        var withRuns = new List<(ServiceOverview Service, IReadOnlyList<ServiceExecution> Runs)>();
        foreach (var service in services)
        {
            var runs = await Hub.ManagedServices.InOrg(Org).Executions(service.Id, service.ServiceDefinitionId!).ListAsync();
            if (runs.Count > 0)
            {
                withRuns.Add((service, runs));
            }
        }

        withRuns.Should().NotBeEmpty("the seed runs the demo organization's services");
        withRuns.SelectMany(r => r.Runs).Should().OnlyContain(e => e.ServiceId != null);
        withRuns.SelectMany(r => r.Runs).Select(e => e.Id).Should().OnlyHaveUniqueItems();
        var total = withRuns.Sum(r => r.Runs.Count);
        var mine = await Hub.ServiceExecutions.InOrg(Org).Page(0, 2000).ListAsync();
        var ownServiceIds = services.Select(s => s.Id).ToHashSet();
        total.Should().BeGreaterThanOrEqualTo(mine.Content.Count(e => ownServiceIds.Contains(e.ServiceId!)), "the provider sees its own runs and everyone else's");
        Fake.Clock.Advance(TimeSpan.FromHours(1));
        foreach (var (service, _) in withRuns)
        {
            (await Hub.ManagedServices.InOrg(Org).Executions(service.Id, service.ServiceDefinitionId!).ListAsync())
                .Should().OnlyContain(e => e.Status != ExecutionStatus.Pending && e.Status != ExecutionStatus.Running, "every seeded run has ended an hour later");
        }
    }

    [Fact]
    public async Task Roles_Tenancy_AndOtherKindsOfService()
    {
        var (serviceId, versionId) = await PublishedAsync();
        using var alice = Fake.CreateClient("alice-token");
        using var bob = Fake.CreateClient("bob-token");

        var plan = await alice.ManagedServices.InOrg(Org).CreatePricingPlanAsync(serviceId, versionId, new() { Type = PricingPlanType.Free });
        await ExpectNothingChangedAsync<ForbiddenException>(() => alice.ManagedServices.InOrg(Org).DeletePricingPlanAsync(serviceId, versionId, plan.Id));
        await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.ManagedServices.InOrg(Fake.ViewerOrganizationId).CreateAsync(s_optimizer, new MemoryStream(Zip())));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.ManagedServices.InPersonalAccount().Executions(serviceId, versionId).ListAsync());
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.ManagedServices.InPersonalAccount().CreatePricingPlanAsync(serviceId, versionId, new() { Type = PricingPlanType.Free }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.ManagedServices.InOrg(Org).Executions(serviceId, versionId).ListAsync());

        var workflow = await Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "flow" });
        (await ExpectNothingChangedAsync<NotFoundException>(() => Hub.ManagedServices.InOrg(Org).Executions(workflow.Id, workflow.ServiceDefinitions![0].Id).ListAsync()))
            .ErrorMessage.Should().Contain("MANAGED services only");
    }

    private async Task<(string ServiceId, string VersionId)> PublishedAsync()
    {
        var service = await Hub.ManagedServices.InOrg(Org).CreateAsync(s_optimizer, new MemoryStream(Zip()));
        var versionId = service.ServiceDefinitions![0].Id;
        Fake.Clock.Advance(TimeSpan.FromSeconds(30));
        await Hub.Services.InOrg(Org).Version(service.Id, versionId).PublishAsync();
        return (service.Id, versionId);
    }

    private HttpClient Http()
    {
        var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        return http;
    }

    private static byte[] Zip() => Zips.Of(("src/program.py", "def run(data, params):\n    return data\n"));
}
