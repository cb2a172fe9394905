using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KipuHub.Fluent.Tests.Http;

/// <summary>Keeps every log entry, rendered message and structured values alike.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>Everything an entry would put in a log sink, as one string.</summary>
    public string AllText() => string.Join("\n", Entries.Select(e => e.AllText));

    internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, Exception? Exception)
    {
        public string AllText =>
            $"{Category} {Level} {EventId} {Message} {string.Join(", ", Values.Select(v => $"{v.Key}={v.Value}"))} {Exception}";

        public object? Value(string key) => Values.FirstOrDefault(v => v.Key == key).Value;
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), [.. values], exception));
        }
    }
}
