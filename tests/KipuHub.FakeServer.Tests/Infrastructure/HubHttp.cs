using System.Text.Json;
using KipuHub.FakeServer.Pipeline;

namespace KipuHub.FakeServer.Tests.Infrastructure;

/// <summary>Plain HttpClient calls against a fake server, the way any client of the API would make them.</summary>
internal static class HubHttp
{
    public static HttpClient CreateClient(FakeHubServer hub) => new() { BaseAddress = new Uri(hub.BaseUrl + "/") };

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient http, HttpMethod method, string path,
        string? token = Tokens.Demo, string? organizationId = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }
        if (organizationId is not null)
        {
            request.Headers.Add("X-OrganizationId", organizationId);
        }
        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> FetchAsync(this HttpClient http, string path, string? organizationId = null, string? token = Tokens.Demo) =>
        http.SendAsync(HttpMethod.Get, path, token, organizationId);

    /// <summary>GETs a path, asserts 200 with a JSON body, and reads it with the shared wire format.</summary>
    public static async Task<T> GetJsonAsync<T>(this HttpClient http, string path, string? organizationId = null, string token = Tokens.Demo)
    {
        using var response = await http.FetchAsync(path, organizationId, token);
        return await response.ReadJsonAsync<T>();
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} {1} answered {2}", response.RequestMessage?.Method, response.RequestMessage?.RequestUri, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        return JsonSerializer.Deserialize(body, KipuHub.FakeServer.Wire.FakeWire.Info<T>())!;
    }

    /// <summary>Asserts the API's JSON error body with the given status, and returns it.</summary>
    public static async Task<ErrorBody> ReadErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was {0}", body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var error = JsonSerializer.Deserialize(body, HubJsonContext.Default.ErrorBody)!;
        error.Status.Should().Be((int)status);
        error.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        error.Error.Should().NotBeNullOrWhiteSpace();
        error.Path.Should().StartWith("/qc-catalog/");
        return error;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static MultipartFormDataContent FileUpload(byte[] bytes, string fileName, string contentType = "text/plain", string partName = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, partName, fileName } };
    }
}
