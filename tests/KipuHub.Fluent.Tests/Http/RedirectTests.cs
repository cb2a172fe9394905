using System.Net;
using KipuHub.Errors;
using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>Redirects are followed by the client itself, so the token never leaves the hub's origin.</summary>
public sealed class RedirectTests
{
    private static Action<HttpResponseMessage> To(string location) => r => r.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);

    private static HubConnection Connect(StubHttpHandler handler) =>
        TestHub.Connect(handler, o => o.OrganizationId = TestHub.OrgId);

    [Fact]
    public async Task SameOrigin_KeepsTheTokenAndOrganization()
    {
        var handler = new StubHttpHandler().Then(302, configure: To("/qc-catalog/services/here")).Then(200);
        using var connection = Connect(handler);

        await connection.SendAsync(TestHub.GetService("moved"), default);

        handler.Requests.Should().HaveCount(2);
        handler.Requests[1].Uri.AbsolutePath.Should().Be("/qc-catalog/services/here");
        handler.Requests[1].Header("X-Auth-Token").Should().Be(TestHub.Token);
        handler.Requests[1].Header("X-OrganizationId").Should().Be(TestHub.OrgId);
    }

    [Theory]
    [InlineData("https://elsewhere.test/qc-catalog/services/here")]
    [InlineData("http://hub.test/qc-catalog/services/here")]
    [InlineData("https://hub.test:8443/qc-catalog/services/here")]
    public async Task OtherOrigin_IsFollowedWithoutTheTokenOrOrganization(string location)
    {
        var handler = new StubHttpHandler().Then(302, configure: To(location)).Then(200);
        using var connection = Connect(handler);

        await connection.SendAsync(TestHub.GetService("moved"), default);

        handler.Requests.Should().HaveCount(2);
        handler.Requests[1].Uri.Should().Be(new Uri(location));
        handler.Requests[1].Header("X-Auth-Token").Should().BeNull();
        handler.Requests[1].Header("X-OrganizationId").Should().BeNull();
        handler.Requests[1].Header("Accept").Should().NotBeNull("other headers still go along");
    }

    [Fact]
    public async Task SeeOther_AfterPost_BecomesAGetWithoutBody()
    {
        var handler = new StubHttpHandler().Then(303, configure: To("/qc-catalog/v2/applications/new")).Then(200, """{"id":"new"}""");
        using var connection = Connect(handler);

        await connection.SendAsync(TestHub.CreateApplication(), default);

        handler.Requests[1].Method.Should().Be(HttpMethod.Get);
        handler.Requests[1].Body.Should().BeNull();
    }

    [Fact]
    public async Task TemporaryRedirect_AfterPost_ResendsTheSameBody()
    {
        var handler = new StubHttpHandler().Then(307, configure: To("/qc-catalog/v2/applications-moved")).Then(200, """{"id":"new"}""");
        using var connection = Connect(handler);

        await connection.SendAsync(TestHub.CreateApplication(), default);

        handler.Requests[1].Method.Should().Be(HttpMethod.Post);
        handler.Requests[1].Body.Should().Be(handler.Requests[0].Body).And.NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ALoop_StopsAfterTheLimit_AndSurfacesTheRedirect()
    {
        var handler = new StubHttpHandler().Then(302, configure: To("/qc-catalog/services/again"));
        using var connection = Connect(handler);

        var error = (await FluentActions.Awaiting(() => connection.SendAsync(TestHub.GetService("moved"), default))
            .Should().ThrowAsync<ApiException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Redirect);
        handler.Requests.Should().HaveCount(HubSender.MaxRedirects + 1);
    }
}
