using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

internal static partial class NieuwsbriefHulp
{
    public const string OngeldigEmail = "Vul een e-mailadres in zoals naam@voorbeeld.nl.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string NieuwAdres(string naam) => $"{naam}-{Guid.NewGuid():N}@example.nl".ToLowerInvariant();

    public static Dictionary<string, string> Formulier(string email, params string[] wijken)
    {
        var velden = new Dictionary<string, string> { ["Input.Email"] = email };
        for (var i = 0; i < wijken.Length; i++)
        {
            // A form with several checkboxes of one name sends the name once per box; an index keeps them apart here.
            velden[$"Input.Wijken[{i}]"] = wijken[i];
        }

        return velden;
    }

    public static async Task<HttpResponseMessage> SchrijfInAsync(WijkApp app, string email, params string[] wijken)
    {
        using var client = app.MaakClient();
        return await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(email, wijken));
    }

    public static async Task<List<OutboxBericht>> MailsAsync(WijkApp app, string email, string soort) =>
        await app.MetDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Aan == email && m.Soort == soort).OrderBy(m => m.Id).ToListAsync(Ct));

    public static async Task<List<NieuwsbriefAbonnement>> AbonnementenAsync(WijkApp app, string email) =>
        await app.MetDbAsync(db => db.NieuwsbriefAbonnementen.AsNoTracking().Include(a => a.Wijk).Where(a => a.Email == email)
            .OrderBy(a => a.WijkId).ToListAsync(Ct));

    /// <summary>The path of the confirmation link in the newest confirmation mail to <paramref name="email"/>.</summary>
    public static async Task<string> BevestigPadAsync(WijkApp app, string email)
    {
        var mail = (await MailsAsync(app, email, NieuwsbriefRegels.SoortBevestigen))[^1];
        return new Uri(BevestigLink().Match(mail.Tekst).Value).AbsolutePath;
    }

    public static async Task BevestigAsync(WijkApp app, string email)
    {
        using var client = app.MaakClient();
        var pad = await BevestigPadAsync(app, email);
        var response = await WijkApp.PostFormAsync(client, pad, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je bent aangemeld", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Subscribes and confirms, as a resident does with the form and the mail; returns the unsubscribe path.</summary>
    public static async Task<string> AbonneeAsync(WijkApp app, string email, params string[] wijken)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SchrijfInAsync(app, email, wijken)).StatusCode);
        await BevestigAsync(app, email);
        var code = (await AbonnementenAsync(app, email)).First().AfmeldCode;
        return $"/nieuwsbrief/afmelden/{code}";
    }

    /// <summary>Runs the weekly job at <paramref name="nuUtc"/> in a scope of its own, as Hangfire does.</summary>
    public static async Task<Weekoverzicht.Resultaat> WeekoverzichtAsync(WijkApp app, DateTimeOffset nuUtc)
    {
        app.Klok.Nu = nuUtc;
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Weekoverzicht>().VerstuurAsync(Ct);
    }

    public static async Task<int> NieuwsAsync(WijkApp app, string titel, string? wijk, DateTime? gepubliceerdUtc,
        PaginaStatus status = PaginaStatus.Gepubliceerd, DateTime? vanafUtc = null, PaginaSoort soort = PaginaSoort.Nieuws) =>
        await app.MetDbAsync(async db =>
        {
            int? wijkId = wijk is null ? null : await db.Wijken.Where(w => w.Slug == wijk).Select(w => w.Id).SingleAsync(Ct);
            var pagina = new Pagina
            {
                Key = Guid.NewGuid(),
                Slug = $"nieuws-{Guid.NewGuid():N}",
                Soort = soort,
                Titel = titel,
                Samenvatting = $"Samenvatting van {titel}.",
                Inhoud = "Tekst.",
                Status = status,
                GepubliceerdUtc = gepubliceerdUtc,
                PublicerenVanafUtc = vanafUtc,
                WijkId = wijkId,
                Versie = 1,
            };
            db.Paginas.Add(pagina);
            await db.SaveChangesAsync(Ct);
            return pagina.Id;
        });

    [GeneratedRegex(@"https?://\S+/nieuwsbrief/bevestigen/[A-Za-z0-9_-]{43}")]
    private static partial Regex BevestigLink();
}
