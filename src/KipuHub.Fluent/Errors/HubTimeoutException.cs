namespace KipuHub.Errors;

/// <summary>
/// A call did not complete in time: <see cref="HubPlatformClientOptions.Timeout"/> bounds the whole call, retries and
/// reading the body included. An injected <see cref="HttpClient"/> whose own <see cref="HttpClient.Timeout"/> elapses
/// raises this too.
/// </summary>
/// <remarks>
/// Cancelling through the caller's own <see cref="CancellationToken"/> raises <see cref="OperationCanceledException"/>
/// instead, so a timeout and a cancellation can be told apart. This type derives from <see cref="HubException"/>, not
/// <see cref="TimeoutException"/>, so that <c>catch (HubException)</c> covers it with every other failure of a call.
/// </remarks>
public sealed class HubTimeoutException : HubException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="timeout">The limit that elapsed.</param>
    /// <param name="timeoutSource">Where the limit was set, for the message; by default <c>HubPlatformClientOptions.Timeout</c>.</param>
    /// <param name="innerException">The cancellation that stopped the call, if any.</param>
    public HubTimeoutException(string method, string path, TimeSpan timeout, string? timeoutSource = null, Exception? innerException = null)
        : base(method, path, $"{method} {path} did not complete within {timeout} (timeout set by {timeoutSource ?? "HubPlatformClientOptions.Timeout"}).", innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
