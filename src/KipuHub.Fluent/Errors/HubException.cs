namespace KipuHub.Errors;

/// <summary>
/// The root of every failure a KipuHub call can raise, so <c>catch (HubException)</c> handles them all:
/// <list type="bullet">
/// <item><description><see cref="ApiException"/> and its subclasses: the API answered with an error status.</description></item>
/// <item><description><see cref="HubResponseException"/>: the API answered with a success status, but the body could not be read as the result.</description></item>
/// <item><description><see cref="HubTimeoutException"/>: the call did not complete within its timeout.</description></item>
/// <item><description><see cref="HubConnectionException"/>: the server could not be reached, or the connection was lost.</description></item>
/// </list>
/// </summary>
/// <remarks>
/// <para>
/// Two kinds of exception stay outside this root on purpose, because they are not failures of the call.
/// Cancelling through your own <see cref="CancellationToken"/> raises <see cref="OperationCanceledException"/>, as
/// everywhere in .NET (a timeout is a <see cref="HubTimeoutException"/>, so the two can be told apart).
/// Programming errors raise <see cref="ArgumentException"/> (a null or malformed argument, such as a blank organization
/// id) or <see cref="NotSupportedException"/> (a <c>Where</c> or <c>OrderBy</c> the endpoint cannot send) before anything
/// is sent, and <see cref="ObjectDisposedException"/> when the client was disposed: fix the code rather than catch them.
/// </para>
/// <para>
/// A stream you hand to KipuHub is yours: if the destination of a download fails to write, its own exception reaches you as it is.
/// </para>
/// </remarks>
public abstract class HubException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the call, for example <c>POST</c>.</param>
    /// <param name="path">The path of the call relative to the base URL, values filled in, without the query string.</param>
    /// <param name="message">The message, which names the call.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    protected HubException(string method, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method of the call, for example <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The path of the call relative to the base URL, with its values filled in and without the query string, for example <c>/services/42</c>.</summary>
    public string Path { get; }
}
