namespace KipuHub.FakeServer.Tests.Pipeline;

public sealed class AuthenticationTests : FakeHubTest
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "services" },
        { "GET", "v2/apis" },
        { "GET", "my/accounts" },
        { "POST", "authorize" },
        { "GET", "datapools" },
        { "DELETE", "v2/applications/00000000-0000-0000-0000-000000000000" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_without_token_is_401_with_the_json_error_body(string method, string path)
    {
        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Unauthorized,
            () => Http.SendAsync(new HttpMethod(method), path, token: null));

        error.ErrorMessage.Should().Contain("X-Auth-Token");
        error.Error.Should().Be("Unauthorized");
        error.Path.Should().Be("/qc-catalog/" + path);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_with_an_unknown_token_is_401(string method, string path)
    {
        var error = await ExpectErrorWithoutChangeAsync(HttpStatusCode.Unauthorized,
            () => Http.SendAsync(new HttpMethod(method), path, token: "not-a-token"));

        error.ErrorMessage.Should().Contain("not a valid personal access token");
    }

    [Fact]
    public async Task Tokens_are_compared_exactly()
    {
        using var response = await Http.SendAsync(HttpMethod.Get, "services", token: "DEMO-TOKEN");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Authentication_comes_before_content_type_checks()
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "datapools", token: null, content: new StringContent("x", Encoding.UTF8, "text/plain"));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }
}
