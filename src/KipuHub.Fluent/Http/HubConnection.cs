using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Contract;
using KipuHub.Errors;
using KipuHub.Serialization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace KipuHub.Http;

/// <summary>Builds and sends requests for a <see cref="HubPlatformClient"/>: headers, retries, timeout, errors, logging.</summary>
/// <remarks>
/// One call is: build a fresh request per attempt (<see cref="CreateRequest"/>), send it through a Polly retry pipeline
/// built once per connection, turn an error status into an <see cref="ApiException"/>, read the body. The whole call,
/// retries and body included, runs under one <see cref="HubPlatformClientOptions.Timeout"/>.
/// </remarks>
internal sealed class HubConnection : IDisposable
{
    /// <summary>How much of an error body is read and kept.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>Tokens shorter than this are not searched for in error bodies (redacting them would mangle text).</summary>
    private const int MinRedactableTokenLength = 8;

    /// <summary>Added to a server's Retry-After, to absorb timer imprecision.</summary>
    internal static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(15);

    private static readonly ResiliencePropertyKey<CallState> s_callState = new("KipuHub.CallState");

    private readonly HubSettings _settings;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly bool _followRedirects;
    private int _disposed;

    /// <summary>How many redirects one attempt follows before the 3xx is returned as an error.</summary>
    internal const int MaxRedirects = 5;

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
        _pipeline = BuildPipeline(_settings, _logger);
        _followRedirects = options.FollowRedirects;
        if (options.HttpClient is { } injected)
        {
            _http = injected;
        }
        else
        {
            var handler = new SocketsHttpHandler
            {
                // Redirects are followed by SendOnceAsync, which keeps the token on the hub's own origin.
                AllowAutoRedirect = false,
                // The client is meant to live long; recycle connections so DNS changes are seen.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            };
            // Our own timeout bounds the whole call; HttpClient's would only bound one attempt.
            _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            _ownsHttp = true;
        }
    }

    public Uri BaseUrl => _settings.BaseUrl;

    public string? DefaultOrganizationId => _settings.OrganizationId;

    /// <summary>The request <paramref name="call"/> would send; its ToString() hides the token.</summary>
    public HttpRequestMessage CreateRequest(HubCall call) => BuildRequest(call, path: null);

    public Task<T> SendJsonAsync<T>(HubCall call, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        // The result type travels as an argument, not in a closure: no delegate is allocated per call.
        return SendCoreAsync(call, static (response, state, info, token) => ReadJsonAsync(response, state, info, token), resultType, cancellationToken);
    }

    public Task SendAsync(HubCall call, CancellationToken cancellationToken) =>
        SendCoreAsync(call, static (_, _, _, _) => Task.FromResult(true), (object?)null, cancellationToken);

    public Task<string> SendTextAsync(HubCall call, CancellationToken cancellationToken) =>
        SendCoreAsync(call, static (response, _, _, token) => response.Content.ReadAsStringAsync(token), (object?)null, cancellationToken);

    public Task DownloadAsync(HubCall call, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return SendCoreAsync(
            call,
            static async (response, _, destination, token) =>
            {
                var source = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
                await using (source.ConfigureAwait(false))
                {
                    await source.CopyToAsync(destination, token).ConfigureAwait(false);
                }
                return true;
            },
            destination,
            cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttp)
        {
            _http.Dispose();
        }
    }

    // ── building requests ──────────────────────────────────────────────────────────────────────

