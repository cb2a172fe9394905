using System.Net;
using System.Net.Sockets;
using KipuHub.Errors;
using KipuHub.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>The HttpClient a connection creates itself, over a real loopback socket.</summary>
public sealed class OwnHttpClientTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Uri _baseUrl;
    private readonly List<(string Path, string? Token, string? Organization)> _seen = [];
    private readonly Task _serving;

    public OwnHttpClientTests()
    {
        var port = FreePort();
        _baseUrl = new Uri($"http://127.0.0.1:{port}/qc-catalog");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.Redirect)]
    public async Task FollowRedirects_DecidesWhetherARedirectIsFollowed(bool follow, HttpStatusCode expected)
    {
        using var connection = new HubConnection(
            new HubPlatformClientOptions { ApiKey = TestHub.Token, BaseUrl = _baseUrl, FollowRedirects = follow, MaxRetries = 0 },
            TestHub.NoEnvironment);

        var act = () => connection.SendAsync(TestHub.GetService("moved"), default);

        if (expected == HttpStatusCode.OK)
        {
            await act.Should().NotThrowAsync();
            _seen.Select(s => s.Path).Should().Equal("/qc-catalog/services/moved", "/qc-catalog/services/here");
        }
        else
        {
            (await act.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(expected);
            _seen.Select(s => s.Path).Should().Equal("/qc-catalog/services/moved");
        }
    }

    [Fact]
    public async Task Headers_GoOverTheWire()
    {
        using var connection = new HubConnection(
            new HubPlatformClientOptions { ApiKey = TestHub.Token, BaseUrl = _baseUrl, OrganizationId = TestHub.OrgId },
            TestHub.NoEnvironment);

        await connection.SendAsync(TestHub.GetService("here"), default);

        _seen.Should().ContainSingle().Which.Should().Be(("/qc-catalog/services/here", TestHub.Token, TestHub.OrgId));
    }

    [Fact]
    public void AddKipuHub_PrimaryHandlerHonoursFollowRedirects()
    {
        var services = new ServiceCollection();
        services.AddKipuHub(o =>
        {
            o.ApiKey = TestHub.Token;
            o.FollowRedirects = false;
        });
        using var provider = services.BuildServiceProvider();

        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(KipuHubServiceCollectionExtensions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        handler.Should().BeOfType<SocketsHttpHandler>().Which.AllowAutoRedirect.Should().BeFalse();
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            lock (_seen)
            {
                _seen.Add((path, context.Request.Headers["X-Auth-Token"], context.Request.Headers["X-OrganizationId"]));
            }
            if (path.EndsWith("/moved", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = "/qc-catalog/services/here";
            }
            else
            {
                context.Response.StatusCode = 204;
            }
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
