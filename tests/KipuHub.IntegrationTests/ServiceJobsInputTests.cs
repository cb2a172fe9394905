using System.Net;
using System.Text;
using KipuHub.Errors;
using KipuHub.FakeServer;
using KipuHub.Models;

namespace KipuHub.IntegrationTests;

/// <summary>service_jobs bad input: every refusal names what was wrong, and leaves the store as it was.</summary>
public sealed class ServiceJobsInputTests : FakeHubTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Create_WithoutAServiceDefinitionId_Is422_NamingTheField(string? id)
    {
        var error = await JobFixtures.ExpectNothingChangedAsync<UnprocessableEntityException>(Fake,
            () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = id, InputData = "{}" }));

        error.ErrorMessage.Should().Contain("'serviceDefinitionId'");
    }

    [Theory]
    [InlineData("{\"n\": ", null, "'inputData'")]
    [InlineData("not json", null, "'inputData'")]
    [InlineData("{}", "{shots: 3}", "'parameters'")]
    [InlineData(null, "", "'parameters'")]
    public async Task Create_WithTextThatIsNotJson_Is422_NamingTheField(string? input, string? parameters, string field)
    {
        var version = await JobFixtures.RunnableVersionAsync(Hub, Org);

        var error = await JobFixtures.ExpectNothingChangedAsync<UnprocessableEntityException>(Fake,
            () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId, InputData = input, Parameters = parameters }));

        error.ErrorMessage.Should().Contain(field).And.Contain("JSON text");
        error.ErrorMessage!.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public async Task Create_OfAnUnknownVersion_Is404_NamingIt()
    {
        var error = await JobFixtures.ExpectNothingChangedAsync<NotFoundException>(Fake,
            () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = "00000000-0000-4000-8000-00000000abcd" }));

        error.ErrorMessage.Should().Contain("00000000-0000-4000-8000-00000000abcd");
    }

    [Theory]
    [InlineData("WORKING")]
    [InlineData("FAILURE")]
    public async Task Create_OfAVersionWhoseBuildDidNotSucceed_Is409_NamingTheBuildStatus(string status)
    {
        var version = await JobFixtures.VersionWithBuildAsync(Hub, Org, new BuildStatus(status));

        var error = await JobFixtures.ExpectNothingChangedAsync<ConflictException>(Fake,
            () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId }));

        error.ErrorMessage.Should().Contain(status).And.Contain("SUCCESS");
    }

    [Fact]
    public async Task Create_AfterTheBuildFinishesOnTheClock_Runs()
    {
        var version = await JobFixtures.VersionWithBuildAsync(Hub, Org, BuildStatus.Working);
        Fake.Clock.Advance(TimeSpan.FromMinutes(11));
        var build = await Hub.Services.InOrg(Org).Version(version.Id, version.ServiceDefinitionId!).GetBuildStatusAsync();

        var create = () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId });

        if (build.Status == BuildStatus.Success)
        {
            (await create()).Status.Should().Be(ExecutionStatus.Pending);
        }
        else
        {
            (await JobFixtures.ExpectNothingChangedAsync<ConflictException>(Fake, create)).ErrorMessage.Should().Contain("FAILURE");
        }
    }

    [Fact]
    public async Task InputData_LongerThanOtherStrings_IsAccepted_UpToTheBodyLimit()
    {
        var version = await JobFixtures.RunnableVersionAsync(Hub, Org);
        var big = "[" + string.Join(",", Enumerable.Repeat("12345", 50_000)) + "]";

        var job = await Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId, InputData = big });

        (await Hub.ServiceJobs.InOrg(Org).GetAsync(job.Id)).InputData.Should().HaveLength(big.Length);
        var tooBig = "[" + string.Join(",", Enumerable.Repeat("12345", 200_000)) + "]";
        await JobFixtures.ExpectNothingChangedAsync<ContentTooLargeException>(Fake,
            () => Hub.ServiceJobs.InOrg(Org).CreateAsync(new() { ServiceDefinitionId = version.ServiceDefinitionId, InputData = tooBig }));
    }

    [Fact]
    public async Task RawRequests_WithAMalformedBody_OrTheWrongMediaType_AreRefused_AndChangeNothing()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Fake.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", FakeHubServer.DemoToken);
        http.DefaultRequestHeaders.Add("X-OrganizationId", Org);
        var version = (await JobFixtures.RunnableVersionAsync(Hub, Org)).ServiceDefinitionId;
        var before = Fake.Store.Fingerprint();

        foreach (var path in new[] { "service-jobs", "jobs" })
        {
            (await http.PostAsync(path, new StringContent("{\"serviceDefinitionId\": ", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await http.PostAsync(path, new StringContent("{\"serviceDefinitionId\": 42}", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await http.PostAsync(path, new StringContent($"{{\"serviceDefinitionId\": \"{version}\", \"inputData\": {{\"n\": 1}}}}", Encoding.UTF8, "application/json")))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest, "inputData is JSON text, a string, not an object");
            var wrongType = await http.PostAsync(path, new StringContent($"serviceDefinitionId={version}", Encoding.UTF8, "text/plain"));
            wrongType.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            (await http.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        }
        (await http.GetAsync("service-jobs?status=RUNNING&sort=name,asc")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        Fake.Store.Fingerprint().Should().Be(before, "a refused request changes nothing");
    }
}
