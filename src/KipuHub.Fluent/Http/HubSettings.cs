namespace KipuHub.Http;

/// <summary>
/// The settings of one connection, resolved once from <see cref="HubPlatformClientOptions"/> and the <c>KQH_*</c>
/// environment variables, and checked. Later changes to the options object do not affect a built client.
/// </summary>
internal sealed class HubSettings
{
    /// <summary>Headers that only the client itself sets; <see cref="HubPlatformClientOptions.Headers"/> may not name them.</summary>
    internal static readonly IReadOnlySet<string> ReservedHeaders =
        new HashSet<string>([HubHeaders.AuthToken, HubHeaders.OrganizationId], StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest delay Polly accepts as a base retry delay.</summary>
    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromDays(1);

    /// <summary>The longest finite timeout a <see cref="CancellationTokenSource"/> accepts.</summary>
    internal static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    internal const int MaxRetriesLimit = 10;

    private HubSettings(
        string apiKey,
        string? organizationId,
        Uri baseUrl,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        TimeSpan timeout,
        int maxRetries,
        TimeSpan retryDelay)
    {
        ApiKey = apiKey;
        OrganizationId = organizationId;
        BaseUrl = baseUrl;
        BaseUrlPrefix = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Headers = headers;
        Timeout = timeout;
        MaxRetries = maxRetries;
        RetryDelay = retryDelay;
    }

    public string ApiKey { get; }

    public string? OrganizationId { get; }

    public Uri BaseUrl { get; }

    /// <summary>The base URL without a trailing slash; endpoint paths (which start with '/') are appended to it.</summary>
    public string BaseUrlPrefix { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public TimeSpan Timeout { get; }

    public int MaxRetries { get; }

    public TimeSpan RetryDelay { get; }

    /// <summary>Reads the process environment.</summary>
    public static string? ProcessEnvironment(string name) => Environment.GetEnvironmentVariable(name);

    /// <summary>Resolves and checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message names it and what is accepted.</exception>
    public static HubSettings Resolve(HubPlatformClientOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        environment = Readable(options, environment);

        var apiKey = ResolveApiKey(options, environment);
        var organizationId = Blank(options.OrganizationId) ? Trimmed(environment(HubPlatformClientOptions.OrganizationIdVariable)) : options.OrganizationId!.Trim();
        var baseUrl = ResolveBaseUrl(options, environment);

        CheckTimeout(options);
        CheckMaxRetries(options);
        CheckRetryDelay(options);

        return new HubSettings(apiKey, organizationId, baseUrl, ResolveHeaders(options), options.Timeout, options.MaxRetries, options.RetryDelay);
    }

    /// <summary>
    /// Every problem of the options at once, each as the message <see cref="Resolve"/> would throw for it: what a
    /// service container reports when it validates the options on start. Empty when the options are valid.
    /// </summary>
    public static IReadOnlyList<string> Problems(HubPlatformClientOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment = Readable(options, environment);
        var problems = new List<string>();
        Collect(problems, () => ResolveApiKey(options, environment));
        Collect(problems, () => ResolveBaseUrl(options, environment));
        Collect(problems, () => CheckTimeout(options));
        Collect(problems, () => CheckMaxRetries(options));
        Collect(problems, () => CheckRetryDelay(options));
        Collect(problems, () => ResolveHeaders(options));
        return problems;
    }

    private static Func<string, string?> Readable(HubPlatformClientOptions options, Func<string, string?> environment) =>
        options.ReadEnvironmentVariables ? environment : static _ => null;

    private static void Collect(List<string> problems, Action check)
    {
        try
        {
            check();
        }
        catch (ArgumentException problem)
        {
            // The message without ArgumentException's " (Parameter 'options')" suffix.
            problems.Add(problem.ParamName is { } name ? problem.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : problem.Message);
        }
    }

    private static void CheckTimeout(HubPlatformClientOptions options)
    {
        if (options.Timeout != System.Threading.Timeout.InfiniteTimeSpan && (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"HubPlatformClientOptions.Timeout is {options.Timeout}; it must be positive and at most {MaxTimeout} (about 24.8 days), or Timeout.InfiniteTimeSpan for no limit.");
        }
    }

    private static void CheckMaxRetries(HubPlatformClientOptions options)
    {
        if (options.MaxRetries is < 0 or > MaxRetriesLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"HubPlatformClientOptions.MaxRetries is {options.MaxRetries}; it must be between 0 (no retries) and {MaxRetriesLimit}.");
        }
    }

    private static void CheckRetryDelay(HubPlatformClientOptions options)
    {
        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > MaxRetryDelay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"HubPlatformClientOptions.RetryDelay is {options.RetryDelay}; it must be between 00:00:00 and {MaxRetryDelay}.");
        }
    }

    private static string ResolveApiKey(HubPlatformClientOptions options, Func<string, string?> environment)
    {
        var fromOptions = !Blank(options.ApiKey);
        var apiKey = fromOptions ? options.ApiKey!.Trim() : Trimmed(environment(HubPlatformClientOptions.ApiKeyVariable));
        if (apiKey is null)
        {
            var state = options.ApiKey is null ? "not set" : "blank";
            throw new ArgumentException(
                $"No API key: HubPlatformClientOptions.ApiKey is {state} and the environment variable {HubPlatformClientOptions.ApiKeyVariable} is not set or blank. " +
                $"Set HubPlatformClientOptions.ApiKey, or the environment variable {HubPlatformClientOptions.ApiKeyVariable}, to a personal access token of the Kipu Quantum Hub.",
                nameof(options));
        }
        if (apiKey.Any(char.IsControl))
        {
            // The key itself is never echoed.
            var source = fromOptions ? "HubPlatformClientOptions.ApiKey" : $"The environment variable {HubPlatformClientOptions.ApiKeyVariable}";
            throw new ArgumentException(
                $"{source} contains a line break or another control character, which cannot be sent in the X-Auth-Token header. Check how the token was copied.",
                nameof(options));
        }
        return apiKey;
    }

    private static Uri ResolveBaseUrl(HubPlatformClientOptions options, Func<string, string?> environment)
    {
        if (options.BaseUrl is not null)
        {
            return CheckBaseUrl(options.BaseUrl, "HubPlatformClientOptions.BaseUrl");
        }
        var fromEnvironment = Trimmed(environment(HubPlatformClientOptions.BaseUrlVariable));
        if (fromEnvironment is not null)
        {
            if (!Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var parsed))
            {
                throw new ArgumentException(
                    $"The environment variable {HubPlatformClientOptions.BaseUrlVariable} is '{fromEnvironment}', which is not an absolute URL; " +
                    "it must be an absolute http or https URL such as https://api.hub.kipu-quantum.com/qc-catalog, or be unset.",
                    nameof(options));
            }
            return CheckBaseUrl(parsed, $"The environment variable {HubPlatformClientOptions.BaseUrlVariable}");
        }
        if (options.Environment is null)
        {
            throw new ArgumentException(
                "HubPlatformClientOptions.Environment is null; set it (for example to HubPlatformEnvironment.Default) or set HubPlatformClientOptions.BaseUrl.",
                nameof(options));
        }
        return CheckBaseUrl(options.Environment.BaseUrl, "HubPlatformClientOptions.Environment.BaseUrl");
    }

    private static Uri CheckBaseUrl(Uri url, string source)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"{source} is '{url.OriginalString}'; it must be an absolute http or https URL such as https://api.hub.kipu-quantum.com/qc-catalog.",
                "options");
        }
        if (url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                $"{source} must not carry a query string, a fragment or user info; give only scheme, host, port and base path, such as https://api.hub.kipu-quantum.com/qc-catalog.",
                "options");
        }
        return url;
    }

    private static List<KeyValuePair<string, string>> ResolveHeaders(HubPlatformClientOptions options)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (options.Headers is null)
        {
            return headers;
        }
        using var probe = new HttpRequestMessage();
        foreach (var (name, value) in options.Headers)
        {
            if (ReservedHeaders.Contains(name))
            {
                var instead = string.Equals(name, HubHeaders.AuthToken, StringComparison.OrdinalIgnoreCase)
                    ? "HubPlatformClientOptions.ApiKey"
                    : "HubPlatformClientOptions.OrganizationId, or InOrg/InPersonalAccount on a query";
                throw new ArgumentException(
                    $"HubPlatformClientOptions.Headers may not set '{name}'; the client sets it itself. Use {instead} instead.",
                    nameof(options));
            }
            if (value is null || value.Any(char.IsControl))
            {
                throw new ArgumentException(
                    $"HubPlatformClientOptions.Headers['{name}'] is null or contains a control character; give a single-line value.",
                    nameof(options));
            }
            if (!probe.Headers.TryAddWithoutValidation(name, value))
            {
                throw new ArgumentException(
                    $"HubPlatformClientOptions.Headers['{name}'] cannot be sent on every request: it is not a valid header name or it is a content header (such as Content-Type), which belongs to a request body.",
                    nameof(options));
            }
            headers.Add(new(name, value));
        }
        return headers;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();
}

/// <summary>The header names of the API.</summary>
internal static class HubHeaders
{
    public const string AuthToken = "X-Auth-Token";

    public const string OrganizationId = "X-OrganizationId";
}
