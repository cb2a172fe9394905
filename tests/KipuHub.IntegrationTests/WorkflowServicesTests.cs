using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>The workflow_services namespace, client against fake over loopback: create, the BPMN model, roles, tenancy, bad input.</summary>
public sealed class WorkflowServicesTests : FakeHubTest
{
    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D1">
          <bpmn:process id="routing" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task Create_MakesACreatedWorkflowService_WithAGeneratedModelAndProcessDefinition()
    {
        var service = await Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "Vehicle routing flow", Description = "Vans." });

        service.CurrentUserPermission.Should().Be(PermissionRole.Owner);
        var version = service.ServiceDefinitions!.Should().ContainSingle().Subject;
        (version.Type, version.Lifecycle, version.Version, version.Description, version.CreatedBy).Should()
            .Be((ServiceType.Workflow, ServiceLifecycle.Created, "1.0.0", "Vans.", "demo"));
        version.CreatedAt.Should().Be(Fake.Clock.UtcNow);
        version.Configurations.Should().BeNull("a workflow has no CPU or memory of its own");
        version.RuntimeConfiguration.Should().BeNull();
        version.ProcessDefinitionId.Should().MatchRegex("^vehicle-routing-flow-[0-9a-f]{8}:1:" + version.Id + "$");
        version.WorkflowModel.Should().Contain("http://www.omg.org/spec/BPMN/20100524/MODEL").And.Contain("Vehicle routing flow");
        (await Hub.WorkflowServices.InOrg(Org).GetModelAsync(service.Id, version.Id)).Should().Be(version.WorkflowModel);
        var listed = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.Should().ContainSingle(s => s.Id == service.Id).Subject;
        (listed.Type, listed.BuildStatus).Should().Be((ServiceType.Workflow, BuildStatus.Success));
    }

    [Fact]
    public async Task UpdateModel_ReplacesIt_AndDeploysANewProcessDefinition()
    {
        var (serviceId, versionId) = await CreateAsync();

        await Hub.WorkflowServices.InOrg(Org).UpdateModelAsync(serviceId, versionId, Model);
        await Hub.WorkflowServices.InOrg(Org).UpdateModelAsync(serviceId, versionId, Model);

        (await Hub.WorkflowServices.InOrg(Org).GetModelAsync(serviceId, versionId)).Should().Be(Model);
        var version = await Hub.Services.InOrg(Org).Version(serviceId, versionId).GetAsync();
        version.ProcessDefinitionId.Should().Be($"routing:3:{versionId}");
        version.WorkflowModel.Should().Be(Model);
    }

    [Fact]
    public async Task SeededWorkflowVersions_CarryTheirModel_AndProcessDefinition()
    {
        var workflows = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.Where(s => s.Type == ServiceType.Workflow).ToList();

        workflows.Should().NotBeEmpty();
        foreach (var overview in workflows)
        {
            var version = await Hub.Services.InOrg(Org).Version(overview.Id, overview.ServiceDefinitionId!).GetAsync();
            version.ProcessDefinitionId.Should().EndWith(":1:" + version.Id);
            version.WorkflowModel.Should().StartWith("<?xml").And.Contain("<bpmn:process id=\"" + version.ProcessDefinitionId!.Split(':')[0] + "\"");
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<definitions/>", "namespace http://www.omg.org/spec/BPMN/20100524/MODEL")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>", "no 'process'")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process/></bpmn:definitions>", "needs an 'id'")]
    [InlineData("<bpmn:definitions", "not well-formed")]
    [InlineData("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>", "not well-formed")]
    public async Task UpdateModel_ThatIsNotABpmnModelWithAProcess_Is422_AndKeepsTheOldOne(string model, string named)
    {
        var (serviceId, versionId) = await CreateAsync();
        var before = await Hub.WorkflowServices.InOrg(Org).GetModelAsync(serviceId, versionId);

        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.WorkflowServices.InOrg(Org).UpdateModelAsync(serviceId, versionId, model));

        error.ErrorMessage.Should().Contain(named);
        (await Hub.WorkflowServices.InOrg(Org).GetModelAsync(serviceId, versionId)).Should().Be(before);
    }

    [Theory]
    [InlineData(null, "needs a 'name'")]
    [InlineData("  ", "needs a 'name'")]
    public async Task Create_WithoutAName_Is422(string? name, string named)
    {
        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = name }));

        error.ErrorMessage.Should().Contain(named);
    }

    [Fact]
    public async Task Create_OverTheLimits_Is422_NamingThem()
    {
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = new string('n', 256) })))
            .ErrorMessage.Should().Contain("at most 255");
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "n", Description = new string('d', 10_001) })))
            .ErrorMessage.Should().Contain("at most 10000");
    }

    [Fact]
    public async Task AModel_OfAPublishedWorkflow_CannotChange_Is409()
    {
        var (serviceId, versionId) = await CreateAsync();
        await Hub.Services.InOrg(Org).Version(serviceId, versionId).PublishAsync();

        var error = await ExpectNothingChangedAsync<ConflictException>(() => Hub.WorkflowServices.InOrg(Org).UpdateModelAsync(serviceId, versionId, Model));

        error.ErrorMessage.Should().Contain("PUBLISHED").And.Contain("UNPUBLISH");
    }

    [Fact]
    public async Task AManagedService_HasNoModel_AndAWorkflowHasNoSourceCodeOrResources()
    {
        var managed = (await Hub.Services.InOrg(Org).Page(0, 2000).ListAsync()).Content.First(s => s.Type == ServiceType.Managed);
        (await ExpectNothingChangedAsync<NotFoundException>(() => Hub.WorkflowServices.InOrg(Org).GetModelAsync(managed.Id, managed.ServiceDefinitionId!)))
            .ErrorMessage.Should().Contain("only WORKFLOW services");
        await ExpectNothingChangedAsync<NotFoundException>(() => Hub.WorkflowServices.InOrg(Org).UpdateModelAsync(managed.Id, managed.ServiceDefinitionId!, Model));

        var (serviceId, versionId) = await CreateAsync();
        var workflow = Hub.Services.InOrg(Org).Version(serviceId, versionId);
        (await ExpectNothingChangedAsync<NotFoundException>(() => workflow.DownloadSourceCodeAsync(new MemoryStream()))).ErrorMessage.Should().Contain("workflow-model");
        await ExpectNothingChangedAsync<ConflictException>(() => workflow.UploadSourceCodeAsync(new MemoryStream([1, 2, 3])));
        await ExpectNothingChangedAsync<ConflictException>(() => workflow.UpdateResourceConfigurationAsync(new() { Type = "CpuConfiguration", Amount = 500 }));
        await ExpectNothingChangedAsync<ConflictException>(() => workflow.UpdateRuntimeConfigurationAsync(new() { Runtime = ServiceRuntime.Docker }));
    }

    [Fact]
    public async Task Roles_AViewerReadsTheModel_ButCreatesAndChangesNothing_AMaintainerDoes()
    {
        var lab = Fake.ViewerOrganizationId;
        using var alice = Fake.CreateClient("alice-token");
        var labWorkflow = await alice.WorkflowServices.InOrg(lab).CreateAsync(new() { Name = "the lab's flow" });
        var labVersion = labWorkflow.ServiceDefinitions![0].Id;
        (await Hub.WorkflowServices.InOrg(lab).GetModelAsync(labWorkflow.Id, labVersion)).Should().Contain("bpmn");
        await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.WorkflowServices.InOrg(lab).UpdateModelAsync(labWorkflow.Id, labVersion, Model));
        await ExpectNothingChangedAsync<ForbiddenException>(() => Hub.WorkflowServices.InOrg(lab).CreateAsync(new() { Name = "nope" }));

        var created = await alice.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "by a maintainer" });
        await alice.WorkflowServices.InOrg(Org).UpdateModelAsync(created.Id, created.ServiceDefinitions![0].Id, Model);
        (await Hub.Services.InOrg(Org).Version(created.Id, created.ServiceDefinitions[0].Id).GetAsync()).ModifiedBy.Should().Be("alice");
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsWorkflow_Is404_AndANonMemberIs403()
    {
        var (serviceId, versionId) = await CreateAsync();
        using var bob = Fake.CreateClient("bob-token");

        await ExpectNothingChangedAsync<NotFoundException>(() => bob.WorkflowServices.InPersonalAccount().GetModelAsync(serviceId, versionId));
        await ExpectNothingChangedAsync<NotFoundException>(() => bob.WorkflowServices.InPersonalAccount().UpdateModelAsync(serviceId, versionId, Model));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.WorkflowServices.InOrg(Org).GetModelAsync(serviceId, versionId));
        await ExpectNothingChangedAsync<ForbiddenException>(() => bob.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "intruder" }));
    }

    [Fact]
    public async Task TheModel_MustBeSentAsText_OtherMediaTypesAre415()
    {
        var (serviceId, versionId) = await CreateAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var path = $"workflow-services/{serviceId}/versions/{versionId}/workflow-model";
        var before = Fake.Store.Fingerprint();

        (await http.PutAsync(path, new StringContent(Model, Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await http.PutAsync(path, new ByteArrayContent([0xC3, 0x28]) { Headers = { ContentType = new("text/plain") } })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fake.Store.Fingerprint().Should().Be(before);

        (await http.PutAsync(path, new StringContent(Model, Encoding.UTF8, "application/xml"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    private async Task<(string ServiceId, string VersionId)> CreateAsync()
    {
        var service = await Hub.WorkflowServices.InOrg(Org).CreateAsync(new() { Name = "flow" });
        return (service.Id, service.ServiceDefinitions![0].Id);
    }
}
