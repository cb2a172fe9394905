using System.Net;
using KipuHub.Errors;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace KipuHub.Http;

/// <summary>
/// Sends one call's attempts: a Polly retry pipeline built once per connection, one fresh request per attempt, and
/// redirects followed by hand. The answer it returns is the last one, error statuses included; reading it is not its job.
/// </summary>
internal sealed class HubSender
{
    /// <summary>How many redirects one attempt follows before the 3xx is returned as an error.</summary>
    internal const int MaxRedirects = 5;

    /// <summary>Added to a server's Retry-After, to absorb timer imprecision.</summary>
    internal static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(15);

    private static readonly ResiliencePropertyKey<CallState> s_callState = new("KipuHub.CallState");

    private readonly HttpClient _http;
    private readonly HubRequestFactory _requests;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly bool _followRedirects;

    public HubSender(HubSettings settings, HttpClient http, HubRequestFactory requests, ILogger logger, bool followRedirects)
    {
        _http = http;
        _requests = requests;
        _logger = logger;
        _followRedirects = followRedirects;
        _pipeline = BuildPipeline(settings, logger);
    }

    /// <summary>An HttpClient for a connection that was not given one.</summary>
    public static HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by SendOnceAsync, which keeps the token on the hub's own origin.
            AllowAutoRedirect = false,
            // The client is meant to live long; recycle connections so DNS changes are seen.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // The connection's own timeout bounds the whole call; HttpClient's would only bound one attempt.
        return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public async Task<HttpResponseMessage> SendWithRetriesAsync(CallState state, CancellationToken token)
    {
        var context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(s_callState, state);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, sender) => sender.SendOnceAsync(context),
                context,
                this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Connection failures and transient statuses are retried, but only where repeating cannot repeat a side effect.</summary>
    internal static bool ShouldRetry(HubCall call, Outcome<HttpResponseMessage> outcome)
    {
        if (!call.Endpoint.IsIdempotent && !call.RetryUnsafe)
        {
            return false;
        }
        return outcome.Exception is HttpRequestException
            || (outcome.Exception is null && outcome.Result is { } response && IsTransient(response.StatusCode));
    }

    internal static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 502 or 503 or 504;

    /// <summary>A failure as a log reason: the type says more than the message alone ("Connection refused").</summary>
    internal static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    /// <summary>One attempt: a fresh request (a message and its content cannot be sent twice).</summary>
    private async ValueTask<HttpResponseMessage> SendOnceAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(s_callState, null!);
        var attempt = ++state.Attempts;
        var request = _requests.Build(state.Call, state.Path);
        state.Track(request);
        HubLog.Sending(_logger, state.Method, state.Path, attempt);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false);
        for (var hops = 0; _followRedirects && hops < MaxRedirects && RedirectTarget(request, response) is { } target; hops++)
        {
            var redirected = _requests.BuildRedirect(state.Call, request, response.StatusCode, target);
            response.Dispose();
            state.Track(redirected);
            request = redirected;
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false);
        }
        return response;
    }

    private static Uri? RedirectTarget(HttpRequestMessage request, HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location))
            : null;

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(HubSettings settings, ILogger logger)
    {
        if (settings.MaxRetries == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }
        var retry = new HttpRetryStrategyOptions
        {
            Name = "KipuHub.Retry",
            MaxRetryAttempts = settings.MaxRetries,
            Delay = settings.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // Retry-After (delta-seconds or HTTP-date) replaces the computed delay when present.
            ShouldRetryAfterHeader = true,
            ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Context.Properties.GetValue(s_callState, null!).Call, args.Outcome)),
            OnRetry = args =>
            {
                var state = args.Context.Properties.GetValue(s_callState, null!);
                var reason = args.Outcome.Exception is { } exception
                    ? Describe(exception)
                    : DescribeStatus(args.Outcome.Result!.StatusCode);
                HubLog.Retrying(logger, state.Method, state.Path, reason, args.AttemptNumber + 1, settings.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                // The answer is discarded: free its connection now (Polly would too; disposing twice is harmless).
                args.Outcome.Result?.Dispose();
                return default;
            },
        };
        // Polly's timers may fire a few milliseconds early; wait a little past the server's Retry-After so that a server
        // enforcing it strictly sees the retry after its deadline, not just before.
        var retryAfter = retry.DelayGenerator!;
        retry.DelayGenerator = async args => await retryAfter(args).ConfigureAwait(false) is { } delay && delay > TimeSpan.Zero
            ? delay + RetryAfterMargin
            : null;
        return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).Build();
    }

    private static string DescribeStatus(HttpStatusCode status) => $"{(int)status} {ApiException.ReasonPhraseOf(status)}".TrimEnd();
}
