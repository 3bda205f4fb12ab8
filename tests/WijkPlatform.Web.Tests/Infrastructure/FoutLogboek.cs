using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WijkPlatform.Web.Tests.Infrastructure;

/// <summary>Keeps every error the site logs, so a test can show the exception behind a 500 instead of only the code.</summary>
public sealed class FoutLogboek : ILoggerProvider
{
    private readonly ConcurrentQueue<string> fouten = new();

    public IReadOnlyCollection<string> Fouten => fouten;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(FoutLogboek logboek, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logboek.fouten.Enqueue($"{categorie}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
