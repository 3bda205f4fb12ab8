using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Web.Infrastructure;

/// <summary>Stored copies of the public pages and feeds everybody sees alike (the agenda, search, the home page).
/// A copy is dropped the moment this server commits a write, and lives a few seconds at most, so another server's
/// change shows within that time too (ADR 23).</summary>
public static class PaginaCache
{
    public const string Beleid = "publiek";
    public const string Tag = "publiek";
    public const string Section = "PaginaCache";

    /// <summary>The pages that are stored: the same for every visitor, no form token, no personal data. A page with a
    /// form (an activity with its sign-up form) is not in this list.</summary>
    public static readonly IReadOnlyList<string> Paginas =
    [
        "/Index", "/Agenda/Index", "/Agenda/Dagontmoeting", "/Agenda/Print", "/Zoeken/Index", "/Informatie/Nieuws",
        "/Informatie/Nieuwsbericht", "/Informatie/Organisaties", "/Informatie/Organisatie", "/Informatie/Clientondersteuning",
        "/Informatie/Pagina", "/Wijken/Wijkteam",
    ];

    public static IServiceCollection AddPaginaCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconden = configuration.GetValue<int?>($"{Section}:Seconden") ?? 5;
        if (seconden is < 0 or > 3600)
        {
            throw new InvalidOperationException($"{Section}:Seconden moet tussen 0 en 3600 liggen (0 zet de cache uit).");
        }

        services.AddOutputCache(o =>
        {
            // Every query string is a key of its own, so someone trying many can fill it; this bounds what that costs.
            o.SizeLimit = 32 * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
            o.AddPolicy(Beleid, new Publiek(TimeSpan.FromSeconds(seconden)));
        });
        services.AddSingleton<IGegevensGewijzigd, Legen>();
        services.AddSingleton<GegevensCache>();
        services.AddSingleton<IGegevensGewijzigd>(sp => sp.GetRequiredService<GegevensCache>());
        return services;
    }

    /// <summary>A visitor with a session cookie gets nothing compressed: their pages may hold what BREACH is after, and
    /// the session cookie goes along with a link from another site (SameSite=Lax). Decided before anything is written,
    /// by the cookie rather than the signed-in user, because the outer compression starts before authentication.</summary>
    public static IApplicationBuilder UseGeenCompressieVoorIngelogden(this IApplicationBuilder app)
    {
        var sessie = app.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        return app.Use((context, next) =>
        {
            if (sessie is not null && context.Request.Cookies.ContainsKey(sessie))
            {
                context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
            }

            return next(context);
        });
    }

    /// <summary>Drops every stored page once data changed. The memory store does this at once; waiting on it only
    /// matters for a store that works over the network.</summary>
    private sealed class Legen(IOutputCacheStore store, ILogger<Legen> logger) : IGegevensGewijzigd
    {
        public void Gewijzigd()
        {
            try
            {
                var taak = store.EvictByTagAsync(Tag, CancellationToken.None);
                if (!taak.IsCompletedSuccessfully)
                {
                    taak.AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The write itself succeeded; a page shown a few seconds too long is better than a failed request.
                logger.LogError(e, "De opgeslagen pagina's konden niet worden weggegooid na een wijziging.");
            }
        }
    }

    private sealed class Publiek(TimeSpan duur) : IOutputCachePolicy
    {
        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var lezen = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            // Signed-in staff may see more than the public; their pages are built fresh every time.
            var anoniem = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
            var aan = duur > TimeSpan.Zero && lezen && anoniem;
            context.EnableOutputCaching = aan;
            context.AllowCacheLookup = aan;
            context.AllowCacheStorage = aan;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = duur;
            context.Tags.Add(Tag);
            context.CacheVaryByRules.QueryKeys = "*";
            // The stored copy is the compressed one, so each encoding a browser asks for is a copy of its own.
            context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
            // These pages say what is on "today" and "this week" by the site's clock; a copy never crosses a minute of it.
            var minuut = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() / 60;
            context.CacheVaryByRules.VaryByValues["minuut"] = minuut.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
            ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // A cookie belongs to one visitor (a form token, a session) and an error page must not stick.
            if (response.StatusCode != StatusCodes.Status200OK || !StringValuesLeeg(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        private static bool StringValuesLeeg(Microsoft.Extensions.Primitives.StringValues waarden) => waarden.Count == 0;
    }
}
