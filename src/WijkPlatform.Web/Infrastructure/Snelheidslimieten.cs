using System.Threading.RateLimiting;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Limits per client address, kept in this server's memory: enough to stop one machine from flooding a
/// form. The per-e-mail limit of sign-ups is in the database (MeldAan), so it holds across servers.</summary>
public static class Snelheidslimieten
{
    public const string Aanmelden = "aanmelden";
    public const string Wachtwoord = "wachtwoord";
    public const string InitiatiefLink = "initiatief-link";

    /// <summary>"Link kwijt?" requests per client address per hour: each may send mail to an address someone typed.</summary>
    public const int InitiatiefLinkPerAdresPerUur = 10;

    public const string Initiatief = "initiatief";

    /// <summary>The nieuwsbrief sign-up: each post may send a confirmation mail to an address someone typed.</summary>
    public const string Nieuwsbrief = "nieuwsbrief";

    public static IServiceCollection AddSnelheidslimieten(this IServiceCollection services, IConfiguration configuration)
    {
        var perAdres = configuration.GetSection(AanmeldOptions.Section).Get<AanmeldOptions>()?.PerAdresPerUur
            ?? new AanmeldOptions().PerAdresPerUur;
        var herstelPerAdres = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>()?.HerstelPerAdresPerUur
            ?? new AccountOptions().HerstelPerAdresPerUur;
        var initiatiefPerAdres = configuration.GetSection(InitiatiefOptions.Section).Get<InitiatiefOptions>()?.PostsPerAdresPerUur
            ?? new InitiatiefOptions().PostsPerAdresPerUur;
        var nieuwsbriefPerAdres = configuration.GetSection(NieuwsbriefOptions.Section).Get<NieuwsbriefOptions>()?.PostsPerAdresPerUur
            ?? new NieuwsbriefOptions().PostsPerAdresPerUur;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "900";
                return ValueTask.CompletedTask;
            };
            // Only sending counts: reading a form as often as you like is fine.
            o.AddPolicy(Aanmelden, http => PerAdres(http, perAdres));
            // Each "wachtwoord vergeten" may send a mail; one machine asking for many addresses is stopped here.
            o.AddPolicy(Wachtwoord, http => PerAdres(http, herstelPerAdres));
            o.AddPolicy(InitiatiefLink, http => PerAdres(http, InitiatiefLinkPerAdresPerUur));
            o.AddPolicy(Initiatief, http => PerAdres(http, initiatiefPerAdres));
            o.AddPolicy(Nieuwsbrief, http => PerAdres(http, nieuwsbriefPerAdres));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAdres(HttpContext http, int perUur) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("lezen")
            : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perUur, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
}
