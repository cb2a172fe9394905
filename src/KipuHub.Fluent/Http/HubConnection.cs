using System.Text.Json.Serialization.Metadata;
using KipuHub.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KipuHub.Http;

/// <summary>Builds and sends requests for a <see cref="HubPlatformClient"/>: headers, retries, timeout, errors, logging.</summary>
/// <remarks>
/// One call is: build a fresh request per attempt (<see cref="HubRequestFactory"/>), send it through a Polly retry
/// pipeline built once per connection (<see cref="HubSender"/>), turn an error status into an <see cref="ApiException"/>
/// or read the body (<see cref="HubResponseReader"/>). This type owns what spans all of that: the whole call, retries
/// and body included, runs under one <see cref="HubPlatformClientOptions.Timeout"/>, and its failures are told apart here.
/// </remarks>
internal sealed class HubConnection : IDisposable
{
    private readonly HubSettings _settings;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ILogger _logger;
    private readonly HubRequestFactory _requests;
    private readonly HubSender _sender;
    private readonly HubResponseReader _reader;
    private int _disposed;

    public HubConnection(HubPlatformClientOptions options)
        : this(options, HubSettings.ProcessEnvironment)
    {
    }

    /// <summary>Creates a connection that reads the <c>KQH_*</c> variables through <paramref name="environment"/> (a test seam).</summary>
    internal HubConnection(HubPlatformClientOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings = HubSettings.Resolve(options, environment);
        _logger = options.LoggerFactory?.CreateLogger(HubLog.Category) ?? NullLogger.Instance;
        if (options.HttpClient is { } injected)
        {
            _http = injected;
        }
        else
        {
            _http = HubSender.CreateHttpClient();
            _ownsHttp = true;
        }
        _requests = new HubRequestFactory(_settings);
        _sender = new HubSender(_settings, _http, _requests, _logger, options.FollowRedirects);
        _reader = new HubResponseReader(_settings);
    }

    public Uri BaseUrl => _settings.BaseUrl;

    public string? DefaultOrganizationId => _settings.OrganizationId;

    /// <summary>The request <paramref name="call"/> would send; its ToString() hides the token.</summary>
    public HttpRequestMessage CreateRequest(HubCall call) => _requests.Build(call, path: null);

    public Task<T> SendJsonAsync<T>(HubCall call, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        // The result type travels as an argument, not in a closure: no delegate is allocated per call.
        return SendCoreAsync(call, static (response, state, info, token) => HubResponseReader.ReadJsonAsync(response, state, info, token), resultType, cancellationToken);
    }

    public Task SendAsync(HubCall call, CancellationToken cancellationToken) =>
        SendCoreAsync(call, static (_, _, _, _) => Task.FromResult(true), (object?)null, cancellationToken);

    public Task<string> SendTextAsync(HubCall call, CancellationToken cancellationToken) =>
        SendCoreAsync(call, static (response, _, _, token) => response.Content.ReadAsStringAsync(token), (object?)null, cancellationToken);

    public Task DownloadAsync(HubCall call, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return SendCoreAsync(call, static (response, state, destination, token) => HubResponseReader.CopyBodyAsync(response, state, destination, token), destination, cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<T> SendCoreAsync<T, TArg>(
        HubCall call,
        Func<HttpResponseMessage, CallState, TArg, CancellationToken, Task<T>> readSuccess,
        TArg arg,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var state = new CallState(call, call.Endpoint.Method.Method, call.Endpoint.ExpandPath(call.PathValues));
        cancellationToken.ThrowIfCancellationRequested();

        using var timeout = _settings.Timeout == System.Threading.Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(_settings.Timeout);
        // A linked source only when both can fire; otherwise the one token that can is used as it is.
        using var linked = timeout is not null && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token)
            : null;
        var token = linked?.Token ?? timeout?.Token ?? cancellationToken;
        HttpResponseMessage? response = null;
        var activity = HubTelemetry.Start(state, _settings.BaseUrl);
        int? status = null;
        // The semantic conventions' error.type: the status code for an error answer, else the exception's type.
        string? error = "_OTHER";
        try
        {
            response = await _sender.SendWithRetriesAsync(state, token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            HubLog.Answered(_logger, state.Method, state.Path, status.Value, state.ElapsedMilliseconds, state.Attempts);
            if (!response.IsSuccessStatusCode)
            {
                error = status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw await _reader.ReadErrorAsync(response, state, token).ConfigureAwait(false);
            }
            var result = await readSuccess(response, state, arg, token).ConfigureAwait(false);
            error = null;
            return result;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            error = typeof(OperationCanceledException).FullName;
            throw new OperationCanceledException($"{state.Method} {state.Path} was canceled by the caller.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (timeout?.IsCancellationRequested == true)
        {
            error = typeof(HubTimeoutException).FullName;
            HubLog.TimedOut(_logger, state.Method, state.Path, _settings.Timeout, state.Attempts);
            throw new HubTimeoutException(state.Method, state.Path, _settings.Timeout, innerException: ex);
        }
        catch (OperationCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            // An injected HttpClient's own Timeout elapsed while neither our timeout nor the caller's token fired.
            error = typeof(HubTimeoutException).FullName;
            HubLog.TimedOut(_logger, state.Method, state.Path, _http.Timeout, state.Attempts);
            throw new HubTimeoutException(state.Method, state.Path, _http.Timeout, "HttpClient.Timeout of the injected HttpClient", ex);
        }
        catch (HttpRequestException ex)
        {
            // After the retries, or while a body was being buffered (HttpClient wraps that IOException in one of these).
            error = typeof(HubConnectionException).FullName;
            throw LogFailed(state, new HubConnectionException(state.Method, state.Path, state.Attempts, ex));
        }
        catch (HubConnectionException ex)
        {
            error = typeof(HubConnectionException).FullName;
            LogFailed(state, ex);
            throw;
        }
        finally
        {
            HubTelemetry.End(activity, state, _settings.BaseUrl, status, error);
            response?.Dispose();
            state.DisposeRequests();
        }
    }

    private HubConnectionException LogFailed(CallState state, HubConnectionException error)
    {
        HubLog.Failed(_logger, state.Method, state.Path, state.ElapsedMilliseconds, state.Attempts, HubSender.Describe(error.InnerException!));
        return error;
    }
}
