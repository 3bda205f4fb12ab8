using WijkPlatform.Core.Zoeken;

namespace WijkPlatform.Web.Adapters.Zoeken;

public static class ZoekenServices
{
    /// <summary>Search on Lucene.Net: one index per server on local disk, kept up to date from the database.</summary>
    public static IServiceCollection AddZoeken(this IServiceCollection services)
    {
        services.AddOptions<ZoekOptions>()
            .BindConfiguration(ZoekOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IndexMap.IndexOfAny(Path.GetInvalidPathChars()) < 0, "Zoeken:IndexMap is geen geldig pad.")
            .ValidateOnStart();
        services.AddSingleton<LuceneZoekIndex>();
        services.AddSingleton<IZoekIndex>(sp => sp.GetRequiredService<LuceneZoekIndex>());
        services.AddHostedService<ZoekIndexBijwerker>();
        return services;
    }
}
