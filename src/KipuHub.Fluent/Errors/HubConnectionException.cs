namespace KipuHub.Errors;

/// <summary>
/// A call could not reach the server (refused connection, unknown host, TLS failure...) or lost the connection while
/// sending or reading the answer. The <see cref="Exception.InnerException"/> is the original failure, usually an
/// <see cref="HttpRequestException"/> or an <see cref="IOException"/>.
/// </summary>
/// <remarks>
/// Calls that may be repeated safely are retried first, as <see cref="HubPlatformClientOptions.MaxRetries"/> allows;
/// <see cref="Attempts"/> says how many were made. A connection lost while reading a body is not retried: the server
/// has answered, and for a POST may have acted. Neither the message nor any property holds request headers or the token.
/// </remarks>
public sealed class HubConnectionException : HubException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="attempts">How many attempts were made, retries included.</param>
    /// <param name="innerException">The failure of the last attempt.</param>
    public HubConnectionException(string method, string path, int attempts, Exception innerException)
        : base(method, path, FormatMessage(method, path, attempts, innerException), innerException)
    {
        Attempts = attempts;
    }

    /// <summary>How many attempts were made, retries included.</summary>
    public int Attempts { get; }

    private static string FormatMessage(string method, string path, int attempts, Exception innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        return $"{method} {path} could not reach the server or lost the connection ({tries}): {innerException.GetType().Name}: {innerException.Message}";
    }
}
