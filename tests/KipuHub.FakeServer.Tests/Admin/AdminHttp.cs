using System.Text.Json;

namespace KipuHub.FakeServer.Tests.Admin;

/// <summary>Admin API calls over plain HTTP, the way a non-.NET test would make them.</summary>
internal static class AdminHttp
{
    public static async Task<HttpResponseMessage> AdminAsync(this FakeHubServer hub, HttpMethod method, string path, string? json = null, string? key = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(hub.AdminUrl + "/" + path.TrimStart('/')));
        if (json is not null)
        {
            request.Content = HubHttp.Json(json);
        }
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }
        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> AdminJsonAsync(this FakeHubServer hub, HttpMethod method, string path, string? json = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await hub.AdminAsync(method, path, json);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was {0}", body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts the API's JSON error body on an admin path.</summary>
    public static async Task<ErrorBody> ReadAdminErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was {0}", body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var error = JsonSerializer.Deserialize(body, HubJsonContext.Default.ErrorBody)!;
        error.Status.Should().Be((int)status);
        error.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        error.Path.Should().StartWith("/_admin");
        return error;
    }
}
