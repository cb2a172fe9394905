using Microsoft.Extensions.Logging;

namespace KipuHub;

/// <summary>Settings of a <see cref="HubPlatformClient"/>. Each has a documented default.</summary>
public sealed class HubPlatformClientOptions
{
    /// <summary>The environment variable read when <see cref="ApiKey"/> is empty.</summary>
    public const string ApiKeyVariable = "KQH_PERSONAL_ACCESS_TOKEN";

    /// <summary>
    /// The name of the client's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>:
    /// pass it to OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>. Each call is one span named <c>{method} {path template}</c>
    /// (tags <c>http.request.method</c>, <c>url.template</c>, <c>server.address</c>, <c>server.port</c>,
    /// <c>http.response.status_code</c>, <c>error.type</c>, <c>kipuhub.endpoint</c>, <c>kipuhub.attempts</c>); the meter records
    /// <c>kipuhub.client.request.duration</c> (s) and <c>kipuhub.client.request.retries</c>. No header, so no token, is ever recorded.
    /// </summary>
    public const string TelemetryName = "KipuHub";

    /// <summary>The environment variable read when <see cref="OrganizationId"/> is empty.</summary>
    public const string OrganizationIdVariable = "KQH_ORGANIZATION_ID";

    /// <summary>The environment variable read when <see cref="BaseUrl"/> is empty.</summary>
    public const string BaseUrlVariable = "KQH_BASE_URL";

    /// <summary>
    /// The personal access token, sent as <c>X-Auth-Token</c>. Required.
    /// <value>Default: the <c>KQH_PERSONAL_ACCESS_TOKEN</c> environment variable.</value>
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL; overrides <see cref="Environment"/>.
    /// <value>Default: the <c>KQH_BASE_URL</c> environment variable, else <see cref="Environment"/>'s URL.</value>
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The deployment to talk to. <value>Default: <see cref="HubPlatformEnvironment.Default"/>.</value></summary>
    public HubPlatformEnvironment Environment { get; set; } = HubPlatformEnvironment.Default;

    /// <summary>
    /// The organization to act in, sent as <c>X-OrganizationId</c> unless a query says otherwise.
    /// <value>Default: the <c>KQH_ORGANIZATION_ID</c> environment variable, else the personal account.</value>
    /// </summary>
    public string? OrganizationId { get; set; }

    /// <summary>
    /// Whether empty settings are read from the <c>KQH_*</c> environment variables. Turn it off where the machine's
    /// environment must not decide: a test client with a blank <see cref="OrganizationId"/> then always acts in the
    /// personal account, even when <c>KQH_ORGANIZATION_ID</c> is set.
    /// <value>Default: <see langword="true"/>.</value>
    /// </summary>
    public bool ReadEnvironmentVariables { get; set; } = true;

    /// <summary>
    /// Extra headers merged into every request; they replace same-named defaults such as <c>Accept</c> or <c>User-Agent</c>.
    /// <c>X-Auth-Token</c> and <c>X-OrganizationId</c> may not be set here (use <see cref="ApiKey"/> and <see cref="OrganizationId"/>),
    /// nor may content headers such as <c>Content-Type</c>; the client throws <see cref="ArgumentException"/> if they are.
    /// <value>Default: none.</value>
    /// </summary>
    public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long one call may take, retries and reading the body included; when it elapses the call throws
    /// <see cref="Errors.HubTimeoutException"/>.
    /// <value>Default: 60 seconds; must be positive (at most about 24.8 days) or <see cref="Timeout.InfiniteTimeSpan"/>.</value>
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often a failed call is retried: after a connection failure or a 408, 429, 502, 503 or 504 answer, and only for
    /// methods other than POST unless the call opts in.
    /// <value>Default: 2; 0 to 10.</value>
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The delay before the first retry; it doubles with each retry, with jitter, unless the server sends Retry-After. <value>Default: 500 ms; 0 to 1 day.</value></summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether redirects (301, 302, 303, 307, 308; at most 5 in a row) are followed. The client follows them itself so
    /// that <c>X-Auth-Token</c> and <c>X-OrganizationId</c> go only to the base URL's origin. An injected
    /// <see cref="HttpClient"/> whose handler follows redirects on its own bypasses that guard: disable
    /// <c>AllowAutoRedirect</c> on it. <value>Default: true.</value>
    /// </summary>
    public bool FollowRedirects { get; set; } = true;

    /// <summary>An HttpClient to send with; the client does not dispose it. <value>Default: the client creates and owns one.</value></summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Where requests, answers and retries are logged; headers and the token never are. <value>Default: no logging.</value></summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// A copy of every setting, whatever settings exist (a memberwise copy, so a setting added later is copied without
    /// anyone remembering to), with a headers dictionary of its own.
    /// </summary>
    internal HubPlatformClientOptions Clone()
    {
        var copy = (HubPlatformClientOptions)MemberwiseClone();
        copy.Headers = Headers is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"HubPlatformClientOptions {{ ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, BaseUrl = {BaseUrl}, Environment = {Environment.Name}, OrganizationId = {OrganizationId}, Timeout = {Timeout}, MaxRetries = {MaxRetries} }}";
}
