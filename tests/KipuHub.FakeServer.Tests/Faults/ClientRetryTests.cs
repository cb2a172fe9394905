using KipuHub.Errors;

namespace KipuHub.FakeServer.Tests.Faults;

/// <summary>HubPlatformClient against scripted faults, over real loopback HTTP, with its default retry settings.</summary>
public sealed class ClientRetryTests : FakeHubTest
{
    [Fact]
    public async Task The_client_succeeds_after_fail_twice_then_succeed_with_the_default_MaxRetries_of_2()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with
        {
            Tenant = Hub.DemoOrganizationId,
            Status = 503,
            RetryAfterSeconds = 1,
            Times = 2,
        });
        using var client = Hub.CreateClient(organizationId: Hub.DemoOrganizationId);
        new HubPlatformClientOptions().MaxRetries.Should().Be(2, "the test relies on the default");

        var page = await client.Services.Page(0, 20).ListAsync();

        page.TotalElements.Should().Be(57);
        var calls = Hub.Journal.ForTenant(Hub.DemoOrganizationId).ShouldHaveCalled(HubCatalog.ServicesList).WithPage(0, 20).Times(3);
        calls.Select(c => c.Status).Should().Equal(503, 503, 200);
        calls[0].Fault.Should().StartWith("fault-1: 503 Retry-After 1");
        calls[1].Fault.Should().StartWith("fault-1: 503 Retry-After 1");
        calls[2].Fault.Should().BeNull("the fault was spent after two hits");
    }

    [Fact]
    public async Task Retry_After_is_honoured_as_measured_on_the_journal_timestamps()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 503, RetryAfterSeconds = 1, Times = 2 });

        await Hub.Client.Services.Page(0, 5).ListAsync();

        var calls = Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).Times(3);
        for (var i = 1; i < calls.Count; i++)
        {
            (calls[i].Timestamp - calls[i - 1].Timestamp).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1),
                "the client must wait the server's Retry-After of 1 s before attempt {0}", i + 1);
        }
    }

    [Fact]
    public async Task When_the_faults_outlast_the_retries_the_client_raises_ApiException_503_after_exactly_MaxRetries_plus_one_attempts()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ServicesList) with { Status = 503, RetryAfterSeconds = 0 });
        var maxRetries = new HubPlatformClientOptions().MaxRetries;

        var act = () => Hub.Client.Services.Page(0, 20).ListAsync();

        var thrown = await act.Should().ThrowExactlyAsync<ApiException>("503 has no subclass of its own");
        thrown.Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        thrown.Which.ErrorMessage.Should().Contain("Injected fault fault-1");
        Hub.Journal.ShouldHaveCalled(HubCatalog.ServicesList).WithStatus(503).Times(maxRetries + 1);
        Hub.Journal.Entries.Should().HaveCount(maxRetries + 1);
    }

    [Fact]
    public async Task With_a_custom_MaxRetries_the_attempts_follow_it()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Status = 429, Times = 10 });
        using var client = new HubPlatformClient(new HubPlatformClientOptions
        {
            ApiKey = FakeHubServer.DemoToken, BaseUrl = Hub.BaseUrl, MaxRetries = 4, RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var act = () => client.Applications.ListAsync();

        (await act.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        Hub.Journal.ShouldHaveCalled(HubCatalog.ApplicationsList).Times(5);
    }

    [Fact]
    public async Task A_dropped_connection_has_no_response_is_journaled_and_the_client_retries_past_it()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Drop = true, Times = 1 });

        var applications = await Hub.Client.Applications.ListAsync();

        applications.Should().NotBeEmpty();
        var calls = Hub.Journal.ShouldHaveCalled(HubCatalog.ApplicationsList).Times(2);
        calls[0].Status.Should().Be(0, "no response was sent");
        calls[0].Fault.Should().Contain("dropped connection");
        calls[1].Status.Should().Be(200);
    }

    [Fact]
    public async Task A_connection_dropped_on_every_attempt_raises_HubConnectionException_with_the_transport_error_inside()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Drop = true });

        var act = () => Hub.Client.Applications.ListAsync();

        var error = (await act.Should().ThrowAsync<HubConnectionException>()).Which;
        error.InnerException.Should().BeOfType<HttpRequestException>();
        error.Attempts.Should().Be(3, "the default MaxRetries is 2");
        Hub.Journal.ShouldHaveCalled(HubCatalog.ApplicationsList).Times(3);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transport_error_for_a_plain_HttpClient()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsList) with { Drop = true });

        var act = () => Http.FetchAsync("v2/applications");

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task A_POST_is_not_retried_so_one_injected_503_reaches_the_caller()
    {
        Hub.Faults.Add(FakeHubFault.On(HubCatalog.ApplicationsCreate) with { Status = 503, Times = 1 });
        var before = Hub.Store.Fingerprint();

        var act = () => Hub.Client.Applications.CreateAsync(new CreateApplicationRequest { Name = "x" });

        (await act.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        Hub.Journal.ShouldHaveCalled(HubCatalog.ApplicationsCreate).Once().Status.Should().Be(503);
        Hub.Store.Fingerprint().Should().Be(before, "an injected error answers before the handler runs");
    }
}
