using KipuHub;
using KipuHub.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Extension methods on IServiceCollection live in this namespace by convention, so that they are found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HubPlatformClient"/> in a service container.</summary>
public static class KipuHubServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that <see cref="AddKipuHub(IServiceCollection, Action{HubPlatformClientOptions})"/> registers with <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "KipuHub.HubPlatformClient";

    /// <summary>
    /// Registers a singleton <see cref="HubPlatformClient"/> that sends through a named <see cref="HttpClient"/> of
    /// <see cref="IHttpClientFactory"/> and logs through the container's <see cref="ILoggerFactory"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the options; settings it leaves empty are read from the <c>KQH_*</c> environment variables.</param>
    /// <returns>
    /// The builder of the named <see cref="HttpClient"/> (<see cref="HttpClientName"/>), to add delegating handlers or
    /// replace the primary handler. Its primary handler is a <see cref="SocketsHttpHandler"/> that follows redirects as
    /// <see cref="HubPlatformClientOptions.FollowRedirects"/> says. Its <see cref="HttpClient.Timeout"/> is infinite,
    /// because <see cref="HubPlatformClientOptions.Timeout"/> bounds every call.
    /// </returns>
    /// <remarks>
    /// <para>The client is created on first use and checks its options then: a missing API key throws at that point.</para>
    /// <para>
    /// The client is a singleton and keeps the <see cref="HttpClient"/> it was given, so the factory's handler rotation
    /// does not apply to it; the primary handler recycles pooled connections every 5 minutes instead, so DNS changes are seen.
    /// If <paramref name="configure"/> sets <see cref="HubPlatformClientOptions.HttpClient"/> or
    /// <see cref="HubPlatformClientOptions.LoggerFactory"/>, those win over the factory's client and the container's loggers.
    /// </para>
    /// <para>Calling this twice adds both configure actions to the one client; the last value set wins.</para>
    /// </remarks>
    public static IHttpClientBuilder AddKipuHub(this IServiceCollection services, Action<HubPlatformClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(provider => CreateClient(provider, Microsoft.Extensions.Options.Options.DefaultName));
        return Register(services, Microsoft.Extensions.Options.Options.DefaultName, HttpClientName).Configure(configure).Builder;
    }

    /// <summary>
    /// Registers the client as <see cref="AddKipuHub(IServiceCollection, Action{HubPlatformClientOptions})"/> does, with
    /// its options bound from configuration, for example <c>configuration.GetSection("KipuHub")</c> with keys
    /// <c>ApiKey</c>, <c>BaseUrl</c>, <c>OrganizationId</c>, <c>Timeout</c>, <c>MaxRetries</c>, <c>RetryDelay</c>,
    /// <c>FollowRedirects</c> and <c>Headers</c>. The options are validated when the host starts, and every problem is
    /// reported at once.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The section that holds the options.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/> (<see cref="HttpClientName"/>).</returns>
    public static IHttpClientBuilder AddKipuHub(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(provider => CreateClient(provider, Microsoft.Extensions.Options.Options.DefaultName));
        return Register(services, Microsoft.Extensions.Options.Options.DefaultName, HttpClientName).Bind(configuration).Builder;
    }

    /// <summary>
    /// Registers one more client under a name, for an app that talks to the hub with several tokens or organizations:
    /// a keyed singleton (<c>[FromKeyedServices("lab")] HubPlatformClient lab</c>, or
    /// <c>GetRequiredKeyedService&lt;HubPlatformClient&gt;("lab")</c>) with options of that name, bound from
    /// <paramref name="configuration"/>, validated when the host starts, and an <see cref="HttpClient"/> of its own.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="name">The client's name, its service key, and the name of its options.</param>
    /// <param name="configuration">The section that holds its options, for example <c>configuration.GetSection("KipuHub:Lab")</c>.</param>
    /// <returns>The builder of its named <see cref="HttpClient"/> (<see cref="HttpClientName"/> + "." + <paramref name="name"/>).</returns>
    public static IHttpClientBuilder AddKipuHub(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddNamed(services, name).Bind(configuration).Builder;
    }

    /// <summary>Registers one more client under a name, as the configuration overload does, with its options set in code.</summary>
    /// <param name="services">The container.</param>
    /// <param name="name">The client's name, its service key, and the name of its options.</param>
    /// <param name="configure">Sets its options; settings it leaves empty are read from the <c>KQH_*</c> environment variables.</param>
    /// <returns>The builder of its named <see cref="HttpClient"/> (<see cref="HttpClientName"/> + "." + <paramref name="name"/>).</returns>
    public static IHttpClientBuilder AddKipuHub(this IServiceCollection services, string name, Action<HubPlatformClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddNamed(services, name).Configure(configure).Builder;
    }

    private static Registration AddNamed(IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.TryAddKeyedSingleton<HubPlatformClient>(name, (provider, key) => CreateClient(provider, (string)key!));
        return Register(services, name, HttpClientName + "." + name);
    }

    private static Registration Register(IServiceCollection services, string name, string httpClientName)
    {
        var options = services.AddOptions<HubPlatformClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubPlatformClientOptions>, HubOptionsValidator>());
        services.TryAddKeyedSingleton(name, new HttpClientNameOf(httpClientName));
        var builder = services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // HubPlatformClient follows redirects itself, keeping the token on the hub's origin.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The client holds its HttpClient for good; do not rotate a handler it cannot leave.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return new Registration(options, builder);
    }

    private static HubPlatformClient CreateClient(IServiceProvider provider, string name)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<HubPlatformClientOptions>>().Get(name).Clone();
        var httpClientName = provider.GetRequiredKeyedService<HttpClientNameOf>(name).Name;
        options.HttpClient ??= provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName);
        options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
        return new HubPlatformClient(options);
    }

    /// <summary>A copy, so that the container's options instance is not changed.</summary>
    internal static HubPlatformClientOptions Copy(HubPlatformClientOptions source) => source.Clone();

    /// <summary>Which named HttpClient a client of that options name sends through.</summary>
    private sealed record HttpClientNameOf(string Name);

    private readonly record struct Registration(OptionsBuilder<HubPlatformClientOptions> Options, IHttpClientBuilder Builder)
    {
        public Registration Configure(Action<HubPlatformClientOptions> configure)
        {
            Options.Configure(configure);
            return this;
        }

        public Registration Bind(IConfiguration configuration)
        {
            Options.Bind(configuration);
            return this;
        }
    }
}
