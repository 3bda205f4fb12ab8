using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Adapters.Accounts;
using WijkPlatform.Web.Adapters.Afbeeldingen;
using WijkPlatform.Web.Adapters.Collectieven;
using WijkPlatform.Web.Adapters.Mail;
using WijkPlatform.Web.Adapters.Taken;
using WijkPlatform.Web.Adapters.Virusscan;
using WijkPlatform.Web.Adapters.Zoeken;
using WijkPlatform.Web.Api;
using WijkPlatform.Web.Bedrijfsvoering;
using WijkPlatform.Web.Infrastructure;
using WijkPlatform.Web.Pages.Aanmelden;
using WijkPlatform.Web.Pages.Beheer.Gebruikers;

namespace WijkPlatform.Web;

public static class WebServices
{
    public static void UseWijkPlatformPaden(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var env = builder.Environment;
        var webRoot = Paden.Zoek(env.ContentRootPath, "wwwroot", Path.Combine("css", "site.css"))
            ?? throw new InvalidOperationException("De map wwwroot met css/site.css is niet gevonden.");
        env.WebRootPath = webRoot;
        env.WebRootFileProvider = new PhysicalFileProvider(webRoot);

        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(CoreServices.ConnectionStringName)))
        {
            var bestand = Path.Combine(env.ContentRootPath, "App_Data", "wijkplatform.db");
            builder.Configuration[$"ConnectionStrings:{CoreServices.ConnectionStringName}"] = $"Data Source={bestand}";
        }
    }

    /// <summary>Moderation is for the redactie, and for beheer who may do everything the redactie does.</summary>
    public const string RedactieBeleid = "Redactie";

    /// <summary>Bewonersinitiatieven are handled by the wijkteams; beheer sees every wijk and the central queue.</summary>
    public const string InitiatiefBeleid = "Initiatief";

    /// <summary>Accounts, the audit log, privacy requests, jobs and health details: beheer only.</summary>
    public const string BeheerBeleid = "Beheer";

    /// <summary>The monitor: wijkteams see the figures of their own wijken, beheer sees every wijk.</summary>
    public const string MonitorBeleid = "Monitor";

    public static IServiceCollection AddWijkPlatformWeb(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        services.AddRazorPages(o =>
        {
            // One rule secures every staff page: nothing under /Beheer is reachable without an account, and staff
            // without two-step sign-in reach only its setup page.
            o.Conventions.AuthorizeFolder("/Beheer", TweeStapsBeleid.Naam);
            o.Conventions.AllowAnonymousToPage("/Beheer/Inloggen");
            o.Conventions.AllowAnonymousToPage("/Beheer/GeenToegang");
            o.Conventions.AddPageRoute("/Beheer/Activiteiten/Bewerken", "beheer/activiteiten/nieuw");
            o.Conventions.AuthorizeFolder("/Beheer/Moderatie", RedactieBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Initiatieven", InitiatiefBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Wijkbudget", InitiatiefBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Gebruikers", BeheerBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Audit", BeheerBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Privacy", BeheerBeleid);
            o.Conventions.AuthorizeFolder("/Beheer/Monitor", MonitorBeleid);
            foreach (var pagina in PaginaCache.Paginas)
            {
                o.Conventions.AddPageApplicationModelConvention(pagina,
                    m => m.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PaginaCache.Beleid }));
            }
        }).AddMvcOptions(o => NederlandseMeldingen(o.ModelBindingMessageProvider));
        services.AddWijkAccounts(environment);
        services.AddScoped<BeheerderLezer>();
        services.AddGebruikersBeheer();
        services.AddAuthorizationBuilder()
            .AddPolicy(RedactieBeleid, p => p.RequireRole(Core.Beheer.Rollen.Redactie, Core.Beheer.Rollen.Beheer))
            .AddPolicy(InitiatiefBeleid, p => p.RequireRole(Core.Beheer.Rollen.Wijkteam, Core.Beheer.Rollen.Beheer))
            .AddPolicy(BeheerBeleid, p => p.RequireRole(Core.Beheer.Rollen.Beheer))
            .AddPolicy(MonitorBeleid, p => p.RequireRole(Core.Beheer.Rollen.Wijkteam, Core.Beheer.Rollen.Beheer));
        services.AddSnelheidslimieten(configuration);
        services.AddZoeken();
        services.AddMailVerzending();
        services.AddWijkAfbeeldingen();
        services.AddVirusscan(configuration);
        services.AddTaken(configuration);
        services.AddAgendaBron(environment);
        services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.LowercaseQueryStrings = false;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = environment.IsDevelopment() || IsTest(environment) ? "wijk.af" : "__Host-wijk.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() || IsTest(environment)
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });
        // Dutch text ("café", "10:00–12:00") is written as is instead of as &#xE9; entities: smaller pages, same safety.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddResponseCompression(o =>
        {
            // Over https too: BREACH needs a secret in a page plus input an attacker chooses, and signed-in visitors,
            // the only ones with secrets in their pages, get nothing compressed (ADR 23).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/calendar", "image/svg+xml", "application/rss+xml",
                "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddPaginaCache(configuration);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "WijkPlatform agenda";
            document.Info.Description = "Activiteiten en dagontmoeting in de wijk. Dezelfde filters als de pagina /activiteiten.";
            return Task.CompletedTask;
        }));
        services.AddBedrijfsvoering(configuration, environment);
        services.AddSingleton<MarkdownWeergave>();
        services.AddHostedService<PlanningDienst>();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddProxy(configuration);
        return services;
    }

    public static async Task BereidDatabaseVoorAsync(this WebApplication app, bool migreren)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var site = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        var map = string.IsNullOrWhiteSpace(site.SyncMap)
            ? Paden.Zoek(app.Environment.ContentRootPath, "uSync", "README.md")
                ?? throw new InvalidOperationException("De map uSync is niet gevonden; zet Site:SyncMap.")
            : Path.GetFullPath(site.SyncMap, app.Environment.ContentRootPath);
        await scope.ServiceProvider.GetRequiredService<DatabaseVoorbereiding>()
            .VoorbereidenAsync(map, migreren, app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<Accounts>().ZorgVoorRollenEnDemoAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>The <c>backup</c> command: the exit code, 0 when the copy is written.</summary>
    public static async Task<int> MaakBackupAsync(this WebApplication app, string? doel)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (string.IsNullOrWhiteSpace(doel) || doel.StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("Gebruik: dotnet WijkPlatform.Web.dll backup <bestand>");
            return 2;
        }

        var opties = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var verbinding = app.Configuration.GetConnectionString(CoreServices.ConnectionStringName) ?? "";
        var uitkomst = await DatabaseBackup.MaakAsync(opties, verbinding, doel, app.Lifetime.ApplicationStopping);
        await Console.Out.WriteLineAsync(
            $"Backup van de database ({opties.Provider}) geschreven: {uitkomst.Bestand}, {uitkomst.Bytes} bytes, {uitkomst.Duur.TotalSeconds:0.0} s.");
        return 0;
    }

    public static WebApplication UseWijkPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Before anything reads the scheme or the client address: a proxy's headers say what the resident used.
        app.UseForwardedHeaders();
        // Outermost, so a request is logged once, with the status it finally got (after an error or status code page).
        app.UseWijkVerzoekLogboek();
        var nl = new CultureInfo("nl-NL");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(nl),
            SupportedCultures = [nl],
            SupportedUICultures = [nl],
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseMiddleware<BeveiligingsHeaders>();
        if (!app.Environment.IsDevelopment() && !IsTest(app.Environment))
        {
            app.Use(AlleenHttpsVoorFormulieren);
        }

        app.UseGeenCompressieVoorIngelogden();
        // Static files and whatever the inner compression below left alone; a body that is compressed already passes.
        app.UseResponseCompression();
        app.UseWijkAfbeeldingen();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Links carry ?v=<hash> (asp-append-version), so a changed file gets a new URL.
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        app.UseRouting();
        app.Use((context, next) =>
        {
            GeheimeAdressen.OnthoudRouteGeheimen(context);
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After authentication (staff pages are never stored) and with the compression inside, so a stored page is
        // stored compressed and a hit costs no compression work.
        app.UseOutputCache();
        app.UseResponseCompression();
        // After the rate limiter, like the page it stands in for.
        app.UseSnelAanmelden();
        app.MapBedrijfsvoering();
        app.MapOpenApi("/api/openapi.json");
        app.MapAgendaApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>What a resident reads when a value cannot even be read (letters in a number field, a missing value).</summary>
    private static void NederlandseMeldingen(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((_, veld) => $"Deze waarde past niet bij {veld}.");
        m.SetMissingBindRequiredValueAccessor(veld => $"Vul {veld} in.");
        m.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg aangekomen. Probeer het opnieuw.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Deze waarde past hier niet.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde past hier niet.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        m.SetUnknownValueIsInvalidAccessor(veld => $"Deze waarde past niet bij {veld}.");
        m.SetValueIsInvalidAccessor(_ => "Deze waarde past hier niet.");
        m.SetValueMustBeANumberAccessor(veld => $"Vul bij {veld} een getal in.");
        m.SetValueMustNotBeNullAccessor(veld => $"Vul {veld} in.");
    }

    private static bool IsTest(IWebHostEnvironment environment) => environment.IsEnvironment("Test");

    /// <summary>Outside development the form cookie is Secure-only, so over plain http a post can never carry it and a
    /// page with a form cannot set it: the antiforgery code throws on such a request (a 500). Behind a proxy
    /// X-Forwarded-Proto makes the request https (UseForwardedHeaders); what still arrives as plain http gets a clear 400
    /// and the Dutch "Dit lukt niet". Pages without a form, feeds and /health keep working over plain http.</summary>
    private static async Task AlleenHttpsVoorFormulieren(HttpContext context, RequestDelegate next)
    {
        var methode = context.Request.Method;
        if (context.Request.IsHttps || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (!HttpMethods.IsGet(methode) && !HttpMethods.IsHead(methode) && !HttpMethods.IsOptions(methode))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            await next(context);
        }
        catch (InvalidOperationException e) when (!context.Response.HasStarted
            && e.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal) == true)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
