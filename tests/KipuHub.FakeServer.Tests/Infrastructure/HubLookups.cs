namespace KipuHub.FakeServer.Tests.Infrastructure;

/// <summary>Finds seeded resources by what they are, through the API, so tests hold for any seed.</summary>
internal static class HubLookups
{
    public static async Task<List<ServiceOverview>> ServicesAsync(this HttpClient http, string? organizationId, string token = Tokens.Demo) =>
        [.. (await http.GetJsonAsync<PageEnvelope<ServiceOverview>>("services?size=2000", organizationId, token)).Content!];

    public static async Task<ServiceOverview> ServiceAsync(this HttpClient http, string? organizationId, ServiceLifecycle lifecycle, BuildStatus build, string token = Tokens.Demo) =>
        (await http.ServicesAsync(organizationId, token)).First(s => s.Lifecycle == lifecycle && s.BuildStatus == build);

    public static string VersionPath(this ServiceOverview service) => $"services/{service.Id}/versions/{service.ServiceDefinitionId}";

    public static async Task<IReadOnlyList<Subscription>> VersionSubscriptionsAsync(this HttpClient http, ServiceOverview service, string? organizationId, string token = Tokens.Demo) =>
        await http.GetJsonAsync<IReadOnlyList<Subscription>>(service.VersionPath() + "/subscriptions", organizationId, token);

    public static async Task<Application> CreateApplicationAsync(this HttpClient http, string name, string? organizationId = null, string token = Tokens.Demo)
    {
        using var response = await http.SendAsync(HttpMethod.Post, "v2/applications", token, organizationId, HubHttp.Json($$"""{"name":"{{name}}"}"""));
        return await response.ReadJsonAsync<Application>();
    }

    public static async Task<Subscription> SubscribeAsync(this HttpClient http, string applicationId, string serviceId, string? organizationId = null, string token = Tokens.Demo)
    {
        using var response = await http.SendAsync(HttpMethod.Post, "subscriptions", token, organizationId,
            HubHttp.Json($$"""{"serviceId":"{{serviceId}}","applicationId":"{{applicationId}}"}"""));
        return await response.ReadJsonAsync<Subscription>();
    }

    public static async Task<HttpStatusCode> PostCommandAsync(this HttpClient http, ServiceOverview service, string type, string? organizationId)
    {
        using var response = await http.SendAsync(HttpMethod.Post, service.VersionPath() + "/commands", organizationId: organizationId,
            content: HubHttp.Json($$"""{"type":"{{type}}"}"""));
        return response.StatusCode;
    }
}
