using System.Threading.RateLimiting;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Limits per client address, kept in this server's memory: enough to stop one machine from flooding a
/// form. The per-e-mail limit of sign-ups is in the database (MeldAan), so it holds across servers.</summary>
public static class Snelheidslimieten
{
    public const string Aanmelden = "aanmelden";
    public const string Wachtwoord = "wachtwoord";
    public const string Initiatief = "initiatief";

    /// <summary>Posts of the initiatief form per address per hour. Filling in all steps, adding budget lines and
    /// uploading files takes a few dozen posts; the first step also sends a mail, so a flood stops here.</summary>
    public const string InitiatiefPerAdresPerUurSleutel = "Initiatief:PostsPerAdresPerUur";

    public const int InitiatiefPerAdresPerUurStandaard = 120;

    public static IServiceCollection AddSnelheidslimieten(this IServiceCollection services, IConfiguration configuration)
    {
        var perAdres = configuration.GetSection(AanmeldOptions.Section).Get<AanmeldOptions>()?.PerAdresPerUur
            ?? new AanmeldOptions().PerAdresPerUur;
        var herstelPerAdres = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>()?.HerstelPerAdresPerUur
            ?? new AccountOptions().HerstelPerAdresPerUur;
        var initiatiefPerAdres = configuration.GetValue(InitiatiefPerAdresPerUurSleutel, InitiatiefPerAdresPerUurStandaard);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "900";
                return ValueTask.CompletedTask;
            };
            // Only sending counts: reading the form as often as you like is fine.
            o.AddPolicy(Aanmelden, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("lezen")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perAdres, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            // Each "wachtwoord vergeten" may send a mail; one machine asking for many addresses is stopped here.
            o.AddPolicy(Wachtwoord, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("lezen")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = herstelPerAdres, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            o.AddPolicy(Initiatief, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("lezen")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = initiatiefPerAdres, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
        });
        return services;
    }
}
