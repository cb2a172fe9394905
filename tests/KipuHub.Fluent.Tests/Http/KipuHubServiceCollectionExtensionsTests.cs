using System.Reflection;
using KipuHub.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KipuHub.Fluent.Tests.Http;

public sealed class KipuHubServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddKipuHub_ResolvesAClientThatSendsThroughTheFactorysHttpClient()
    {
        var handler = new StubHttpHandler().Then(200, """{"id":"svc-1","name":"From DI"}""");
        using var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddKipuHub(o =>
            {
                o.ApiKey = TestHub.Token;
                o.BaseUrl = TestHub.BaseUrl;
                o.OrganizationId = TestHub.OrgId;
                o.Headers["X-Trace"] = "di";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<HubPlatformClient>();
        var service = await client.Services.GetAsync("svc-1");

        service.Name.Should().Be("From DI");
        provider.GetRequiredService<HubPlatformClient>().Should().BeSameAs(client);
        client.BaseUrl.Should().Be(TestHub.BaseUrl);
        client.OrganizationId.Should().Be(TestHub.OrgId);
        var request = handler.Requests.Should().ContainSingle().Which;
        request.Uri.AbsoluteUri.Should().Be("https://hub.test/qc-catalog/services/svc-1");
        request.Header("X-Auth-Token").Should().Be(TestHub.Token);
        request.Header("X-OrganizationId").Should().Be(TestHub.OrgId);
        request.Header("X-Trace").Should().Be("di");
        logs.Entries.Should().Contain(e => e.Category == "KipuHub.HubPlatformClient" && e.Level == LogLevel.Information,
            "the client logs through the container's ILoggerFactory");
        logs.Entries.Should().Contain(e => e.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal), "the factory logs too");
        logs.AllText().Should().NotContain(TestHub.Token, "the factory's own trace logs redact header values");
    }

    [Fact]
    public async Task AddKipuHub_HandlersAddedToTheBuilderRunForEveryAttempt()
    {
        var handler = new StubHttpHandler().Then(503).Then(200);
        var counter = new CountingHandler();
        var services = new ServiceCollection();
        services.AddKipuHub(o =>
            {
                o.ApiKey = TestHub.Token;
                o.BaseUrl = TestHub.BaseUrl;
                o.RetryDelay = TimeSpan.Zero;
            })
            .AddHttpMessageHandler(() => counter)
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HubPlatformClient>().Services.DeleteAsync("svc-1");

        counter.Count.Should().Be(2);
    }

    [Fact]
    public async Task AddKipuHub_FactoryClientHasNoTimeoutOfItsOwn()
    {
        var services = new ServiceCollection();
        services.AddKipuHub(o => o.ApiKey = TestHub.Token);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IHttpClientFactory>().CreateClient(KipuHubServiceCollectionExtensions.HttpClientName)
            .Timeout.Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public async Task AddKipuHub_MissingApiKey_FailsWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddKipuHub(o => o.ApiKey = " ");
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<HubPlatformClient>();

        // The process may have KQH_PERSONAL_ACCESS_TOKEN set; only assert when it does not.
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable)))
        {
            act.Should().Throw<OptionsValidationException>().WithMessage("*No API key*");
        }
    }

    [Fact]
    public async Task AddKipuHub_DoesNotChangeTheContainersOptions()
    {
        var services = new ServiceCollection();
        services.AddKipuHub(o => o.ApiKey = TestHub.Token);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<HubPlatformClient>();

        var options = provider.GetRequiredService<IOptions<HubPlatformClientOptions>>().Value;
        options.HttpClient.Should().BeNull();
        options.LoggerFactory.Should().BeNull();
    }

    [Fact]
    public void Copy_CopiesEveryPublicSetting()
    {
        var source = new HubPlatformClientOptions
        {
            ApiKey = "k",
            BaseUrl = new Uri("https://x.test/"),
            OrganizationId = "o",
            Timeout = TimeSpan.FromSeconds(3),
            MaxRetries = 7,
            RetryDelay = TimeSpan.FromSeconds(2),
            FollowRedirects = false,
            HttpClient = new HttpClient(),
            LoggerFactory = LoggerFactory.Create(_ => { }),
        };
        source.Headers["a"] = "b";

        var copy = KipuHubServiceCollectionExtensions.Copy(source);

        foreach (var property in typeof(HubPlatformClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var expected = property.GetValue(source);
            var actual = property.GetValue(copy);
            if (property.Name == nameof(HubPlatformClientOptions.Headers))
            {
                actual.Should().BeEquivalentTo(expected).And.NotBeSameAs(expected);
            }
            else
            {
                actual.Should().Be(expected, "Copy must carry {0}", property.Name);
            }
        }
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Count++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
