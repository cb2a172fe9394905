using System.Text.Json;
using KipuHub.Fluent.Tests.Http;
using KipuHub.Models;

namespace KipuHub.Fluent.Tests.Queries;

public sealed class CommandRequestTests
{
    private readonly StubHttpHandler _handler = TestClients.Answering();

    private static async Task<JsonElement> JsonBody(HttpRequestMessage request) =>
        JsonDocument.Parse(await request.Content!.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Create_ToRequest_PostsTheJsonBody()
    {
        using var hub = TestClients.Create(_handler);

        var request = hub.Applications.Create(new CreateApplicationRequest { Name = "My app" }).ToRequest();

        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.PathAndQuery.Should().Be("/qc-catalog/v2/applications");
        request.Content!.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await JsonBody(request)).GetProperty("name").GetString().Should().Be("My app");
        _handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, "UNPUBLISH")]
    [InlineData(true, "UNPUBLISH_FORCE")]
    public async Task Unpublish_PostsTheCommandType(bool force, string type)
    {
        using var hub = TestClients.Create(_handler);

        var request = hub.Services.Version("svc", "ver").Unpublish(force).ToRequest();

        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.PathAndQuery.Should().Be("/qc-catalog/services/svc/versions/ver/commands");
        (await JsonBody(request)).GetProperty("type").GetString().Should().Be(type);
    }

    [Fact]
    public void LifecycleCommands_TargetTheirPaths()
    {
        using var hub = TestClients.Create(_handler);
        var version = hub.Services.Version("svc", "ver");

        version.Publish().ToRequest().RequestUri!.PathAndQuery.Should().Be("/qc-catalog/services/svc/versions/ver/publish");
        version.PublishInternal().ToRequest().RequestUri!.PathAndQuery.Should().Be("/qc-catalog/services/svc/versions/ver/publish-internal");
        version.GetBuildStatus().ToRequest().RequestUri!.PathAndQuery.Should().Be("/qc-catalog/services/svc/versions/ver/build-status");
        version.Subscriptions().ToRequest().RequestUri!.PathAndQuery.Should().Be("/qc-catalog/services/svc/versions/ver/subscriptions");
    }

    [Fact]
    public void PathValues_AreEscaped()
    {
        using var hub = TestClients.Create(_handler);

        hub.Services.Get("a/b c").ToRequest().RequestUri!.AbsolutePath.Should().Be("/qc-catalog/services/a%2Fb%20c");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankId_ThrowsNamingTheParameter(string? id)
    {
        using var hub = TestClients.Create(_handler);

        var act = () => hub.Services.Get(id!);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("ServicesGet").And.Contain("'id'");
    }

    [Fact]
    public async Task Upload_ToRequest_IsMultipartWithAFilePart()
    {
        using var hub = TestClients.Create(_handler);
        var bytes = new MemoryStream("hello"u8.ToArray());

        var request = hub.DataPools.Files("pool").Upload(bytes, "hello.txt", "text/plain").ToRequest();

        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.PathAndQuery.Should().Be("/qc-catalog/datapools/pool/files?filename=hello.txt");
        var multipart = request.Content.Should().BeOfType<MultipartFormDataContent>().Subject;
        var part = multipart.Single();
        part.Headers.ContentDisposition!.Name.Should().Be("file");
        part.Headers.ContentDisposition.FileName.Should().Be("hello.txt");
        part.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await part.ReadAsStringAsync()).Should().Be("hello");
    }

    [Fact]
    public void Upload_BadArguments_AreClearErrors()
    {
        using var hub = TestClients.Create(_handler);
        var files = hub.DataPools.Files("pool");

        ((Action)(() => files.Upload(new MemoryStream(), " "))).Should().Throw<ArgumentException>().Which.Message.Should().Contain("file name");
        ((Action)(() => files.Upload(null!, "a.txt"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => files.Download("f", new MemoryStream([], writable: false)))).Should().Throw<ArgumentException>().Which.Message.Should().Contain("cannot be written");
    }

    [Fact]
    public void Scope_ClientDefault_IsSentAndCanBeOverridden()
    {
        using var hub = TestClients.Create(_handler, organizationId: "default-org");

        hub.Services.ToRequest().Headers.GetValues("X-OrganizationId").Should().Equal("default-org");
        hub.Services.InOrg("other-org").ToRequest().Headers.GetValues("X-OrganizationId").Should().Equal("other-org");
        hub.Services.InPersonalAccount().ToRequest().Headers.Contains("X-OrganizationId").Should().BeFalse();
        hub.Services.InPersonalAccount().Version("s", "v").Publish().ToRequest().Headers.Contains("X-OrganizationId").Should().BeFalse();
        hub.Applications.InOrg("o2").Subscriptions("app").ToRequest().Headers.GetValues("X-OrganizationId").Should().Equal("o2");
    }

    [Fact]
    public void GlobalEndpoints_NeverSendTheOrganization()
    {
        using var hub = TestClients.Create(_handler, organizationId: "default-org");

        hub.Authentication.Authorize().ToRequest().Headers.Contains("X-OrganizationId").Should().BeFalse();
        hub.Users.GetAccounts().ToRequest().Headers.Contains("X-OrganizationId").Should().BeFalse();
        hub.Marketplace.InOrg("x").ToRequest().Headers.Contains("X-OrganizationId").Should().BeFalse();
    }

    [Fact]
    public void InOrg_Blank_ThrowsPointingAtInPersonalAccount()
    {
        using var hub = TestClients.Create(_handler);

        var act = () => hub.Services.InOrg(" ");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("InPersonalAccount()");
    }
}
