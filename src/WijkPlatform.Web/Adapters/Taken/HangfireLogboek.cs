using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace WijkPlatform.Web.Adapters.Taken;

/// <summary>Hangfire's log provider is process-wide: the site that configured Hangfire last logs for every site in
/// the process. In the test process sites stop at different times, and a stopped site's logger factory throws; that
/// must not break another site's jobs, so its loggers then stay silent.</summary>
internal sealed class HangfireLogboek(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider logProvider = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Veilig(logProvider.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Stil.Instance;
        }
    }

    private sealed class Veilig(ILog log) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return log.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Stil : ILog
    {
        public static readonly Stil Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
