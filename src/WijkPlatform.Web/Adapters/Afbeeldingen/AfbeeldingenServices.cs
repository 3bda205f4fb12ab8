using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NetVips;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Initiatieven;

namespace WijkPlatform.Web.Adapters.Afbeeldingen;

public static class AfbeeldingenServices
{
    /// <summary>Uploaded activity photos: checked and converted with libvips (NetVips), stored as files in
    /// Afbeeldingen:Map and served from <see cref="UploadAfbeelding.UrlMap"/>.</summary>
    public static IServiceCollection AddWijkAfbeeldingen(this IServiceCollection services)
    {
        services.AddOptions<AfbeeldingOptions>()
            .BindConfiguration(AfbeeldingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Map.IndexOfAny(Path.GetInvalidPathChars()) < 0, "Afbeeldingen:Map is geen geldig pad.")
            .ValidateOnStart();
        services.AddSingleton(sp => new AfbeeldingMap(Path.GetFullPath(
            sp.GetRequiredService<IOptions<AfbeeldingOptions>>().Value.Map,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<IAfbeeldingVerwerker, NetVipsAfbeeldingVerwerker>();
        // Replace, not TryAdd: Core registers its default that keeps photos as they came.
        services.Replace(ServiceDescriptor.Singleton<IFotoSchoonmaker, NetVipsFotoSchoonmaker>());
        return services;
    }

    public static WebApplication UseWijkAfbeeldingen(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The native libvips comes with the NetVips.Native packages; without it no upload can work, so say so at start.
        if (!ModuleInitializer.VipsInitialized)
        {
            throw new InvalidOperationException(
                $"libvips (NetVips.Native) kon niet worden geladen, dus foto's kunnen niet worden verwerkt: {ModuleInitializer.Exception?.Message}",
                ModuleInitializer.Exception);
        }

        var map = app.Services.GetRequiredService<AfbeeldingMap>().Pad;
        Directory.CreateDirectory(map);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = UploadAfbeelding.UrlMap,
            // The default filter also hides dot-files, which is where half-written images wait (see the processor).
            FileProvider = new PhysicalFileProvider(map),
            // Only what the processor writes is served, whatever else ends up in the folder.
            ContentTypeProvider = new FileExtensionContentTypeProvider(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [".webp"] = "image/webp",
            }),
            ServeUnknownFileTypes = false,
            OnPrepareResponse = ctx =>
            {
                // A file never changes after it is written (every upload gets a new random name), so caches may keep it.
                ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                ctx.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
