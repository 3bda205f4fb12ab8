using System.Globalization;
using System.Threading.RateLimiting;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Nieuwsbrief;
using WijkPlatform.Web.Adapters.Zoeken;

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

    /// <summary>The sign-in steps: password, authenticator code, recovery code.</summary>
    public const string Inloggen = "inloggen";

    /// <summary>The search page, reading included: every search costs the index work.</summary>
    public const string Zoeken = "zoeken";

    /// <summary>What Retry-After says when the limiter gives no time of its own: the longest window, an hour, is
    /// too long to ask of someone; a quarter matches what the page says.</summary>
    private const int StandaardWachtSeconden = 900;

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
        var inloggenPerAdres = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>()?.InloggenPerAdresPerUur
            ?? new AccountOptions().InloggenPerAdresPerUur;
        var zoekenPerAdres = configuration.GetSection(ZoekOptions.Section).Get<ZoekOptions>()?.PerAdresPerMinuut
            ?? new ZoekOptions().PerAdresPerMinuut;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // No body here on purpose: the status code pages then show the Dutch "Even wachten" page (Fout.cshtml).
            o.OnRejected = (context, _) =>
            {
                var seconden = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wacht)
                    ? Math.Max(1, (int)Math.Ceiling(wacht.TotalSeconds))
                    : StandaardWachtSeconden;
                context.HttpContext.Response.Headers.RetryAfter = Math.Min(seconden, StandaardWachtSeconden).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Only sending counts: reading a form as often as you like is fine.
            o.AddPolicy(Aanmelden, http => PerAdres(http, perAdres));
            // Each "wachtwoord vergeten" may send a mail; one machine asking for many addresses is stopped here.
            o.AddPolicy(Wachtwoord, http => PerAdres(http, herstelPerAdres));
            o.AddPolicy(InitiatiefLink, http => PerAdres(http, InitiatiefLinkPerAdresPerUur));
            o.AddPolicy(Initiatief, http => PerAdres(http, initiatiefPerAdres));
            o.AddPolicy(Nieuwsbrief, http => PerAdres(http, nieuwsbriefPerAdres));
            o.AddPolicy(Inloggen, http => PerAdres(http, inloggenPerAdres));
            o.AddPolicy(Zoeken, http => RateLimitPartition.GetFixedWindowLimiter(Adres(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = zoekenPerAdres, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAdres(HttpContext http, int perUur) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("lezen")
            : RateLimitPartition.GetFixedWindowLimiter(Adres(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perUur, Window = TimeSpan.FromHours(1), QueueLimit = 0 });

    private static string Adres(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
}
