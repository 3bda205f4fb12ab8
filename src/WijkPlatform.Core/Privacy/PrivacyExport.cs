using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Core.Privacy;

public sealed record ExportBestand(string Naam, string ContentType, byte[] Inhoud);

/// <summary>The copy a resident gets of their data (AVG art. 15 and 20): one indented UTF-8 JSON file, each part with a
/// short Dutch explanation of what it is and how long it is kept; with the person's uploaded files it becomes a zip.</summary>
public sealed class PrivacyExport(WijkDbContext db, BijlagenOpslag opslag, TimeProvider clock, IOptions<AanmeldOptions> aanmelden,
    IOptions<InitiatiefOptions> initiatief, IOptions<NieuwsbriefOptions> nieuwsbrief)
{
    public const string Actie = "privacy.export";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<ExportBestand> MaakEnLogAsync(PrivacyOverzicht overzicht, Beheerder wie, string verzoek, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        var nu = clock.GetUtcNow().UtcDateTime;
        var bestand = Maak(overzicht, verzoek, nu);
        db.Schrijf(wie, Actie, PrivacyVerzoek.Onderwerp(verzoek), $"export op {overzicht.Zoekterm.SoortNaam}: {overzicht.AantallenTekst}", nu);
        await db.SaveChangesAsync(cancellationToken);
        return bestand;
    }

    public ExportBestand Maak(PrivacyOverzicht overzicht, string verzoek, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        var naam = $"privacy-export-{Agenda.Tijd.Lokaal(nuUtc):yyyyMMdd}";
        var json = JsonSerializer.SerializeToUtf8Bytes(Inhoud(overzicht, verzoek, nuUtc), Json);
        var bijlagen = overzicht.Initiatieven.SelectMany(i => i.Bijlagen.Select(b => (i.Kenmerk, Bijlage: b))).ToList();
        if (bijlagen.Count == 0)
        {
            return new ExportBestand($"{naam}.json", "application/json", json);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var doel = zip.CreateEntry($"{naam}.json").Open())
            {
                doel.Write(json);
            }

            foreach (var (kenmerk, bijlage) in bijlagen)
            {
                using var bron = opslag.Open(bijlage.Opslag);
                if (bron is null)
                {
                    continue;
                }

                using var doel = zip.CreateEntry($"bijlagen/{kenmerk}/{bijlage.Id}-{bijlage.Naam}").Open();
                bron.CopyTo(doel);
            }
        }

        return new ExportBestand($"{naam}.zip", "application/zip", buffer.ToArray());
    }

    private object Inhoud(PrivacyOverzicht o, string verzoek, DateTime nu) => new
    {
        uitleg = "Dit bestand bevat alle gegevens die het wijkplatform over u bewaart, gevonden op het "
            + $"{o.Zoekterm.SoortNaam} hieronder. Elk onderdeel zegt wat het is en hoe lang we het bewaren. Vragen? Noem het verzoeknummer.",
        verzoeknummer = verzoek,
        gemaaktOp = nu,
        gezochtOp = new { soort = o.Zoekterm.SoortNaam, waarde = o.Zoekterm.Weergave },
        aanmeldingen = Deel(
            "Uw aanmeldingen voor activiteiten: voor welke activiteit, wanneer, met hoeveel personen, en de gegevens die u gaf.",
            $"Naam, e-mail, telefoon en opmerking wissen we {aanmelden.Value.BewaarDagen} dagen na de activiteit. Het aantal aanmeldingen blijft, zonder uw gegevens.",
            o.Aanmeldingen.Select(a => new
            {
                activiteit = a.Activiteit,
                datum = a.StartUtc,
                status = a.Status,
                personen = a.Personen,
                aanwezig = a.Aanwezig,
                aangemeld = a.AangemeldUtc,
                afgemeld = a.AfgemeldUtc,
                naam = a.Naam,
                email = a.Email,
                telefoon = a.Telefoon,
                opmerking = a.Opmerking,
            })),
        initiatieven = Deel(
            "Uw aanvragen voor een bewonersinitiatief: uw contactgegevens, uw plan, de begroting, het verloop en de bijlagen (in de map bijlagen).",
            $"Uw gegevens wissen we {initiatief.Value.BewaarDagenNaAfsluiten} dagen na het afsluiten. Bedragen, wijk en besluit blijven, "
                + "want die horen bij de boekhouding van het wijkbudget. Een concept dat u niet verstuurde, verwijderen we na "
                + $"{initiatief.Value.ConceptBewaarDagen} dagen.",
            o.Initiatieven.Select(i => new
            {
                kenmerk = i.Kenmerk,
                wijk = i.Wijk,
                status = i.Status,
                aangemaakt = i.AangemaaktUtc,
                ingediend = i.IngediendUtc,
                gevraagdEuro = i.GevraagdInCenten / 100m,
                toegekendEuro = i.ToegekendInCenten / 100m,
                uitbetaaldEuro = i.UitbetaaldInCenten / 100m,
                naam = i.Naam,
                email = i.Email,
                telefoon = i.Telefoon,
                postcode = i.Postcode,
                huisnummer = i.Huisnummer,
                teksten = i.Teksten,
                verloop = i.Tijdlijn.Select(g => new { tijd = g.TijdUtc, soort = g.Soort, door = g.Door, tekst = g.Tekst, intern = g.Intern ? true : (bool?)null }),
                bijlagen = i.Bijlagen.Select(b => new { bestand = $"bijlagen/{i.Kenmerk}/{b.Id}-{b.Naam}", soort = b.Soort, type = b.ContentType, bytes = b.Grootte, geupload = b.GeuploadUtc }),
            })),
        nieuwsbrief = Deel(
            "Uw aanmeldingen voor de nieuwsbrief van een wijk.",
            $"Zolang u de nieuwsbrief krijgt. Een aanmelding die u niet bevestigde, wissen we na {nieuwsbrief.Value.OnbevestigdBewaarDagen} dagen; "
                + $"na afmelden wissen we uw adres na {nieuwsbrief.Value.AfgemeldBewaarDagen} dagen.",
            o.Abonnementen.Select(a => new { wijk = a.Wijk, status = a.Status, aangevraagd = a.AangevraagdUtc, bevestigd = a.BevestigdUtc, afgemeld = a.AfgemeldUtc })),
        accounts = Deel(
            "Uw account om in te loggen: naam, e-mail, telefoon, rollen, collectieven en wijken. Wachtwoord en inlogcodes staan hier niet in: die bewaren we alleen versleuteld.",
            "Zolang het account bestaat. Daarna maken we het anoniem; wat u deed blijft in het logboek met uw naam, voor de verantwoording.",
            o.Accounts.Select(a => new
            {
                email = a.Email,
                naam = a.Naam,
                telefoon = a.Telefoon,
                rollen = a.Rollen,
                collectieven = a.Collectieven,
                wijken = a.Wijken,
                aangemaakt = a.AangemaaktUtc,
                laatstIngelogd = a.LaatstIngelogdUtc,
                uitgeschakeld = a.UitgeschakeldUtc,
                tweeStappen = a.TweeStapsAan,
            })),
        mails = Deel(
            "E-mails aan u, of over u aan het wijkteam, die nog verstuurd moeten worden of kort bewaard zijn.",
            $"We wissen mails {aanmelden.Value.BewaarDagen} dagen nadat ze gemaakt zijn.",
            o.Mails.Select(m => new { soort = m.Soort, aanU = m.AanDezePersoon, onderwerp = m.Onderwerp, tekst = m.AanDezePersoon ? m.Tekst : null, gemaakt = m.AangemaaktUtc, verzonden = m.VerzondenUtc })),
        meldingen = Deel(
            "Meldingen die u deed over een activiteit die niet in orde leek.",
            "Uw e-mailadres wissen we zodra de redactie de melding heeft afgehandeld.",
            o.Meldingen.Select(m => new { activiteit = m.Activiteit, tijd = m.TijdUtc, reden = m.Reden, afgehandeld = m.AfgehandeldUtc })),
        vermeldingen = Deel(
            "Plaatsen waar iemand anders uw e-mailadres of telefoonnummer opschreef, zoals in een opmerking. Alleen de woorden eromheen staan hier.",
            "Zo lang als het gegeven waar het in staat.",
            o.Vermeldingen.Select(v => new { waar = v.Tabel, veld = v.Veld, fragment = v.Fragment })),
        openbareContactgegevens = Deel(
            "Plaatsen waar uw gegevens als openbaar contactpunt op de website staan (een activiteit, organisatie, wijkteam of cliëntondersteuner).",
            "Zolang het contactpunt op de website staat. De redactie past dit aan als u dat vraagt.",
            o.Openbaar.Select(c => new { soort = c.Soort, naam = c.Naam, veld = c.Veld })),
    };

    private static object Deel<T>(string wat, string bewaartermijn, IEnumerable<T> gegevens)
    {
        var lijst = gegevens.ToList();
        return new { wat, bewaartermijn, aantal = lijst.Count, gegevens = lijst };
    }
}
