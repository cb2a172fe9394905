using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>Every bad input of the core issue, through the client where it can be expressed, each followed by a check that nothing changed.</summary>
public sealed class BadInputTests : FakeHubTest
{
    protected override FakeHubOptions Options => new() { UploadLimitBytes = 64 * 1024 };

    private HttpClient Raw(string? organizationId = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl.ToString().TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        if (organizationId is not null)
        {
            http.DefaultRequestHeaders.Add("X-OrganizationId", organizationId);
        }
        return http;
    }

    private static async Task ShouldBeErrorJson(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("errorMessage").GetString().Should().NotBeNullOrWhiteSpace();
    }

    private Task<IReadOnlyList<Application>> Applications() => Hub.Applications.InOrg(Org).ListAsync();

    [Fact]
    public async Task MalformedJson_Is400_AndCreatesNothing()
    {
        var before = await Applications();
        using var http = Raw(Org);

        using var response = await http.PostAsync("v2/applications", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));

        await ShouldBeErrorJson(response, HttpStatusCode.BadRequest);
        (await Applications()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task WrongJsonType_Is400_AndCreatesNothing()
    {
        var before = await Applications();
        using var http = Raw(Org);

        using var response = await http.PostAsync("v2/applications", new StringContent("{\"name\": 42}", Encoding.UTF8, "application/json"));

        await ShouldBeErrorJson(response, HttpStatusCode.BadRequest);
        (await Applications()).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task EmptyName_Is422ThroughTheClient_AndCreatesNothing(string? name)
    {
        var before = await Applications();

        var error = (await FluentActions.Awaiting(() => Hub.Applications.InOrg(Org).CreateAsync(new CreateApplicationRequest { Name = name }))
            .Should().ThrowAsync<UnprocessableEntityException>()).Which;

        error.ErrorMessage.Should().Contain("name");
        (await Applications()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task TooLongName_Is422_AndChangesNothing()
    {
        var pool = (await Hub.DataPools.InOrg(Org).ListAsync())[0];

        await FluentActions.Awaiting(() => Hub.DataPools.InOrg(Org).UpdateAsync(pool.Id, new UpdateDataPoolRequest { Name = new string('x', 256) }))
            .Should().ThrowAsync<UnprocessableEntityException>();

        (await Hub.DataPools.InOrg(Org).GetAsync(pool.Id)).Should().BeEquivalentTo(pool);
    }

    [Fact]
    public async Task WrongContentType_Is415_AndCreatesNothing()
    {
        var before = await Applications();
        using var http = Raw(Org);

        using var response = await http.PostAsync("v2/applications", new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "text/plain"));

        await ShouldBeErrorJson(response, HttpStatusCode.UnsupportedMediaType);
        (await Applications()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task JsonToTheUploadEndpoint_Is415_AndAddsNoFile()
    {
        var pool = (await Hub.DataPools.InOrg(Org).ListAsync())[0];
        var before = await Hub.DataPools.InOrg(Org).Files(pool.Id).ListAsync();
        using var http = Raw(Org);

        using var response = await http.PostAsync($"datapools/{pool.Id}/files", new StringContent("{}", Encoding.UTF8, "application/json"));

        await ShouldBeErrorJson(response, HttpStatusCode.UnsupportedMediaType);
        (await Hub.DataPools.InOrg(Org).Files(pool.Id).ListAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task UploadOverTheLimit_Is413ThroughTheClient_AndAddsNoFile()
    {
        var pool = (await Hub.DataPools.InOrg(Org).ListAsync())[0];
        var files = Hub.DataPools.InOrg(Org).Files(pool.Id);
        var before = await files.ListAsync();

        await FluentActions.Awaiting(() => files.UploadAsync(new MemoryStream(new byte[65 * 1024]), "big.bin"))
            .Should().ThrowAsync<ContentTooLargeException>();

        (await files.ListAsync()).Should().BeEquivalentTo(before);
        (await files.UploadAsync(new MemoryStream(new byte[1024]), "small.bin")).ContentLength.Should().Be(1024, "the server still works");
    }

    [Fact]
    public async Task UnknownIds_Are404ThroughTheClient()
    {
        var unknown = Guid.NewGuid().ToString();

        await FluentActions.Awaiting(() => Hub.Services.InOrg(Org).GetAsync(unknown)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.Applications.InOrg(Org).DeleteAsync(unknown)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.Subscriptions.InOrg(Org).GetAsync("not-a-uuid")).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.DataPools.InOrg(Org).Files(unknown).ListAsync()).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => Hub.Services.InOrg(Org).Version(unknown, unknown).PublishAsync()).Should().ThrowAsync<NotFoundException>();
        (await Hub.Services.InOrg(Org).ListAsync()).TotalElements.Should().Be(57);
    }

    [Theory]
    [InlineData("page=-1")]
    [InlineData("size=0")]
    [InlineData("page=abc")]
    public async Task BadPaging_Is400(string query)
    {
        using var http = Raw(Org);

        using var response = await http.GetAsync($"services?{query}");

        await ShouldBeErrorJson(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OversizedPage_IsClampedToTheMaximum()
    {
        using var http = Raw(Org);

        using var response = await http.GetAsync("services?size=5000");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("size").GetInt32().Should().Be(2000);
        body.RootElement.GetProperty("content").GetArrayLength().Should().Be(57);
    }
}
