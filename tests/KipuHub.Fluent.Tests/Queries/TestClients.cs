using System.Net;
using System.Text;
using KipuHub.Fluent.Tests.Http;

namespace KipuHub.Fluent.Tests.Queries;

internal static class TestClients
{
    public const string Token = TestHub.Token;

    /// <summary>A handler that answers every request with <paramref name="answer"/> (200 <c>{}</c> when null) and records it.</summary>
    public static StubHttpHandler Answering(Func<HttpRequestMessage, HttpResponseMessage>? answer = null) =>
        answer is null ? new StubHttpHandler() : new StubHttpHandler().Then((request, _) => Task.FromResult(answer(request)));

    public static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HubPlatformClient Create(StubHttpHandler handler, string? organizationId = null) =>
        new(TestHub.Options(handler, o =>
        {
            o.OrganizationId = organizationId;
            o.MaxRetries = 0;
        }));
}
