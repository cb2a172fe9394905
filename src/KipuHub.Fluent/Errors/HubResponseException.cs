using System.Net;

namespace KipuHub.Errors;

/// <summary>
/// The API answered with a success status, but the body could not be read as the result the endpoint declares
/// (malformed JSON, the wrong shape, or no body where one is required).
/// </summary>
/// <remarks>
/// This is deliberately not an <see cref="ApiException"/>: that type means the server refused the call, and its
/// <see cref="ApiException.StatusCode"/> is an error status. Here the server accepted the call (so a POST may have taken
/// effect) and the client could not understand the answer, which usually means the client and the API disagree
/// about the contract. The <see cref="Exception.InnerException"/> is the <see cref="System.Text.Json.JsonException"/>, if any.
/// </remarks>
public sealed class HubResponseException : HubException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path of the call relative to the base URL, without the query string.</param>
    /// <param name="statusCode">The success status of the answer.</param>
    /// <param name="problem">What was wrong with the body, as a sentence.</param>
    /// <param name="innerException">The parse failure, if any.</param>
    public HubResponseException(string method, string path, HttpStatusCode statusCode, string problem, Exception? innerException = null)
        : base(method, path, $"{method} {path} answered {(int)statusCode} {ApiException.ReasonPhraseOf(statusCode)}, but {problem}", innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The success status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }
}
