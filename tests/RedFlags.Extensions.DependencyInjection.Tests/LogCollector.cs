using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RedFlags.Extensions.DependencyInjection.Tests;

/// <summary>A logger provider that keeps every message written, for the tests to read (a sink, like a console, not a mock).</summary>
internal sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => entries.Enqueue(new LogEntry(category, logLevel, eventId.Name ?? string.Empty, formatter(state, exception)));
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string EventName, string Message);
