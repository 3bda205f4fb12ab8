using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Web.Tests.Betrouwbaarheid;

/// <summary>One way in: a method, a route as the application registered it, and for a Razor page the handler.</summary>
public sealed record Eindpunt(string Methode, string Route, string? Handler)
{
    /// <summary>How the expectation tables name it, e.g. <c>POST /beheer/gebruikers/{id:int}?handler=Opslaan</c>.</summary>
    public string Sleutel => Handler is null ? $"{Methode} {Route}" : $"{Methode} {Route}?handler={Handler}";
}

/// <summary>Every route and every write handler of the running site, read from its own endpoint list (Razor pages with
/// their handlers, minimal APIs, health, the jobs dashboard), so a route added later is in every test built on this
/// list without anyone adding it by hand.</summary>
internal static class Eindpunten
{
    public static async Task<IReadOnlyList<Eindpunt>> AllemaalAsync(IServiceProvider services)
    {
        var bron = services.GetRequiredService<EndpointDataSource>();
        var laden = services.GetRequiredService<PageLoader>();
        var gevonden = new SortedDictionary<string, Eindpunt>(StringComparer.Ordinal);
        foreach (var endpoint in bron.Endpoints.OfType<RouteEndpoint>())
        {
            var route = Normaal(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } pagina)
            {
                // A page answers GET even without OnGet; named handlers (a CSV export, a post) only when the page has them.
                Voeg(new("GET", route, null));
                var geladen = await laden.LoadAsync(pagina, endpoint.Metadata);
                foreach (var handler in geladen.HandlerMethods.Where(h => h.Name is not null || h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
                {
                    Voeg(new(handler.HttpMethod.ToUpperInvariant(), route, handler.Name));
                }

                continue;
            }

            var methoden = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            // An endpoint without methods (health, the dashboard) takes any method: check reading and writing.
            foreach (var methode in methoden is null or { Count: 0 } ? ["GET", "POST"] : methoden.Where(m => m is not "HEAD" and not "OPTIONS"))
            {
                Voeg(new(methode, route, null));
            }
        }

        return [.. gevonden.Values];

        void Voeg(Eindpunt e) => gevonden.TryAdd(e.Sleutel, e);
    }

    /// <summary>Razor lists an Index page twice ("nieuwsbrief" and "nieuwsbrief/Index"); the short form is the one linked.</summary>
    private static string Normaal(string route)
    {
        var pad = "/" + route.Trim('/');
        if (pad.EndsWith("/Index", StringComparison.OrdinalIgnoreCase))
        {
            pad = pad[..^"/Index".Length];
        }

        // Lowercase like the links the site writes (RouteOptions.LowercaseUrls); a template with parameters stays as written.
        return pad.Length == 0 ? "/" : pad.Contains('{', StringComparison.Ordinal) ? pad : pad.ToLowerInvariant();
    }

    /// <summary>True for an answer that refuses: the sign-in page, "geen toegang", the two-step setup, 401, 403, 404,
    /// or 405 from a page that takes no post at all.</summary>
    public static bool Geweigerd(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return true;
        }

        var naar = response.Headers.Location is { } l ? new Uri(new Uri("http://localhost"), l).AbsolutePath : null;
        return (int)response.StatusCode is >= 300 and < 400 && naar is not null
            && (naar.StartsWith("/inloggen", StringComparison.OrdinalIgnoreCase) || naar.StartsWith("/geen-toegang", StringComparison.OrdinalIgnoreCase)
                || naar.StartsWith("/beheer/account/tweestaps", StringComparison.OrdinalIgnoreCase));
    }

    public static bool Toegestaan(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 200 and < 400 && !Geweigerd(response);

    /// <summary>Fills a route template: each value in <paramref name="waarden"/> by parameter name; constraints and
    /// optional markers go, a catch-all without a value becomes empty.</summary>
    public static string Vul(string route, Func<string, string?> waarde)
    {
        var uit = System.Text.RegularExpressions.Regex.Replace(route, @"\{\*{0,2}([A-Za-z]+)[^}]*\}", m =>
            waarde(m.Groups[1].Value) ?? "");
        uit = System.Text.RegularExpressions.Regex.Replace(uit, "/{2,}", "/");
        return uit.Length > 1 ? uit.TrimEnd('/') : uit;
    }

    public static void GeenServerfout(HttpResponseMessage response, string wat)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode < 500, $"{wat} gaf {(int)response.StatusCode}.");
    }
}
