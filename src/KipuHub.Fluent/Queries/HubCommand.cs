using KipuHub.Http;

namespace KipuHub.Queries;

/// <summary>A single request that returns a result; nothing is sent until <see cref="SendAsync"/>.</summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class HubCommand<T>
{
    private readonly HubConnection _connection;
    private readonly HubCall _call;
    private readonly Func<HubConnection, HubCall, CancellationToken, Task<T>> _send;

    internal HubCommand(HubConnection connection, HubCall call, Func<HubConnection, HubCall, CancellationToken, Task<T>> send)
    {
        _connection = connection;
        _call = call;
        _send = send;
    }

    /// <summary>Lets this command be retried on transient failures even though its method (POST) is not idempotent.</summary>
    public HubCommand<T> WithRetries() => new(_connection, _call with { RetryUnsafe = true }, _send);

    /// <summary>Sends the request.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>An error status raises an ApiException subclass; a call over the client's Timeout raises HubTimeoutException.</remarks>
    public Task<T> SendAsync(CancellationToken cancellationToken = default) => _send(_connection, _call, cancellationToken);

    /// <summary>The request this command would send, without sending it. Its ToString() hides the token.</summary>
    public HttpRequestMessage ToRequest() => _connection.CreateRequest(_call);

    /// <inheritdoc />
    public override string ToString() => $"{_call.Endpoint.Method} {_call.Endpoint.ExpandPath(_call.PathValues)}";
}

/// <summary>A single request with no result; nothing is sent until <see cref="SendAsync"/>.</summary>
public sealed class HubCommand
{
    private readonly HubConnection _connection;
    private readonly HubCall _call;
    private readonly Func<HubConnection, HubCall, CancellationToken, Task> _send;

    internal HubCommand(HubConnection connection, HubCall call, Func<HubConnection, HubCall, CancellationToken, Task>? send = null)
    {
        _connection = connection;
        _call = call;
        _send = send ?? ((c, request, ct) => c.SendAsync(request, ct));
    }

    /// <summary>Lets this command be retried on transient failures even though its method (POST) is not idempotent.</summary>
    public HubCommand WithRetries() => new(_connection, _call with { RetryUnsafe = true }, _send);

    /// <summary>Sends the request.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>An error status raises an ApiException subclass; a call over the client's Timeout raises HubTimeoutException.</remarks>
    public Task SendAsync(CancellationToken cancellationToken = default) => _send(_connection, _call, cancellationToken);

    /// <summary>The request this command would send, without sending it. Its ToString() hides the token.</summary>
    public HttpRequestMessage ToRequest() => _connection.CreateRequest(_call);

    /// <inheritdoc />
    public override string ToString() => $"{_call.Endpoint.Method} {_call.Endpoint.ExpandPath(_call.PathValues)}";
}
