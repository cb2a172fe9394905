using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Http;

/// <summary>Builds and sends requests for a <see cref="HubPlatformClient"/>: headers, retries, timeout, errors, logging.</summary>
internal sealed class HubConnection : IDisposable
{
    public HubConnection(HubPlatformClientOptions options) => throw new NotImplementedException();

    public Uri BaseUrl => throw new NotImplementedException();

    public string? DefaultOrganizationId => throw new NotImplementedException();

    /// <summary>The request <paramref name="call"/> would send; its ToString() hides the token.</summary>
    public HttpRequestMessage CreateRequest(HubCall call) => throw new NotImplementedException();

    public Task<T> SendJsonAsync<T>(HubCall call, JsonTypeInfo<T> resultType, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task SendAsync(HubCall call, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<string> SendTextAsync(HubCall call, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task DownloadAsync(HubCall call, Stream destination, CancellationToken cancellationToken) => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
}