    /// <param name="call">The call.</param>
    /// <param name="path">The call's expanded path when the caller has it already (it is the same for every attempt).</param>
    private HubRequestMessage BuildRequest(HubCall call, string? path)
    {
        ArgumentNullException.ThrowIfNull(call);
        var endpoint = call.Endpoint;
        path ??= endpoint.ExpandPath(call.PathValues);
        var organizationId = OrganizationFor(call);

        // A pooled buffer instead of a StringBuilder: only the final string is allocated.
        var url = new DefaultInterpolatedStringHandler(0, 0);
        url.AppendLiteral(_settings.BaseUrlPrefix);
        url.AppendLiteral(path);
        AppendQuery(ref url, call.Query);

        var request = new HubRequestMessage(endpoint.Method, new Uri(url.ToStringAndClear(), UriKind.Absolute)) { Path = path };
        try
        {
            var headers = request.Headers;
            headers.TryAddWithoutValidation(HubHeaders.AuthToken, _settings.ApiKey);
            if (organizationId is not null)
            {
                headers.TryAddWithoutValidation(HubHeaders.OrganizationId, organizationId);
            }
            // A raw value: parsed only if someone reads it, instead of a new MediaTypeWithQualityHeaderValue per request.
            headers.TryAddWithoutValidation("Accept", endpoint.Shape is HubResultShape.Binary or HubResultShape.Text ? "*/*" : "application/json");

            // Extra headers replace same-named defaults (Accept, User-Agent...); the two API headers are
            // rejected when the options are read, so they cannot be overridden here.
            foreach (var (name, value) in _settings.Headers)
            {
                headers.Remove(name);
                headers.TryAddWithoutValidation(name, value);
            }

            request.Content = call.Content?.Invoke();
            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    /// <summary>The <c>X-OrganizationId</c> to send, or <see langword="null"/> for none.</summary>
    private string? OrganizationFor(HubCall call)
    {
        if (call.Endpoint.Scope != HubScope.Organization)
        {
            return null;
        }
        var scope = call.Scope;
        switch (scope.Kind)
        {
            case ScopeKind.Personal:
                return null;
            case ScopeKind.Organization:
                if (string.IsNullOrWhiteSpace(scope.OrganizationId) || scope.OrganizationId.Any(char.IsControl))
                {
                    throw new ArgumentException(
                        $"{call.Endpoint.Id} ({call.Endpoint}) was scoped to an organization with a blank or malformed id; pass the organization's id (see GET /my/accounts).",
                        nameof(call));
                }
                return scope.OrganizationId.Trim();
            default:
                return _settings.OrganizationId;
        }
    }

    private static void AppendQuery(ref DefaultInterpolatedStringHandler url, IReadOnlyList<KeyValuePair<string, string>>? query)
    {
        if (query is null)
        {
            return;
        }
        // An index loop: foreach over the interface would box the enumerator.
        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            url.AppendFormatted(i == 0 ? '?' : '&');
            url.AppendLiteral(EscapeQuery(name));
            url.AppendFormatted('=');
            url.AppendLiteral(EscapeQuery(value ?? ""));
        }
    }

    /// <summary>Escapes a query name or value, but leaves ',' readable so that <c>sort=name,asc</c> reads as sent.</summary>
    private static string EscapeQuery(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);

    // ── sending ────────────────────────────────────────────────────────────────────────────────

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
        try
        {
            response = await SendWithRetriesAsync(state, token).ConfigureAwait(false);
            HubLog.Answered(_logger, state.Method, state.Path, (int)response.StatusCode, state.ElapsedMilliseconds, state.Attempts);
            if (!response.IsSuccessStatusCode)
            {
                throw await ReadErrorAsync(response, state, token).ConfigureAwait(false);
            }
            return await readSuccess(response, state, arg, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"{state.Method} {state.Path} was canceled by the caller.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (timeout?.IsCancellationRequested == true)
        {
            HubLog.TimedOut(_logger, state.Method, state.Path, _settings.Timeout, state.Attempts);
            throw new HubTimeoutException(state.Method, state.Path, _settings.Timeout, innerException: ex);
        }
        catch (OperationCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            // An injected HttpClient's own Timeout elapsed while neither our timeout nor the caller's token fired.
            HubLog.TimedOut(_logger, state.Method, state.Path, _http.Timeout, state.Attempts);
            throw new HubTimeoutException(state.Method, state.Path, _http.Timeout, "HttpClient.Timeout of the injected HttpClient", ex);
        }
        catch (HttpRequestException ex)
        {
            HubLog.Failed(_logger, state.Method, state.Path, state.ElapsedMilliseconds, state.Attempts, Describe(ex));
            throw;
        }
        finally
        {
            response?.Dispose();
            state.DisposeRequests();
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(CallState state, CancellationToken token)
    {
        var context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(s_callState, state);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, connection) => connection.SendOnceAsync(context),
                context,
                this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt: a fresh request (a message and its content cannot be sent twice).</summary>
    private async ValueTask<HttpResponseMessage> SendOnceAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(s_callState, null!);
        var attempt = ++state.Attempts;
        var request = BuildRequest(state.Call, state.Path);
        state.Track(request);
        HubLog.Sending(_logger, state.Method, state.Path, attempt);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false);
        for (var hops = 0; _followRedirects && hops < MaxRedirects && RedirectTarget(request, response) is { } target; hops++)
        {
            var redirected = BuildRedirect(state.Call, request, response.StatusCode, target);
            response.Dispose();
            state.Track(redirected);
            request = redirected;
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false);
        }
        return response;
    }

    private static Uri? RedirectTarget(HttpRequestMessage request, HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location))
            : null;

