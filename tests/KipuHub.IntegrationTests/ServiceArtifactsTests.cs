using System.IO.Compression;
using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>
/// What a version is made of, client against fake over loopback: the OpenAPI document, the source code (an upload
/// starts a build on the fake's clock) and the resource and runtime configuration; roles, tenancy and bad input.
/// </summary>
public sealed class ServiceArtifactsTests : FakeHubTest
{
    private const string AliceToken = "alice-token";
    private const string BobToken = "bob-token";

    [Fact]
    public async Task ApiSpec_IsTheVersionsOpenApiDocument_AndAnUploadReplacesIt()
    {
        var (service, version) = await BuiltAsync(Hub);
        var seeded = await version.GetApiSpecAsync();
        using (var document = System.Text.Json.JsonDocument.Parse(seeded))
        {
            document.RootElement.GetProperty("openapi").GetString().Should().StartWith("3.");
            document.RootElement.GetProperty("info").GetProperty("title").GetString().Should().Be(service.Name);
        }

        const string yaml = "openapi: 3.1.0\ninfo:\n  title: Routing\n  version: 2.0.0\npaths: {}\n";
        await version.UploadApiSpecAsync(Stream(yaml), "openapi.yaml");

        (await version.GetApiSpecAsync()).Should().Be(yaml);
        (await version.GetAsync()).ModifiedBy.Should().Be("demo");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"info\": {}}", "no top-level 'openapi'")]
    [InlineData("{\"openapi\": 3}", "version string")]
    [InlineData("{\"openapi\": ", "not valid JSON")]
    [InlineData("just some text", "not an OpenAPI document")]
    public async Task ApiSpec_ThatIsNotAnOpenApiDocument_Is422_AndKeepsTheOldOne(string content, string named)
    {
        var (_, version) = await BuiltAsync(Hub);
        var before = await version.GetApiSpecAsync();

        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => version.UploadApiSpecAsync(Stream(content)));

        error.ErrorMessage.Should().Contain(named);
        (await version.GetApiSpecAsync()).Should().Be(before);
    }

    [Fact]
    public async Task SourceCode_DownloadsAZip_AndTheSameSeedGivesTheSameBytes()
    {
        var (service, version) = await BuiltAsync(Hub, FileSourced);
        var first = await DownloadAsync(version);
        var second = await DownloadAsync(version);

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "src/program.py"]);
        new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd().Should().Contain(service.Name);
    }

    [Fact]
    public async Task SourceCode_Upload_QueuesABuild_ThatWorksAfterFiveSeconds_AndSucceedsAfterThirty()
    {
        var (_, version) = await BuiltAsync(Hub);
        var archive = Zip(("src/program.py", "def run(data, params):\n    return data\n"));

        var definition = await version.UploadSourceCodeAsync(new MemoryStream(archive));

        definition.Source!.Type.Should().Be("FileSource");
        var started = await version.GetBuildStatusAsync();
        (started.Status, started.Step, started.FinishedAt).Should().Be((BuildStatus.Queued, BuildStep.Init, null));
        await FluentActions.Awaiting(() => version.PublishAsync()).Should().ThrowAsync<ConflictException>("a version being built cannot be published");
        Fake.Clock.Advance(TimeSpan.FromSeconds(5));
        (await version.GetBuildStatusAsync()).Should().BeEquivalentTo(new { Status = BuildStatus.Working, Step = BuildStep.BuildImage });
        Fake.Clock.Advance(TimeSpan.FromSeconds(24));
        (await version.GetBuildStatusAsync()).Status.Should().Be(BuildStatus.Working);

        Fake.Clock.Advance(TimeSpan.FromSeconds(1));

        var finished = await version.GetBuildStatusAsync();
        finished.Status.Should().Be(BuildStatus.Success);
        finished.FinishedAt.Should().Be(started.CreatedAt!.Value.AddSeconds(30));
        (await version.GetBuildLogsAsync()).Should().Contain($"{archive.Length} bytes").And.EndWith("Build succeeded\n");
        (await DownloadAsync(version)).Should().Equal(archive);
        (await version.PublishAsync()).Lifecycle.Should().Be(ServiceLifecycle.Published);
    }

    [Theory]
    [InlineData("not a zip at all", "not a zip archive")]
    [InlineData(null, "holds no file")]
    public async Task SourceCode_ThatCannotBeBuilt_EndsInAFailedBuildSayingWhy(string? content, string reason)
    {
        var (_, version) = await BuiltAsync(Hub);
        var bytes = content is null ? Zip() : Encoding.UTF8.GetBytes(content);

        await version.UploadSourceCodeAsync(new MemoryStream(bytes));
        Fake.Clock.Advance(TimeSpan.FromSeconds(30));

        var build = await version.GetBuildStatusAsync();
        build.Status.Should().Be(BuildStatus.Failure);
        build.ValidationResult!.State.Should().Be(ValidationState.Error);
        build.ValidationResult.Messages.Should().ContainSingle().Which.Should().Contain(reason);
        (await version.GetBuildLogsAsync()).Should().Contain("ERROR: ").And.Contain(reason).And.EndWith("Build failed\n");
    }

    [Fact]
    public async Task SourceCode_UploadWhileABuildRuns_Is409_AndAnEmptyFileIs422_NeitherChangesAnything()
    {
        var (_, version) = await BuiltAsync(Hub);
        await version.UploadSourceCodeAsync(new MemoryStream(Zip(("a.py", "x = 1\n"))));

        (await ExpectNothingChangedAsync<ConflictException>(() => version.UploadSourceCodeAsync(new MemoryStream(Zip(("b.py", "")))))).ErrorMessage
            .Should().Contain("is being built").And.Contain("build-status");
        Fake.Clock.Advance(TimeSpan.FromSeconds(30));
        (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => version.UploadSourceCodeAsync(new MemoryStream()))).ErrorMessage
            .Should().Contain("empty").And.Contain("zip");
    }

    [Fact]
    public async Task SourceCode_OfAVersionBuiltFromAnImage_Is404_NamingTheImage()
    {
        var (service, version) = await BuiltAsync(Hub, s => s.Source?.Type == "RegistrySource");

        var error = await ExpectNothingChangedAsync<NotFoundException>(() => DownloadAsync(version));

        error.ErrorMessage.Should().Contain(service.Source!.Image!).And.Contain("source-code");
    }

    [Fact]
    public async Task ResourceConfiguration_ReplacesTheOneOfItsType_AndKeepsTheOthers()
    {
        var (before, version) = await BuiltAsync(Hub);

        await version.UpdateResourceConfigurationAsync(new() { Type = "CpuConfiguration", Amount = 4000 });
        await version.UpdateResourceConfigurationAsync(new() { Type = "GpuConfiguration", Amount = 1, Accelerator = GpuAccelerator.NvidiaTeslaA100 });

        var after = (await version.GetAsync()).Configurations!;
        after.Should().ContainSingle(c => c.Type == "CpuConfiguration").Which.Should().Be(new ResourceConfiguration { Type = "CpuConfiguration", Amount = 4000, Unit = "m" });
        after.Should().ContainSingle(c => c.Type == "GpuConfiguration").Which.Accelerator.Should().Be(GpuAccelerator.NvidiaTeslaA100);
        after.Single(c => c.Type == "MemoryConfiguration").Should().Be(before.Configurations!.Single(c => c.Type == "MemoryConfiguration"));
    }

    [Theory]
    [InlineData(null, 1.0, null, "needs a 'type'")]
    [InlineData("DiskConfiguration", 1.0, null, "Accepted: CpuConfiguration, MemoryConfiguration, GpuConfiguration")]
    [InlineData("CpuConfiguration", null, null, "needs an 'amount'")]
    [InlineData("CpuConfiguration", 0.0, null, "from 1 to 64000")]
    [InlineData("MemoryConfiguration", 1.5, null, "whole number")]
    [InlineData("GpuConfiguration", 1.0, null, "needs an 'accelerator'")]
    [InlineData("GpuConfiguration", 1.0, "TPU_V5", "Accepted: NVIDIA_TESLA_T4")]
    [InlineData("GpuConfiguration", 0.0, "NVIDIA_TESLA_T4", "exactly when its accelerator is NONE")]
    [InlineData("GpuConfiguration", 9.0, "NVIDIA_TESLA_T4", "from 0 to 8")]
    public async Task ResourceConfiguration_OutOfItsRules_Is422_NamingWhatIsAccepted(string? type, double? amount, string? accelerator, string named)
    {
        var (_, version) = await BuiltAsync(Hub);
        var resource = new ResourceConfiguration { Type = type, Amount = (decimal?)amount, Accelerator = accelerator is null ? null : new GpuAccelerator(accelerator) };

        var error = await ExpectNothingChangedAsync<UnprocessableEntityException>(() => version.UpdateResourceConfigurationAsync(resource));

        error.ErrorMessage.Should().Contain(named);
    }

    [Fact]
    public async Task RuntimeConfiguration_ReplacesTheWholeConfiguration()
    {
        var (_, version) = await BuiltAsync(Hub);
        var runtime = new RuntimeConfiguration { Runtime = ServiceRuntime.Docker, Environment = new Dictionary<string, string> { ["SHOTS"] = "1024" } };

        await version.UpdateRuntimeConfigurationAsync(runtime);

        var after = (await version.GetAsync()).RuntimeConfiguration!;
        after.Runtime.Should().Be(ServiceRuntime.Docker);
        after.Environment.Should().Equal(new Dictionary<string, string> { ["SHOTS"] = "1024" }, "variables left out are removed");
        after.ApplyProviderTokens.Should().BeFalse();
    }

    [Fact]
    public async Task RuntimeConfiguration_OutOfItsRules_Is422_NamingWhatIsAccepted()
    {
        var (_, version) = await BuiltAsync(Hub);
        var tooMany = Enumerable.Range(0, 101).ToDictionary(i => $"V{i}", _ => "x");

        async Task Expect(RuntimeConfiguration runtime, string named) =>
            (await ExpectNothingChangedAsync<UnprocessableEntityException>(() => version.UpdateRuntimeConfigurationAsync(runtime))).ErrorMessage.Should().Contain(named);

        await Expect(new() { Environment = new Dictionary<string, string>() }, "needs a 'runtime': one of DOCKER, PYTHON_TEMPLATE");
        await Expect(new() { Runtime = new ServiceRuntime("NODE") }, "Accepted: DOCKER, PYTHON_TEMPLATE");
        await Expect(new() { Runtime = ServiceRuntime.Docker, Environment = new Dictionary<string, string> { ["1ST"] = "x" } }, "starts with a letter or '_'");
        await Expect(new() { Runtime = ServiceRuntime.Docker, Environment = new Dictionary<string, string> { ["BIG"] = new string('v', 10_001) } }, "at most 10000");
        await Expect(new() { Runtime = ServiceRuntime.Docker, Environment = tooMany }, "at most 100");
    }

    [Fact]
    public async Task Roles_AViewerReadsButChangesNothing_AMaintainerChangesEverything()
    {
        var (_, viewed) = await BuiltAsync(Hub.Services.InOrg(Fake.ViewerOrganizationId), FileSourced);
        (await viewed.GetApiSpecAsync()).Should().NotBeEmpty();
        (await DownloadAsync(viewed)).Should().NotBeEmpty();
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewed.UploadApiSpecAsync(Stream("openapi: 3.0.0\n")));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewed.UploadSourceCodeAsync(new MemoryStream(Zip(("a.py", "")))));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewed.UpdateResourceConfigurationAsync(new() { Type = "CpuConfiguration", Amount = 500 }));
        await ExpectNothingChangedAsync<ForbiddenException>(() => viewed.UpdateRuntimeConfigurationAsync(new() { Runtime = ServiceRuntime.Docker }));

        using var alice = Fake.CreateClient(AliceToken, Org);
        var (_, maintained) = await BuiltAsync(alice.Services.InOrg(Org));
        await maintained.UploadApiSpecAsync(Stream("openapi: 3.0.0\n"));
        await maintained.UpdateResourceConfigurationAsync(new() { Type = "MemoryConfiguration", Amount = 1024 });
        await maintained.UpdateRuntimeConfigurationAsync(new() { Runtime = ServiceRuntime.PythonTemplate });
        (await maintained.UploadSourceCodeAsync(new MemoryStream(Zip(("a.py", ""))))).ModifiedBy.Should().Be("alice");
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsVersion_Is404_AndANonMemberIs403_OnEveryRoute()
    {
        var (service, _) = await BuiltAsync(Hub, FileSourced);
        using var bob = Fake.CreateClient(BobToken);
        var theirs = bob.Services.Version(service.Id, service.VersionId);
        var intruding = bob.Services.InOrg(Org).Version(service.Id, service.VersionId);

        foreach (var (version, expected) in new[] { (theirs, typeof(NotFoundException)), (intruding, typeof(ForbiddenException)) })
        {
            var before = Fake.Store.Fingerprint();
            foreach (var call in new Func<Task>[]
            {
                () => version.GetApiSpecAsync(),
                () => version.UploadApiSpecAsync(Stream("openapi: 3.0.0\n")),
                () => DownloadAsync(version),
                () => version.UploadSourceCodeAsync(new MemoryStream(Zip(("a.py", "")))),
                () => version.UpdateResourceConfigurationAsync(new() { Type = "CpuConfiguration", Amount = 500 }),
                () => version.UpdateRuntimeConfigurationAsync(new() { Runtime = ServiceRuntime.Docker }),
            })
            {
                (await FluentActions.Awaiting(call).Should().ThrowAsync<ApiException>()).Which.Should().BeOfType(expected);
            }
            Fake.Store.Fingerprint().Should().Be(before);
        }
    }

    [Fact]
    public async Task AnUploadWithoutItsFilePart_Is400_AndAJsonBodyIs415_NeitherChangesAnything()
    {
        var (service, _) = await BuiltAsync(Hub);
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var path = $"v3/services/{service.Id}/versions/{service.VersionId}";
        var before = Fake.Store.Fingerprint();

        var wrongPart = new MultipartFormDataContent { { new ByteArrayContent(Zip(("a.py", ""))), "sourceCode", "a.zip" } };
        (await http.PostAsync(path + "/source-code", wrongPart)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.PutAsync(path + "/api-spec", new StringContent("{\"openapi\":\"3.0.0\"}", Encoding.UTF8, "application/json"))).StatusCode
            .Should().Be(HttpStatusCode.UnsupportedMediaType);

        Fake.Store.Fingerprint().Should().Be(before);
    }

    private sealed record Built(string Id, string VersionId, string Name, ServiceSource? Source, IReadOnlyList<ResourceConfiguration>? Configurations);

    private static bool FileSourced(ServiceDefinition version) => version.Source?.Type == "FileSource";

    /// <summary>A CREATED managed version of the tenant whose build succeeded and that matches, with its fluent handle.</summary>
    private Task<(Built Version, ServiceVersion Handle)> BuiltAsync(HubPlatformClient hub, Func<ServiceDefinition, bool>? where = null) =>
        BuiltAsync(hub.Services.InOrg(Org), where);

    private static async Task<(Built Version, ServiceVersion Handle)> BuiltAsync(ServicesQuery services, Func<ServiceDefinition, bool>? where = null)
    {
        await foreach (var overview in services.Where(s => s.Lifecycle == ServiceLifecycle.Created).Page(0, 100).AllAsync())
        {
            if (overview.BuildStatus != BuildStatus.Success || overview.Type != ServiceType.Managed)
            {
                continue;
            }
            var handle = services.Version(overview.Id, overview.ServiceDefinitionId!);
            var version = await handle.GetAsync();
            if (where?.Invoke(version) ?? true)
            {
                return (new Built(overview.Id, version.Id, overview.Name!, version.Source, version.Configurations), handle);
            }
        }
        throw new InvalidOperationException("The seed has no such version.");
    }

    private static async Task<byte[]> DownloadAsync(ServiceVersion version)
    {
        using var buffer = new MemoryStream();
        await version.DownloadSourceCodeAsync(buffer);
        return buffer.ToArray();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static byte[] Zip(params (string Name, string Content)[] files) => Zips.Of(files);
}
