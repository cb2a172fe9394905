using System.Net.Http.Headers;
using System.Text;

namespace KipuHub.Http;

/// <summary>
/// A request built by <see cref="HubConnection.CreateRequest"/>. It is a plain <see cref="HttpRequestMessage"/>
/// except that <see cref="ToString"/> shows <c>X-Auth-Token: ***</c> instead of the token.
/// </summary>
internal sealed class HubRequestMessage : HttpRequestMessage
{
    public HubRequestMessage(HttpMethod method, Uri requestUri)
        : base(method, requestUri)
    {
    }

    /// <summary>The expanded path without the query string, for messages and logs, e.g. <c>/services/42</c>.</summary>
    public string Path { get; init; } = "";

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Method: ").Append(Method)
            .Append(", RequestUri: '").Append(RequestUri?.AbsoluteUri ?? "<null>")
            .Append("', Version: ").Append(Version)
            .Append(", Content: ").Append(Content?.GetType().ToString() ?? "<null>")
            .Append(", Headers:\n{\n");
        AppendHeaders(text, Headers);
        if (Content is not null)
        {
            AppendHeaders(text, Content.Headers);
        }
        return text.Append('}').ToString();
    }

    private static void AppendHeaders(StringBuilder text, HttpHeaders headers)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            text.Append("  ").Append(name).Append(": ");
            text.Append(string.Equals(name, HubHeaders.AuthToken, StringComparison.OrdinalIgnoreCase) ? "***" : values.ToString());
            text.Append('\n');
        }
    }
}
