using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>Every address anyone may reach without signing in, read from the site itself (its endpoints, the pages'
/// handlers and bound properties, the API's parameters), so a form added tomorrow is fed hostile input too without
/// anyone adding it to a list.</summary>
public static class PubliekeAdressen
{
    /// <summary>One way in: a method (and page handler) on a route, with the fields it reads.</summary>
    public sealed record Ingang(string Sjabloon, string Methode, string? Handler, IReadOnlyList<string> RouteWaarden,
        IReadOnlyList<string> QueryVelden, IReadOnlyList<string> FormVelden, IReadOnlyList<string> Bestanden)
    {
        public string Naam => $"{Methode} /{Sjabloon}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    public static async Task<IReadOnlyList<Ingang>> VindAsync(IServiceProvider services)
    {
        var bron = services.GetRequiredService<EndpointDataSource>();
        var laden = services.GetRequiredService<PageLoader>();
        var isDienst = services.GetRequiredService<IServiceProviderIsService>();
        var ingangen = new List<Ingang>();
        foreach (var endpoint in bron.Endpoints.OfType<RouteEndpoint>())
        {
            var sjabloon = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";

            // "/Nieuwsbrief/Index" is the same page as "/Nieuwsbrief".
            if (sjabloon == "Index" || sjabloon.EndsWith("/Index", StringComparison.Ordinal))
            {
                continue;
            }

            var routeWaarden = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } pagina)
            {
                var gecompileerd = await laden.LoadAsync(pagina, endpoint.Metadata);
                if (!Publiek(gecompileerd.Endpoint?.Metadata ?? new EndpointMetadataCollection(gecompileerd.EndpointMetadata)))
                {
                    continue;
                }

                ingangen.AddRange(PaginaIngangen(gecompileerd, sjabloon, routeWaarden));
            }
            else if (Publiek(endpoint.Metadata))
            {
                var methoden = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                var query = endpoint.Metadata.GetMetadata<MethodInfo>() is { } methode
                    ? methode.GetParameters().SelectMany(p => ApiVelden(p, isDienst)).Where(v => !routeWaarden.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList()
                    : [];
                ingangen.AddRange(methoden.Select(m => new Ingang(sjabloon, m, null, routeWaarden, query, [], [])));
            }
        }

        return ingangen;
    }

    /// <summary>File fields a page reads from Request.Form itself rather than through binding, so reflection cannot
    /// see them.</summary>
    private static readonly Dictionary<string, string[]> UitHetFormulier = new(StringComparer.Ordinal)
    {
        ["initiatief/aanvragen/{sleutel?}/{stap:int?}?Bijlage"] = ["Bestanden"],
    };

    private static bool Publiek(EndpointMetadataCollection metadata) =>
        metadata.GetMetadata<IAllowAnonymous>() is not null || metadata.GetMetadata<IAuthorizeData>() is null;

    private static IEnumerable<Ingang> PaginaIngangen(CompiledPageActionDescriptor pagina, string sjabloon, List<string> routeWaarden)
    {
        bool IsRoute(string naam) => routeWaarden.Contains(naam, StringComparer.OrdinalIgnoreCase);
        var eigenschappen = pagina.BoundProperties.OfType<PageBoundPropertyDescriptor>().ToList();
        if (pagina.HandlerMethods.Count == 0)
        {
            yield return new Ingang(sjabloon, "GET", null, routeWaarden, [], [], []);
        }

        foreach (var handler in pagina.HandlerMethods)
        {
            var post = !string.Equals(handler.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
            var velden = new List<(string Naam, Type Type)>();
            foreach (var e in eigenschappen)
            {
                var bind = e.Property.GetCustomAttribute<BindPropertyAttribute>();
                var uitQuery = e.BindingInfo?.BindingSource == BindingSource.Query;
                if (post || uitQuery || bind?.SupportsGet == true)
                {
                    velden.AddRange(Velden(e.BindingInfo?.BinderModelName ?? e.Name, e.ParameterType, 0, uitQuery));
                }
            }

            foreach (var p in handler.Parameters.Where(p => !IsRoute(p.Name) && p.ParameterType != typeof(CancellationToken)))
            {
                velden.AddRange(Velden(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0, false));
            }

            var bestanden = velden.Where(v => IsBestand(v.Type)).Select(v => v.Naam)
                .Concat(UitHetFormulier.GetValueOrDefault($"{sjabloon}?{handler.Name}", [])).Distinct().ToList();
            var gewoon = velden.Where(v => !IsBestand(v.Type) && !IsRoute(v.Naam)).Select(v => v.Naam).Distinct().ToList();
            yield return post
                ? new Ingang(sjabloon, handler.HttpMethod.ToUpperInvariant(), handler.Name, routeWaarden, [], gewoon, bestanden)
                : new Ingang(sjabloon, "GET", handler.Name, routeWaarden, gewoon, [], []);
        }
    }

    /// <summary>The names a browser would send for a bound value: <c>Input.Naam</c>, <c>Regels[0].Bedrag</c>, <c>q</c>.</summary>
    private static IEnumerable<(string Naam, Type Type)> Velden(string naam, Type type, int diepte, bool eigenNamen)
    {
        if (IsBestand(type) || IsEnkel(type))
        {
            yield return (naam, type);
            yield break;
        }

        if (diepte > 3)
        {
            yield break;
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            foreach (var v in IsEnkel(element) ? [(naam, element)] : Velden(naam + "[0]", element, diepte + 1, eigenNamen))
            {
                yield return v;
            }

            yield break;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            if (p.GetCustomAttribute<BindNeverAttribute>() is not null)
            {
                continue;
            }

            // [FromQuery(Name = "wijk")] on a property of a query object: the browser sends just "wijk".
            var eigen = p.GetCustomAttributes().OfType<IModelNameProvider>().Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n));
            var volledig = eigen is not null && eigenNamen ? eigen : $"{naam}.{eigen ?? p.Name}";
            foreach (var v in Velden(volledig, p.PropertyType, diepte + 1, eigenNamen))
            {
                yield return v;
            }
        }
    }

    private static IEnumerable<string> ApiVelden(ParameterInfo p, IServiceProviderIsService isDienst)
    {
        var type = p.ParameterType;
        if (type == typeof(HttpContext) || type == typeof(CancellationToken) || p.GetCustomAttribute<FromServicesAttribute>() is not null
            || isDienst.IsService(type))
        {
            return [];
        }

        if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            return type.GetProperties().Where(e => e.SetMethod is not null)
                .Select(e => e.GetCustomAttribute<FromQueryAttribute>()?.Name ?? e.Name);
        }

        return [p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!];
    }

    private static bool IsBestand(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    private static bool IsEnkel(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(Guid) || t == typeof(TimeSpan);
    }
}
