using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KipuHub.Http;

/// <summary>
/// The client's traces and metrics, after OpenTelemetry's HTTP client semantic conventions: one span per call (all
/// its attempts and redirects together; HttpClient's own instrumentation adds one per attempt beneath it), a duration
/// histogram and a retry counter. Nothing here reads a header, so the token can never reach a span or a metric.
/// </summary>
internal static class HubTelemetry
{
    /// <summary>The name of the ActivitySource and of the Meter.</summary>
    public const string Name = HubPlatformClientOptions.TelemetryName;

    private static readonly string? s_version = typeof(HubTelemetry).Assembly.GetName().Version?.ToString(3);

    public static readonly ActivitySource Source = new(Name, s_version);

    private static readonly Meter s_meter = new(Name, s_version);

    private static readonly Histogram<double> s_duration = s_meter.CreateHistogram(
        "kipuhub.client.request.duration", unit: "s",
        description: "Duration of KipuHub API calls, from the first attempt to the answer's headers, retries included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });

    private static readonly Counter<long> s_retries = s_meter.CreateCounter<long>(
        "kipuhub.client.request.retries", unit: "{retry}", description: "Attempts of KipuHub API calls after the first.");

    /// <summary>Starts the call's span, or returns null when nobody listens (the common case costs one check).</summary>
    public static Activity? Start(CallState state, Uri baseUrl)
    {
        if (!Source.HasListeners())
        {
            return null;
        }
        var endpoint = state.Call.Endpoint;
        var activity = Source.StartActivity($"{state.Method} {endpoint.PathTemplate}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", state.Method);
            activity.SetTag("url.template", endpoint.PathTemplate);
            activity.SetTag("server.address", baseUrl.Host);
            activity.SetTag("server.port", baseUrl.Port);
            activity.SetTag("kipuhub.endpoint", endpoint.Id);
            activity.SetTag("kipuhub.namespace", endpoint.Namespace);
        }
        return activity;
    }

    /// <summary>Ends a call: the span's outcome, the duration and the retries. <paramref name="error"/> is null on success.</summary>
    public static void End(Activity? activity, CallState state, Uri baseUrl, int? status, string? error)
    {
        if (activity is not null)
        {
            if (status is { } code)
            {
                activity.SetTag("http.response.status_code", code);
            }
            activity.SetTag("kipuhub.attempts", state.Attempts);
            if (error is not null)
            {
                activity.SetTag("error.type", error);
                activity.SetStatus(ActivityStatusCode.Error);
            }
            activity.Dispose();
        }
        if (s_duration.Enabled)
        {
            var tags = new TagList
            {
                { "http.request.method", state.Method },
                { "url.template", state.Call.Endpoint.PathTemplate },
                { "server.address", baseUrl.Host },
                { "server.port", baseUrl.Port },
                { "kipuhub.endpoint", state.Call.Endpoint.Id },
            };
            if (status is { } code)
            {
                tags.Add("http.response.status_code", code);
            }
            if (error is not null)
            {
                tags.Add("error.type", error);
            }
            s_duration.Record(state.ElapsedSeconds, tags);
        }
        if (state.Attempts > 1 && s_retries.Enabled)
        {
            s_retries.Add(state.Attempts - 1, new TagList
            {
                { "http.request.method", state.Method },
                { "server.address", baseUrl.Host },
                { "server.port", baseUrl.Port },
                { "kipuhub.endpoint", state.Call.Endpoint.Id },
            });
        }
    }
}
