using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>
/// AddKipuHub from configuration, as an app's appsettings.json would hold it: options bound from a section, several
/// named clients side by side, and every problem of the options listed at once when the host validates them on start.
/// </summary>
public sealed class KipuHubConfigurationTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public async Task AddKipuHub_BindsEverySettingFromASection()
    {
        var handler = new StubHttpHandler().Then(200, """{"id":"svc-1","name":"From configuration"}""");
        var configuration = Settings(
            ("KipuHub:ApiKey", TestHub.Token), ("KipuHub:BaseUrl", TestHub.BaseUrl.ToString()), ("KipuHub:OrganizationId", TestHub.OrgId),
            ("KipuHub:Timeout", "00:00:30"), ("KipuHub:MaxRetries", "4"), ("KipuHub:RetryDelay", "00:00:01"),
            ("KipuHub:FollowRedirects", "false"), ("KipuHub:Headers:X-Trace", "config"));
        var services = new ServiceCollection();
        services.AddKipuHub(configuration.GetSection("KipuHub")).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HubPlatformClientOptions>>().Value;
        var client = provider.GetRequiredService<HubPlatformClient>();
        await client.Services.GetAsync("svc-1");

        (options.Timeout, options.MaxRetries, options.RetryDelay, options.FollowRedirects).Should().Be((TimeSpan.FromSeconds(30), 4, TimeSpan.FromSeconds(1), false));
        (client.BaseUrl, client.OrganizationId).Should().Be((TestHub.BaseUrl, TestHub.OrgId));
        var request = handler.Requests.Should().ContainSingle().Which;
        (request.Header("X-Auth-Token"), request.Header("X-Trace")).Should().Be((TestHub.Token, "config"));
    }

    [Fact]
    public async Task NamedClients_HaveTheirOwnOptionsAndHttpClients_AndResolveByKey()
    {
        var labHandler = new StubHttpHandler().Then(200, """{"id":"a","name":"lab"}""");
        var garageHandler = new StubHttpHandler().Then(200, """{"id":"b","name":"garage"}""");
        var configuration = Settings(
            ("KipuHub:Lab:ApiKey", "lab-token-0123456789"), ("KipuHub:Lab:BaseUrl", TestHub.BaseUrl.ToString()), ("KipuHub:Lab:OrganizationId", "org-lab"),
            ("KipuHub:Garage:ApiKey", "garage-token-0123456789"), ("KipuHub:Garage:BaseUrl", TestHub.BaseUrl.ToString()));
        var services = new ServiceCollection();
        services.AddKipuHub("lab", configuration.GetSection("KipuHub:Lab")).ConfigurePrimaryHttpMessageHandler(() => labHandler);
        services.AddKipuHub("garage", o =>
        {
            configuration.GetSection("KipuHub:Garage").Bind(o);
            o.OrganizationId = "org-garage";
        }).ConfigurePrimaryHttpMessageHandler(() => garageHandler);
        await using var provider = services.BuildServiceProvider();

        var lab = provider.GetRequiredKeyedService<HubPlatformClient>("lab");
        var garage = provider.GetRequiredKeyedService<HubPlatformClient>("garage");
        await lab.Services.GetAsync("a");
        await garage.Services.GetAsync("b");

        lab.Should().NotBeSameAs(garage).And.BeSameAs(provider.GetRequiredKeyedService<HubPlatformClient>("lab"));
        (labHandler.Requests.Single().Header("X-Auth-Token"), labHandler.Requests.Single().Header("X-OrganizationId")).Should().Be(("lab-token-0123456789", "org-lab"));
        (garageHandler.Requests.Single().Header("X-Auth-Token"), garageHandler.Requests.Single().Header("X-OrganizationId")).Should().Be(("garage-token-0123456789", "org-garage"));
        provider.GetService<HubPlatformClient>().Should().BeNull("only named clients were registered");
    }

    [Fact]
    public async Task OnStart_EveryProblemOfTheOptionsIsListedAtOnce_NamingTheClient()
    {
        var configuration = Settings(
            ("KipuHub:Lab:ApiKey", "lab-token-0123456789"), ("KipuHub:Lab:BaseUrl", "ftp://hub.test/qc-catalog"),
            ("KipuHub:Lab:Timeout", "-00:00:05"), ("KipuHub:Lab:MaxRetries", "99"), ("KipuHub:Lab:RetryDelay", "-00:00:01"));
        var services = new ServiceCollection();
        services.AddKipuHub("lab", configuration.GetSection("KipuHub:Lab"));
        await using var provider = services.BuildServiceProvider();

        var error = FluentActions.Invoking(() => provider.GetRequiredService<IStartupValidator>().Validate()).Should().Throw<OptionsValidationException>().Which;

        error.Failures.Should().HaveCount(4).And.OnlyContain(f => f.StartsWith("KipuHub client 'lab': ", StringComparison.Ordinal));
        error.Failures.Should().Contain(f => f.Contains("BaseUrl is 'ftp://hub.test/qc-catalog'"))
            .And.Contain(f => f.Contains("Timeout is -00:00:05"))
            .And.Contain(f => f.Contains("MaxRetries is 99"))
            .And.Contain(f => f.Contains("RetryDelay is -00:00:01"));
        error.Failures.Should().NotContain(f => f.Contains("lab-token-0123456789"), "a token never appears in a message");
        error.Failures.Should().NotContain(f => f.Contains("(Parameter"));
    }

    [Fact]
    public async Task OnStart_ValidOptions_PassAndTheClientIsReady()
    {
        var services = new ServiceCollection();
        services.AddKipuHub(Settings(("ApiKey", TestHub.Token), ("BaseUrl", TestHub.BaseUrl.ToString())));
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<HubPlatformClient>().BaseUrl.Should().Be(TestHub.BaseUrl);
    }
}
