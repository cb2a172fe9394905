using KipuHub;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Extension methods on IServiceCollection live in this namespace by convention, so that they are found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HubPlatformClient"/> in a service container.</summary>
public static class KipuHubServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that <see cref="AddKipuHub"/> registers with <see cref="IHttpClientFactory"/>.</summary>
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

        services.AddOptions<HubPlatformClientOptions>().Configure(configure);
        services.TryAddSingleton(CreateClient);

        return services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // HubPlatformClient follows redirects itself, keeping the token on the hub's origin.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The client holds its HttpClient for good; do not rotate a handler it cannot leave.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    private static HubPlatformClient CreateClient(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<HubPlatformClientOptions>>().Value;
        var options = Copy(configured);
        options.HttpClient ??= provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
        return new HubPlatformClient(options);
    }

    /// <summary>A copy, so that the container's options instance is not changed.</summary>
    internal static HubPlatformClientOptions Copy(HubPlatformClientOptions source) => new()
    {
        ApiKey = source.ApiKey,
        BaseUrl = source.BaseUrl,
        Environment = source.Environment,
        OrganizationId = source.OrganizationId,
        Headers = CopyHeaders(source.Headers),
        Timeout = source.Timeout,
        MaxRetries = source.MaxRetries,
        RetryDelay = source.RetryDelay,
        FollowRedirects = source.FollowRedirects,
        HttpClient = source.HttpClient,
        LoggerFactory = source.LoggerFactory,
    };

    private static Dictionary<string, string> CopyHeaders(IDictionary<string, string>? headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                copy[name] = value;
            }
        }
        return copy;
    }
}
