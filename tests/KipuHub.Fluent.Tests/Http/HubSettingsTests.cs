using KipuHub.Http;

namespace KipuHub.Fluent.Tests.Http;

public sealed class HubSettingsTests
{
    private const string EnvToken = "kqh-env-token-0c4e8a2b6d1f3e5a79";

    private static HubConnection Connect(HubPlatformClientOptions options, Func<string, string?>? environment = null) =>
        new(options, environment ?? TestHub.NoEnvironment);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingOrBlankApiKey_IsAClearErrorNamingBothWaysToProvideIt(string? apiKey)
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = apiKey });

        act.Should().Throw<ArgumentException>()
            .WithMessage("*No API key*HubPlatformClientOptions.ApiKey*KQH_PERSONAL_ACCESS_TOKEN*");
    }

    [Fact]
    public void BlankEnvironmentToken_CountsAsMissing()
    {
        var act = () => Connect(new HubPlatformClientOptions(), TestHub.Environment(("KQH_PERSONAL_ACCESS_TOKEN", "  ")));

        act.Should().Throw<ArgumentException>().WithMessage("*No API key*");
    }

    [Fact]
    public void ApiKeyWithALineBreak_IsRejectedWithoutEchoingIt()
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token + "\nX-Evil: 1" });

        act.Should().Throw<ArgumentException>().WithMessage("*ApiKey contains a line break*")
            .Which.ToString().Should().NotContain(TestHub.Token);
    }

    [Fact]
    public void EnvironmentVariables_AreUsedWhenTheOptionsAreEmpty()
    {
        var environment = TestHub.Environment(
            ("KQH_PERSONAL_ACCESS_TOKEN", EnvToken + "\n"),
            ("KQH_ORGANIZATION_ID", "env-org"),
            ("KQH_BASE_URL", "http://localhost:5080/qc-catalog/"));
        var handler = new StubHttpHandler();

        using var connection = Connect(new HubPlatformClientOptions { HttpClient = new HttpClient(handler) }, environment);
        using var request = connection.CreateRequest(TestHub.GetService());

        connection.BaseUrl.Should().Be(new Uri("http://localhost:5080/qc-catalog/"));
        connection.DefaultOrganizationId.Should().Be("env-org");
        request.RequestUri!.AbsoluteUri.Should().Be("http://localhost:5080/qc-catalog/services/svc-1");
        request.Headers.GetValues("X-Auth-Token").Should().Equal(EnvToken);
        request.Headers.GetValues("X-OrganizationId").Should().Equal("env-org");
    }

    [Fact]
    public void Options_WinOverEnvironmentVariables()
    {
        var environment = TestHub.Environment(
            ("KQH_PERSONAL_ACCESS_TOKEN", EnvToken),
            ("KQH_ORGANIZATION_ID", "env-org"),
            ("KQH_BASE_URL", "http://env.test/qc-catalog"));

        using var connection = Connect(TestHub.Options(new StubHttpHandler(), o => o.OrganizationId = "option-org"), environment);
        using var request = connection.CreateRequest(TestHub.GetService());

        connection.BaseUrl.Should().Be(TestHub.BaseUrl);
        connection.DefaultOrganizationId.Should().Be("option-org");
        request.Headers.GetValues("X-Auth-Token").Should().Equal(TestHub.Token);
    }

    [Fact]
    public void NoBaseUrlAnywhere_UsesTheEnvironmentsUrl()
    {
        using var connection = Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token });

        connection.BaseUrl.Should().Be(HubPlatformEnvironment.Default.BaseUrl);
        connection.DefaultOrganizationId.Should().BeNull();
    }

    [Fact]
    public void WithoutReadingTheEnvironment_BlankSettingsStayBlank_AndAMissingKeyIsStillNamed()
    {
        var environment = TestHub.Environment(
            ("KQH_PERSONAL_ACCESS_TOKEN", EnvToken),
            ("KQH_ORGANIZATION_ID", "env-org"),
            ("KQH_BASE_URL", "http://env.test/qc-catalog"));

        using var connection = Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, ReadEnvironmentVariables = false }, environment);
        using var request = connection.CreateRequest(TestHub.GetService());
        var missingKey = HubSettings.Problems(new HubPlatformClientOptions { ReadEnvironmentVariables = false }, environment);

        connection.DefaultOrganizationId.Should().BeNull("the personal account, whatever KQH_ORGANIZATION_ID says");
        request.Headers.Contains("X-OrganizationId").Should().BeFalse();
        connection.BaseUrl.Should().Be(new HubPlatformClientOptions().Environment.BaseUrl, "the environment's URL, not KQH_BASE_URL");
        missingKey.Should().ContainSingle().Which.Should().Contain("ApiKey");
    }

    [Fact]
    public void BlankOrganizationId_MeansThePersonalAccount()
    {
        using var connection = Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, OrganizationId = " " }, TestHub.Environment(("KQH_ORGANIZATION_ID", "")));

        connection.DefaultOrganizationId.Should().BeNull();
    }

    [Fact]
    public void InvalidEnvironmentBaseUrl_IsAClearError()
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token }, TestHub.Environment(("KQH_BASE_URL", "api.hub.kipu-quantum.com/qc-catalog")));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*KQH_BASE_URL is 'api.hub.kipu-quantum.com/qc-catalog'*absolute http or https URL*");
    }

    [Theory]
    [InlineData("ftp://hub.test/qc-catalog", "*BaseUrl is 'ftp://hub.test/qc-catalog'*absolute http or https*")]
    [InlineData("https://hub.test/qc-catalog?x=1", "*BaseUrl must not carry a query string*")]
    public void InvalidBaseUrlOption_IsAClearError(string url, string message)
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, BaseUrl = new Uri(url) });

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void RelativeBaseUrlOption_IsAClearError()
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, BaseUrl = new Uri("/qc-catalog", UriKind.Relative) });

        act.Should().Throw<ArgumentException>().WithMessage("*HubPlatformClientOptions.BaseUrl is '/qc-catalog'*absolute*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NonPositiveTimeout_IsAClearError(int seconds)
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, Timeout = TimeSpan.FromSeconds(seconds) });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*HubPlatformClientOptions.Timeout is*must be positive*Timeout.InfiniteTimeSpan*");
    }

    [Fact]
    public void InfiniteTimeout_IsAccepted()
    {
        using var connection = Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, Timeout = Timeout.InfiniteTimeSpan });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void MaxRetriesOutOfRange_IsAClearError(int maxRetries)
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, MaxRetries = maxRetries });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"*HubPlatformClientOptions.MaxRetries is {maxRetries}; it must be between 0 (no retries) and 10*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void MaxRetriesAtTheLimits_IsAccepted(int maxRetries)
    {
        using var connection = Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, MaxRetries = maxRetries });
    }

    [Fact]
    public void NegativeRetryDelay_IsAClearError()
    {
        var act = () => Connect(new HubPlatformClientOptions { ApiKey = TestHub.Token, RetryDelay = TimeSpan.FromMilliseconds(-1) });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*HubPlatformClientOptions.RetryDelay is*between 00:00:00 and*");
    }

    [Fact]
    public void Errors_NeverContainTheToken()
    {
        var options = new HubPlatformClientOptions { ApiKey = TestHub.Token, MaxRetries = 99 };

        var act = () => Connect(options);

        act.Should().Throw<ArgumentException>().Which.ToString().Should().NotContain(TestHub.Token);
        options.ToString().Should().NotContain(TestHub.Token);
    }

    [Fact]
    public void Settings_AreReadOnceAtConstruction()
    {
        var options = TestHub.Options(new StubHttpHandler(), o => o.OrganizationId = "first");
        using var connection = Connect(options);

        options.OrganizationId = "second";
        options.Headers["X-Late"] = "1";
        using var request = connection.CreateRequest(TestHub.GetService());

        request.Headers.GetValues("X-OrganizationId").Should().Equal("first");
        request.Headers.Contains("X-Late").Should().BeFalse();
    }

    [Fact]
    public void PublicConstructor_ReadsTheProcessEnvironmentOnlyForEmptySettings()
    {
        // Every setting is given, so the process environment cannot change the outcome.
        using var client = new HubPlatformClient(TestHub.Options(new StubHttpHandler(), o => o.OrganizationId = "org"));

        client.BaseUrl.Should().Be(TestHub.BaseUrl);
        client.OrganizationId.Should().Be("org");
        client.ToString().Should().NotContain(TestHub.Token);
    }
}
