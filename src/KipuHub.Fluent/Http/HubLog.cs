using Microsoft.Extensions.Logging;

namespace KipuHub.Http;

/// <summary>
/// The log lines of a connection. They carry method, path, status, timing and retry reasons only: never headers,
/// bodies or the token.
/// </summary>
internal static partial class HubLog
{
    /// <summary>The logger category.</summary>
    public const string Category = "KipuHub.HubPlatformClient";

    [LoggerMessage(EventId = 1, EventName = "Sending", Level = LogLevel.Debug,
        Message = "Sending {Method} {Path} (attempt {Attempt})")]
    public static partial void Sending(ILogger logger, string method, string path, int attempt);

    [LoggerMessage(EventId = 2, EventName = "Answered", Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs} ms (attempt {Attempt})")]
    public static partial void Answered(ILogger logger, string method, string path, int statusCode, long elapsedMs, int attempt);

    [LoggerMessage(EventId = 3, EventName = "Retrying", Level = LogLevel.Warning,
        Message = "{Method} {Path} failed with {Reason}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 4, EventName = "Failed", Level = LogLevel.Warning,
        Message = "{Method} {Path} failed after {ElapsedMs} ms (attempt {Attempt}): {Reason}")]
    public static partial void Failed(ILogger logger, string method, string path, long elapsedMs, int attempt, string reason);

    [LoggerMessage(EventId = 5, EventName = "TimedOut", Level = LogLevel.Warning,
        Message = "{Method} {Path} did not complete within {Timeout} (attempt {Attempt})")]
    public static partial void TimedOut(ILogger logger, string method, string path, TimeSpan timeout, int attempt);
}
