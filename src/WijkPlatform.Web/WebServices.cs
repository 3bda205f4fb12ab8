using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using WijkPlatform.Core;
using WijkPlatform.Core.Data;
using WijkPlatform.Web.Infrastructure;

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

    public static IServiceCollection AddWijkPlatformWeb(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Beheer");
        });
        services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.LowercaseQueryStrings = false;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "wijk.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() || IsTest(environment)
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });
        // Dutch text ("café", "10:00–12:00") is written as is instead of as &#xE9; entities: smaller pages, same safety.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddResponseCompression();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton<MarkdownWeergave>();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
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
    }

    public static WebApplication UseWijkPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
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
        app.UseResponseCompression();
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
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        return app;
    }

    private static bool IsTest(IWebHostEnvironment environment) => environment.IsEnvironment("Test");
}
