namespace KipuHub.Errors;

/// <summary>
/// A call did not complete in time: <see cref="HubPlatformClientOptions.Timeout"/> bounds the whole call, retries and
/// reading the body included. An injected <see cref="HttpClient"/> whose own <see cref="HttpClient.Timeout"/> elapses
/// raises this too.
/// </summary>
/// <remarks>
/// Cancelling through the caller's own <see cref="CancellationToken"/> raises <see cref="OperationCanceledException"/>
/// instead, so a timeout and a cancellation can be told apart.
/// </remarks>
public sealed class HubTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="timeout">The limit that elapsed.</param>
    /// <param name="timeoutSource">Where the limit was set, for the message; by default <c>HubPlatformClientOptions.Timeout</c>.</param>
    /// <param name="innerException">The cancellation that stopped the call, if any.</param>
    public HubTimeoutException(string method, string path, TimeSpan timeout, string? timeoutSource = null, Exception? innerException = null)
        : base($"{method} {path} did not complete within {timeout} (timeout set by {timeoutSource ?? "HubPlatformClientOptions.Timeout"}).", innerException)
    {
        Method = method;
        Path = path;
        Timeout = timeout;
    }

    /// <summary>The HTTP method of the call, for example <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The path of the call relative to the base URL, with its values filled in and without the query string.</summary>
    public string Path { get; }

    /// <summary>The limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
