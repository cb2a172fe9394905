using KipuHub.Models;
using KipuHub.Tests.Shared;
using static KipuHub.Fluent.Tests.Models.GoldenDocuments;

namespace KipuHub.Fluent.Tests.Models;

/// <summary>Reading the golden documents of the service family (docs/contract.md#wire-models) gives the values they hold.</summary>
public class ServiceModelsJsonTests
{
    private static readonly DateTimeOffset s_created = new(2024, 2, 21, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void ServiceOverview_GoldenDocument_ReadsEveryField()
    {
        var overview = GoldenJson.Read<ServiceOverview>(GoldenFiles.Json("ServiceOverview"));

        overview.Id.Should().Be(ServiceId);
        overview.ServiceDefinitionId.Should().Be(ServiceDefinitionId);
        overview.Name.Should().Be("qaoa-portfolio-optimizer");
        overview.DisplayName.Should().Be("QAOA Portfolio Optimizer");
        overview.Type.Should().Be(ServiceType.Managed);
        overview.Lifecycle.Should().Be(ServiceLifecycle.Accessible);
        overview.CreatedAt.Should().Be(s_created);
        overview.LogoUrl.Should().Be("https://hub.kipu-quantum.com/assets/logos/qaoa-portfolio-optimizer.png");
        overview.BuildStatus.Should().Be(BuildStatus.Success);
        overview.CurrentUserPermission.Should().Be(PermissionRole.Owner);
    }

    [Fact]
    public void Service_GoldenDocument_ReadsEveryFieldAndItsVersion()
    {
        var service = GoldenJson.Read<Service>(GoldenFiles.Json("Service"));

        service.Id.Should().Be(ServiceId);
        service.Name.Should().Be("qaoa-portfolio-optimizer");
        service.CurrentUserPermission.Should().Be(PermissionRole.Maintainer);
        var version = service.ServiceDefinitions.Should().ContainSingle().Subject;
        version.Id.Should().Be(ServiceDefinitionId);
        version.Version.Should().Be("1.0.0");
        version.Type.Should().Be(ServiceType.Managed);
        version.Lifecycle.Should().Be(ServiceLifecycle.Created);
        version.CreatedAt.Should().Be(s_created);
    }

    [Fact]
    public void ServiceDefinition_ManagedGoldenDocument_ReadsEveryField()
    {
        var version = GoldenJson.Read<ServiceDefinition>(GoldenFiles.Json("ServiceDefinition-managed"));

        version.Id.Should().Be(ServiceDefinitionId);
        version.Version.Should().Be("1.0.0");
        version.Name.Should().Be("qaoa-portfolio-optimizer");
        version.Context.Should().Be("/kipu-demo-org/qaoa-portfolio-optimizer");
        version.Description.Should().StartWith("Optimises a stock portfolio");
        version.ProductionEndpoint.Should().Be("http://qaoa-portfolio-optimizer.services.svc.cluster.local:8081");
        version.GatewayEndpoint.Should().Be("https://gateway.hub.kipu-quantum.com/kipu-demo-org/qaoa-portfolio-optimizer/1.0.0");
        version.Type.Should().Be(ServiceType.Managed);
        version.Lifecycle.Should().Be(ServiceLifecycle.Published);
        version.LogoUrl.Should().EndWith("qaoa-portfolio-optimizer.png");
        version.CreatedAt.Should().Be(s_created);
        version.ModifiedAt.Should().Be(new DateTimeOffset(2024, 3, 4, 16, 2, 48, 500, TimeSpan.FromHours(1)));
        version.ModifiedAt!.Value.Offset.Should().Be(TimeSpan.FromHours(1), "the server's offset is kept");
        version.CreatedBy.Should().Be(UserId);
        version.ModifiedBy.Should().Be(UserId);

        var plan = version.PricingPlans.Should().ContainSingle().Subject;
        plan.Id.Should().Be(PricingPlanId);
        plan.Type.Should().Be(PricingPlanType.Commercial);
        var product = plan.Products.Should().ContainSingle().Subject;
        product.Type.Should().Be(ProductType.Api);
        product.AmountMajor.Should().Be(0.05m);

        version.Industries.Should().ContainSingle().Which.Label.Should().Be("Finance");

        version.Configurations.Should().HaveCount(3);
        version.Configurations![0].Should().Be(new ResourceConfiguration { Type = "CpuConfiguration", Amount = 500m, Unit = "m" });
        version.Configurations[1].Should().Be(new ResourceConfiguration { Type = "MemoryConfiguration", Amount = 2048m, Unit = "MB" });
        version.Configurations[2].Should().Be(new ResourceConfiguration { Type = "GpuConfiguration", Amount = 1m, Accelerator = GpuAccelerator.NvidiaTeslaT4 });

        version.RuntimeConfiguration!.Runtime.Should().Be(ServiceRuntime.Docker);
        version.RuntimeConfiguration.ApplyProviderTokens.Should().BeTrue();
        version.RuntimeConfiguration.Environment.Should().Equal(new Dictionary<string, string> { ["LOG_LEVEL"] = "INFO", ["MaxIterations"] = "200" });

        version.Source.Should().Be(new ServiceSource
        {
            Type = "RegistrySource",
            Image = "ghcr.io/kipu-demo/qaoa-portfolio-optimizer",
            Tag = "1.0.0",
            Username = "kipu-ci",
            Password = RegistryPassword,
        });
        version.ProcessDefinitionId.Should().BeNull("a managed service has no process definition");
        version.WorkflowModel.Should().BeNull();
    }

    [Fact]
    public void ServiceDefinition_WorkflowGoldenDocument_ReadsWorkflowFields()
    {
        var version = GoldenJson.Read<ServiceDefinition>(GoldenFiles.Json("ServiceDefinition-workflow"));

        version.Id.Should().Be(WorkflowServiceDefinitionId);
        version.Type.Should().Be(ServiceType.Workflow);
        version.Lifecycle.Should().Be(ServiceLifecycle.Created);
        version.ProcessDefinitionId.Should().Be("ground-state-workflow:3:5f2b9c1e-0d4a-11ef-9a3b-0242ac120002");
        version.WorkflowModel.Should().StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions")
            .And.Contain("<bpmn:process id=\"ground-state-workflow\" isExecutable=\"true\"/>");
        version.Source.Should().Be(new ServiceSource { Type = "FileSource" });
        version.PricingPlans.Should().BeEmpty();
        version.Industries.Should().BeEmpty();
        version.ProductionEndpoint.Should().BeNull();
        version.Configurations.Should().BeNull();
        version.RuntimeConfiguration.Should().BeNull();
    }

    [Theory]
    [InlineData("ResourceConfiguration-cpu", "CpuConfiguration", 1500, "m", null)]
    [InlineData("ResourceConfiguration-memory", "MemoryConfiguration", 4096, "MB", null)]
    [InlineData("ResourceConfiguration-gpu", "GpuConfiguration", 2, null, "NVIDIA_TESLA_V100")]
    public void ResourceConfiguration_GoldenDocument_ReadsEveryField(string golden, string type, int amount, string? unit, string? accelerator)
    {
        var configuration = GoldenJson.Read<ResourceConfiguration>(GoldenFiles.All[golden].Json);

        configuration.Type.Should().Be(type);
        configuration.Amount.Should().Be(amount);
        configuration.Unit.Should().Be(unit);
        configuration.Accelerator.Should().Be(accelerator is null ? null : new GpuAccelerator(accelerator));
    }

    [Fact]
    public void RuntimeConfiguration_GoldenDocument_ReadsEveryFieldAndKeepsEnvironmentKeysVerbatim()
    {
        var runtime = GoldenJson.Read<RuntimeConfiguration>(GoldenFiles.Json("RuntimeConfiguration"));

        runtime.Runtime.Should().Be(ServiceRuntime.PythonTemplate);
        runtime.ApplyProviderTokens.Should().BeFalse();
        runtime.Environment.Should().Equal(new Dictionary<string, string>
        {
            ["LOG_LEVEL"] = "DEBUG",
            ["MaxIterations"] = "500",
            ["shots"] = "1024",
        });
    }

    [Fact]
    public void RuntimeConfiguration_Written_KeepsEnvironmentKeysVerbatim()
    {
        var runtime = new RuntimeConfiguration { Environment = new Dictionary<string, string> { ["MaxIterations"] = "3", ["LOG_LEVEL"] = "WARN" } };

        GoldenJson.Write(runtime).ShouldBeSameJsonAs("""{ "environment": { "MaxIterations": "3", "LOG_LEVEL": "WARN" } }""");
    }

    [Fact]
    public void ServiceSource_RegistryGoldenDocument_ReadsEveryField()
    {
        var source = GoldenJson.Read<ServiceSource>(GoldenFiles.Json("ServiceSource-registry"));

        source.Type.Should().Be("RegistrySource");
        source.Image.Should().Be("ghcr.io/kipu-demo/qaoa-portfolio-optimizer");
        source.Tag.Should().Be("1.1.0");
        source.Username.Should().Be("kipu-ci");
        source.Password.Should().Be(RegistryPassword);
    }

    [Fact]
    public void ServiceSource_FileGoldenDocument_ReadsOnlyTheDiscriminator()
    {
        GoldenJson.Read<ServiceSource>(GoldenFiles.Json("ServiceSource-file")).Should().Be(new ServiceSource { Type = "FileSource" });
    }

    [Fact]
    public void UpdateVersionRequest_GoldenDocument_ReadsEveryField()
    {
        var request = GoldenJson.Read<UpdateVersionRequest>(GoldenFiles.Json("UpdateVersionRequest"));

        request.Description.Should().Be("Now with warm-start QAOA.");
        request.IndustryUuids.Should().Equal(FinanceTaxonomyId, PortfolioTaxonomyId);
        request.Source!.Type.Should().Be("RegistrySource");
        request.Source.Password.Should().Be(RegistryPassword);
    }

    [Fact]
    public void UpdateVersionRequest_WrittenByTheClient_MatchesTheGoldenDocument()
    {
        var request = new UpdateVersionRequest
        {
            Description = "Now with warm-start QAOA.",
            IndustryUuids = [FinanceTaxonomyId, PortfolioTaxonomyId],
            Source = new ServiceSource
            {
                Type = "RegistrySource",
                Image = "ghcr.io/kipu-demo/qaoa-portfolio-optimizer",
                Tag = "1.1.0",
                Username = "kipu-ci",
                Password = RegistryPassword,
            },
        };

        GoldenJson.Write(request).ShouldBeSameJsonAs(GoldenFiles.Json("UpdateVersionRequest"));
    }

    [Fact]
    public void ServiceDefinitionCommand_GoldenDocument_ReadsType()
    {
        GoldenJson.Read<ServiceDefinitionCommand>(GoldenFiles.Json("ServiceDefinitionCommand")).Type.Should().Be(ServiceCommandType.UnpublishForce);
    }

    [Fact]
    public void ServiceDefinitionCommand_WrittenByTheClient_IsTypeOnly()
    {
        GoldenJson.Write(new ServiceDefinitionCommand { Type = ServiceCommandType.Unpublish })
            .ShouldBeSameJsonAs("""{ "type": "UNPUBLISH" }""");
    }

    [Fact]
    public void BuildJob_GoldenDocument_ReadsEveryFieldAndValidationResult()
    {
        var build = GoldenJson.Read<BuildJob>(GoldenFiles.Json("BuildJob"));

        build.Status.Should().Be(BuildStatus.Failure);
        build.Step.Should().Be(BuildStep.BuildImage);
        build.CreatedAt.Should().Be(new DateTimeOffset(2024, 2, 21, 9, 31, 2, 417, TimeSpan.Zero));
        build.FinishedAt.Should().Be(new DateTimeOffset(2024, 2, 21, 9, 33, 47, 902, TimeSpan.Zero));
        build.ValidationResult!.State.Should().Be(ValidationState.Error);
        build.ValidationResult.Summary.Should().Be("The container image could not be built.");
        build.ValidationResult.Messages.Should().Equal(
            "requirements.txt: no matching distribution found for qiskit==9.9.9",
            "Dockerfile: step 4/7 RUN pip install -r requirements.txt failed");
    }

    [Fact]
    public void ValidationResult_GoldenDocument_ReadsEveryField()
    {
        var result = GoldenJson.Read<ValidationResult>(GoldenFiles.Json("ValidationResult"));

        result.State.Should().Be(ValidationState.Warning);
        result.Summary.Should().Be("The service was built with warnings.");
        result.Messages.Should().Equal("openapi.yaml: operation GET /{id}/result declares no response schema");
    }
}
