using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace KipuHub.Fluent.Tests.Queries;

/// <summary>Answers each request with a function of it and records every request it saw.</summary>
internal sealed class ScriptedHandler(Func<HttpRequestMessage, HttpResponseMessage>? answer = null) : HttpMessageHandler
{
    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(answer?.Invoke(request) ?? Json("{}"));
    }
}

internal static class TestClients
{
    public const string Token = "secret-test-token-123";

    public static HubPlatformClient Create(ScriptedHandler handler, string? organizationId = null) => new(new HubPlatformClientOptions
    {
        ApiKey = Token,
        BaseUrl = new Uri("https://hub.test/qc-catalog"),
        OrganizationId = organizationId,
        HttpClient = new HttpClient(handler),
        MaxRetries = 0,
    });
}
