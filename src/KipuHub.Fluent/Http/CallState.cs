using System.Diagnostics;

namespace KipuHub.Http;

/// <summary>
/// What one call carries through its attempts. The retry callbacks are static (no closure per call), so they reach it
/// through the Polly <see cref="Polly.ResilienceContext"/> instead.
/// </summary>
internal sealed class CallState(HubCall call, string method, string path)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Every request sent; disposed when the call ends, after its answer has been read.</summary>
    private HubRequestMessage? _first;
    private List<HubRequestMessage>? _more;

    public HubCall Call { get; } = call;

    public string Method { get; } = method;

    /// <summary>The expanded path without the query string, for messages and logs.</summary>
    public string Path { get; } = path;

    public int Attempts { get; set; }

    public long ElapsedMilliseconds => (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds;

    public double ElapsedSeconds => Stopwatch.GetElapsedTime(_started).TotalSeconds;

    /// <summary>Keeps a request for disposal; most calls send one, so a list is made only for retries and redirects.</summary>
    public void Track(HubRequestMessage request)
    {
        if (_first is null)
        {
            _first = request;
        }
        else
        {
            (_more ??= []).Add(request);
        }
    }

    public void DisposeRequests()
    {
        _first?.Dispose();
        if (_more is null)
        {
            return;
        }
        foreach (var request in _more)
        {
            request.Dispose();
        }
    }
}