    /// <summary>
    /// The request a redirect asks for. HttpClient's own redirect handling would resend X-Auth-Token to any host, so
    /// the token and the organization header go only to the base URL's origin (scheme, host and port).
    /// </summary>
    private HubRequestMessage BuildRedirect(HubCall call, HttpRequestMessage previous, HttpStatusCode status, Uri target)
    {
        var asGet = status == HttpStatusCode.SeeOther || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && previous.Method == HttpMethod.Post);
        var request = new HubRequestMessage(asGet ? HttpMethod.Get : previous.Method, target) { Path = ((HubRequestMessage)previous).Path };
        var sameOrigin = Uri.Compare(target, _settings.BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var header in previous.Headers)
        {
            if (sameOrigin || !HubSettings.ReservedHeaders.Contains(header.Key))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        if (!asGet)
        {
            request.Content = call.Content?.Invoke();
        }
        return request;
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(HubSettings settings, ILogger logger)
    {
        if (settings.MaxRetries == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }
        var retry = new HttpRetryStrategyOptions
        {
            Name = "KipuHub.Retry",
            MaxRetryAttempts = settings.MaxRetries,
            Delay = settings.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // Retry-After (delta-seconds or HTTP-date) replaces the computed delay when present.
            ShouldRetryAfterHeader = true,
            ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Context.Properties.GetValue(s_callState, null!).Call, args.Outcome)),
            OnRetry = args =>
            {
                var state = args.Context.Properties.GetValue(s_callState, null!);
                var reason = args.Outcome.Exception is { } exception
                    ? Describe(exception)
                    : DescribeStatus(args.Outcome.Result!.StatusCode);
                HubLog.Retrying(logger, state.Method, state.Path, reason, args.AttemptNumber + 1, settings.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                // The answer is discarded: free its connection now (Polly would too; disposing twice is harmless).
                args.Outcome.Result?.Dispose();
                return default;
            },
        };
        // Polly's timers may fire a few milliseconds early; wait a little past the server's Retry-After so that a server
        // enforcing it strictly sees the retry after its deadline, not just before.
        var retryAfter = retry.DelayGenerator!;
        retry.DelayGenerator = async args => await retryAfter(args).ConfigureAwait(false) is { } delay && delay > TimeSpan.Zero
            ? delay + RetryAfterMargin
            : null;
        return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).Build();
    }

    /// <summary>Connection failures and transient statuses are retried, but only where repeating cannot repeat a side effect.</summary>
    internal static bool ShouldRetry(HubCall call, Outcome<HttpResponseMessage> outcome)
    {
        if (!call.Endpoint.IsIdempotent && !call.RetryUnsafe)
        {
            return false;
        }
        return outcome.Exception is HttpRequestException
            || (outcome.Exception is null && outcome.Result is { } response && IsTransient(response.StatusCode));
    }

    internal static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 502 or 503 or 504;

    // ── reading answers ────────────────────────────────────────────────────────────────────────

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CallState state, JsonTypeInfo<T> resultType, CancellationToken token)
    {
        // The expected type's name is only needed for an error; computing it on every call cost reflection and ~400 B.
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            throw new HubResponseException(state.Method, state.Path, response.StatusCode, $"it has no body, where {state.Call.Endpoint.Id} returns a {FriendlyName(resultType.Type)}.");
        }
        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            T? result;
            try
            {
                result = await JsonSerializer.DeserializeAsync(stream, resultType, token).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new HubResponseException(
                    state.Method,
                    state.Path,
                    response.StatusCode,
                    $"its body could not be read as the {FriendlyName(resultType.Type)} that {state.Call.Endpoint.Id} returns: {ex.Message}",
                    ex);
            }
            return result ?? throw new HubResponseException(
                state.Method, state.Path, response.StatusCode, $"its body is JSON null, where {state.Call.Endpoint.Id} returns a {FriendlyName(resultType.Type)}.");
        }
    }

    private async Task<ApiException> ReadErrorAsync(HttpResponseMessage response, CallState state, CancellationToken token)
    {
        var body = await ReadCappedTextAsync(response.Content, MaxErrorBodyBytes, token).ConfigureAwait(false);
        var errorMessage = LooksLikeJson(response.Content, body) ? ParseErrorMessage(body) : null;
        return CreateApiException(
            response.StatusCode,
            state.Method,
            state.Path,
            Redact(errorMessage),
            Redact(body)!,
            CollectHeaders(response));
    }

    internal static ApiException CreateApiException(
        HttpStatusCode status,
        string method,
        string path,
        string? errorMessage,
        string body,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers) => (int)status switch
        {
            400 => new BadRequestException(method, path, errorMessage, body, headers),
            401 => new UnauthorizedException(method, path, errorMessage, body, headers),
            403 => new ForbiddenException(method, path, errorMessage, body, headers),
            404 => new NotFoundException(method, path, errorMessage, body, headers),
            409 => new ConflictException(method, path, errorMessage, body, headers),
            413 => new ContentTooLargeException(method, path, errorMessage, body, headers),
            415 => new UnsupportedMediaTypeException(method, path, errorMessage, body, headers),
            422 => new UnprocessableEntityException(method, path, errorMessage, body, headers),
            500 => new InternalServerException(method, path, errorMessage, body, headers),
            _ => new ApiException(status, method, path, errorMessage, body, headers),
        };

    private static async Task<string> ReadCappedTextAsync(HttpContent content, int maxBytes, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var total = 0;
            var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total, maxBytes - total), token).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }
            }
            return EncodingOf(content).GetString(buffer, 0, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // Unknown charset: fall back to UTF-8.
            }
        }
        return Encoding.UTF8;
    }

    private static bool LooksLikeJson(HttpContent content, string body)
    {
        var mediaType = content.Headers.ContentType?.MediaType;
        return mediaType is not null && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            || body.AsSpan().TrimStart().StartsWith("{");
    }

    private static string? ParseErrorMessage(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, HubJsonContext.Default.ErrorBody);
            return string.IsNullOrWhiteSpace(error?.ErrorMessage) ? null : error.ErrorMessage;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = [.. values];
        }
        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = [.. values];
        }
        return headers;
    }

    /// <summary>Hides the token should a server or proxy echo it into an error body.</summary>
    private string? Redact(string? text) =>
        text is null || _settings.ApiKey.Length < MinRedactableTokenLength
            ? text
            : text.Replace(_settings.ApiKey, "***", StringComparison.Ordinal);

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    private static string DescribeStatus(HttpStatusCode status) => $"{(int)status} {ApiException.ReasonPhraseOf(status)}".TrimEnd();

    private static string FriendlyName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(FriendlyName))}>";
    }

    /// <summary>What one call carries through its attempts; reaches the retry callbacks through the <see cref="ResilienceContext"/>.</summary>
    private sealed class CallState(HubCall call, string method, string path)
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public HubCall Call { get; } = call;

        public string Method { get; } = method;

        /// <summary>The expanded path without the query string, for messages and logs.</summary>
        public string Path { get; } = path;

        public int Attempts { get; set; }

        /// <summary>Every request sent; disposed when the call ends, after its answer has been read.</summary>
        private HubRequestMessage? _first;
        private List<HubRequestMessage>? _more;

        /// <summary>Keeps a request for disposal; most calls send one, so a list is made only for retries and redirects.</summary>
        public void Track(HubRequestMessage request)
        {
            if (_first is null)
            {
                _first = request;
            }
            else
            {
                (_more ??= []).Add(request);
            }
        }

        public long ElapsedMilliseconds => (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds;

        public void DisposeRequests()
        {
            _first?.Dispose();
            if (_more is null)
            {
                return;
            }
            foreach (var request in _more)
            {
                request.Dispose();
            }
        }
    }
}
