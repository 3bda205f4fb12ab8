using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Aanmelden;

/// <summary>Takes a sign-up that goes through without the Razor Pages pipeline: the same antiforgery check, the same
/// checks on the input (its attributes and <see cref="AanmeldInvoer.Controleer"/>), the same <see cref="MeldAan"/> and
/// the same redirect as <see cref="AanmeldenModel.OnPostAsync"/>. Anything else — a field that is missing, doubled or
/// not a number, a mistake in the input, a robot, a refusal — is left to the page, which shows the form with its
/// errors; that path stored nothing here, so the page may run it again. In a rush of sign-ups the page's filters,
/// model binding and result took about a third of each request's work (bench/results, ADR 23).</summary>
public static class SnelAanmelden
{
    private const string Pagina = "/Aanmelden/Aanmelden";
    private const string Voorvoegsel = "Input.";

    public static IApplicationBuilder UseSnelAanmelden(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsAanmelden(context) || !await AfgehandeldAsync(context))
            {
                await next(context);
            }
        });

    private static bool IsAanmelden(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.HasFormContentType
        && !context.Request.Query.ContainsKey("handler")
        && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is { ViewEnginePath: Pagina };

    private static async Task<bool> AfgehandeldAsync(HttpContext context)
    {
        var services = context.RequestServices;
        IFormCollection form;
        try
        {
            if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                return false;
            }

            // Read once; the page binds from the same parsed form when it takes over.
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            // A body that is not a readable form: the page answers it as it always did (400).
            return false;
        }

        if (Lees(form) is not { } invoer || context.GetRouteValue("slug") is not string slug)
        {
            return false;
        }

        var modelState = new ModelStateDictionary();
        invoer.Controleer(modelState, maxPersonen: int.MaxValue);
        if (!modelState.IsValid || !Validator.TryValidateObject(invoer, new ValidationContext(invoer), null, validateAllProperties: true))
        {
            return false;
        }

        var resultaat = await services.GetRequiredService<MeldAan.Handler>().HandleAsync(new MeldAan.Command(slug, invoer.StartUtc!.Value,
            invoer.Naam!, invoer.Email, invoer.Telefoon, invoer.Personen, invoer.Opmerking), context.RequestAborted);
        if (resultaat.Status is not (MeldAan.Status.Bevestigd or MeldAan.Status.Wachtlijst or MeldAan.Status.AlAangemeld))
        {
            // Refused without storing anything: the page asks again and explains the refusal next to the field.
            return false;
        }

        var waarden = AanmeldenModel.OntvangenWaarden(slug, resultaat.Gelegenheid!.StartUtc, resultaat.ToonPlaats,
            resultaat.WachtlijstPlaats, !string.IsNullOrWhiteSpace(invoer.Email));
        var adres = services.GetRequiredService<LinkGenerator>().GetPathByPage(context, "/Aanmelden/Ontvangen", values: waarden);
        if (adres is null)
        {
            throw new InvalidOperationException("De pagina Ontvangen heeft geen adres.");
        }

        context.Response.Redirect(adres);
        return true;
    }

    /// <summary>The input as model binding would give it, or null when a field is not what the form sends (then the page
    /// binds it and explains).</summary>
    private static AanmeldInvoer? Lees(IFormCollection form)
    {
        if (!Tekst(form, nameof(AanmeldInvoer.Start), out var start)
            || !Tekst(form, nameof(AanmeldInvoer.Naam), out var naam)
            || !Tekst(form, nameof(AanmeldInvoer.Email), out var email)
            || !Tekst(form, nameof(AanmeldInvoer.Telefoon), out var telefoon)
            || !Tekst(form, nameof(AanmeldInvoer.Opmerking), out var opmerking)
            || !Tekst(form, nameof(AanmeldInvoer.Website), out var website)
            || website is not null
            || !form.TryGetValue(Voorvoegsel + nameof(AanmeldInvoer.Personen), out var personenWaarde)
            || personenWaarde.Count != 1
            || !int.TryParse(personenWaarde[0], NumberStyles.None, CultureInfo.InvariantCulture, out var personen)
            || !form.TryGetValue(Voorvoegsel + nameof(AanmeldInvoer.Akkoord), out var akkoord)
            || akkoord.Count == 0
            || !bool.TryParse(akkoord[0], out var isAkkoord))
        {
            return null;
        }

        return new AanmeldInvoer
        {
            Start = start,
            Naam = naam,
            Email = email,
            Telefoon = telefoon,
            Personen = personen,
            Opmerking = opmerking,
            Akkoord = isAkkoord,
        };
    }

    /// <summary>At most one value; an empty one becomes null, as model binding does.</summary>
    private static bool Tekst(IFormCollection form, string veld, out string? waarde)
    {
        waarde = null;
        if (!form.TryGetValue(Voorvoegsel + veld, out StringValues waarden) || waarden.Count == 0)
        {
            return true;
        }

        if (waarden.Count > 1)
        {
            return false;
        }

        waarde = string.IsNullOrWhiteSpace(waarden[0]) ? null : waarden[0];
        return true;
    }
}
