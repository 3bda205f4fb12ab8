using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Privacy;
using WijkPlatform.Web.Tests.Aanmelden;
using WijkPlatform.Web.Tests.Initiatieven;
using WijkPlatform.Web.Tests.Nieuwsbrief;
using static WijkPlatform.Web.Tests.Privacy.PrivacyHulp;

namespace WijkPlatform.Web.Tests.Privacy;

/// <summary>One person's address and number put into every table through the site's own forms, then found, exported
/// and erased, after which no text column anywhere holds them and the counts and money are unchanged.</summary>
public sealed class PrivacyWissenTests(AanvraagApp app) : IClassFixture<AanvraagApp>
{
    private const string Koken = "koken-met-kinderen";

    [Fact]
    public async Task ZoekenExporterenWissen_PersoonInElkeTabel_NergensMeerTerwijlTellingenEnGeldBlijven()
    {
        var email = $"privacy-{Guid.NewGuid():N}@example.nl";
        var nummer = NieuwNummer();
        var zaak = await ZetOveralAsync(email, nummer);
        var vooraf = await app.MetDbAsync(db => OveralAsync(db, email, nummer));
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var zoekHtml = await (await ZoekAsync(beheer, email.ToUpperInvariant())).Content.ReadAsStringAsync(Ct);
        var telefoonHtml = await (await ZoekAsync(beheer, $"+31 (0){nummer[1..]}")).Content.ReadAsStringAsync(Ct);
        var verzoek = System.Text.RegularExpressions.Regex.Match(zoekHtml, "AVG-[0-9]{8}-[A-Z2-9]{6}").Value;
        var export = await ExportAsync(beheer, email, verzoek);
        var exportBytes = await export.Content.ReadAsByteArrayAsync(Ct);
        var bevestig = await (await BevestigAsync(beheer, email, verzoek)).Content.ReadAsStringAsync(Ct);
        var zonderVinkje = await (await WisAsync(beheer, email, verzoek, akkoord: false)).Content.ReadAsStringAsync(Ct);
        var gewist = await (await WisAsync(beheer, email, verzoek)).Content.ReadAsStringAsync(Ct);
        var gewistTelefoon = await (await WisAsync(beheer, nummer)).Content.ReadAsStringAsync(Ct);

        foreach (var kop in new[] { "Aanmeldingen voor activiteiten (1)", "Aanvragen bewonersinitiatief (1)", "Nieuwsbrief (1)", "Accounts (1)",
            "Meldingen van ongepaste activiteiten (1)", "Genoemd in teksten van anderen (1)" })
        {
            Assert.Contains(kop, zoekHtml, StringComparison.Ordinal);
        }

        Assert.Contains("E-mails in de wachtrij of kort bewaard (", zoekHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("E-mails in de wachtrij of kort bewaard (0)", zoekHtml, StringComparison.Ordinal);
        Assert.Contains("Aanmeldingen voor activiteiten (1)", telefoonHtml, StringComparison.Ordinal);
        Assert.Contains("Aanvragen bewonersinitiatief (1)", telefoonHtml, StringComparison.Ordinal);
        Assert.Contains("Accounts (1)", telefoonHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(email, zoekHtml.Replace($"value=\"{email.ToUpperInvariant()}\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("privacy-export-", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(exportBytes)))
        {
            var jsonDeel = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".json", StringComparison.Ordinal));
            using var json = await JsonDocument.ParseAsync(jsonDeel.Open(), cancellationToken: Ct);
            var root = json.RootElement;
            Assert.Equal(verzoek, root.GetProperty("verzoeknummer").GetString());
            foreach (var deel in new[] { "aanmeldingen", "initiatieven", "nieuwsbrief", "accounts", "mails", "meldingen", "vermeldingen" })
            {
                Assert.True(root.GetProperty(deel).GetProperty("aantal").GetInt32() >= 1, deel);
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(deel).GetProperty("bewaartermijn").GetString()), deel);
            }

            Assert.Equal(email, root.GetProperty("aanmeldingen").GetProperty("gegevens")[0].GetProperty("email").GetString(), ignoreCase: true);
            Assert.Equal("DeelsToegekend", root.GetProperty("initiatieven").GetProperty("gegevens")[0].GetProperty("status").GetString());
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("bijlagen/", StringComparison.Ordinal) && e.FullName.EndsWith(".pdf", StringComparison.Ordinal));
        }

        Assert.Contains("Dit gaat weg", bevestig, StringComparison.Ordinal);
        Assert.Contains("Dit blijft", bevestig, StringComparison.Ordinal);
        Assert.Contains("Zet een vinkje", zonderVinkje, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", zonderVinkje.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title>Fout:", zonderVinkje, StringComparison.Ordinal);
        Assert.Contains("Gewist", gewist, StringComparison.Ordinal);
        Assert.Contains("Er was niets meer te wissen", gewistTelefoon, StringComparison.Ordinal);

        // The scan itself must see the data it is meant to miss afterwards.
        foreach (var kolom in new[] { "Aanmeldingen.Email", "Aanmeldingen.Telefoon", "Aanmeldingen.Opmerking", "Initiatieven.Email", "Initiatieven.Telefoon",
            "Initiatieven.Motivering", "NieuwsbriefAbonnementen.Email", "Gebruikers.Email", "Gebruikers.NormalizedEmail", "Gebruikers.Telefoon",
            "Outbox.Aan", "Meldingen.Email" })
        {
            Assert.Contains(vooraf, v => v.StartsWith(kolom + ":", StringComparison.Ordinal));
        }

        var overal = await app.MetDbAsync(db => OveralAsync(db, email, nummer));
        Assert.True(overal.Count == 0, "Nog gevonden:\n" + string.Join('\n', overal));
        Assert.False(File.Exists(Path.Combine(app.BijlagenMap, zaak.Bijlage)));

        var na = await StandAsync(zaak);
        Assert.Equal(zaak.Voor, na);
        var account = await app.MetDbAsync(db => db.Gebruikers.AsNoTracking().Include(g => g.Rollen).Include(g => g.Lidmaatschappen).Include(g => g.Wijken)
            .Include(g => g.Tokens).SingleAsync(g => g.Id == zaak.GebruikerId, Ct));
        Assert.Equal(PrivacyWissen.VerwijderdAccount, account.Naam);
        Assert.NotNull(account.UitgeschakeldUtc);
        Assert.Null(account.WachtwoordHash);
        Assert.Empty(account.Rollen);
        Assert.Empty(account.Lidmaatschappen);
        Assert.Empty(account.Wijken);
        Assert.Empty(account.Tokens);
        Assert.EndsWith(PrivacyWissen.PlaatsvervangerDomein, account.Email, StringComparison.Ordinal);

        var audit = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().Where(r => r.Actie.StartsWith("privacy.")).ToListAsync(Ct));
        var dezeZaak = audit.Where(r => r.Onderwerp == PrivacyVerzoek.Onderwerp(verzoek)).Select(r => r.Actie).ToList();
        Assert.Contains(PrivacyZoeken.ZoekActie, dezeZaak);
        Assert.Contains(PrivacyExport.Actie, dezeZaak);
        Assert.Contains(PrivacyWissen.Actie, dezeZaak);
        Assert.Contains(audit, r => r.Actie == PrivacyWissen.Actie && r.Details!.Contains("aanmeldingen 1", StringComparison.Ordinal));
    }

    private sealed record Zaak(string Email, int InitiatiefId, int GebruikerId, DateTime Start, string Bijlage, Stand Voor);

    private sealed record Stand(int Aanmeldingen, int Personen, int Aanwezig, long Gevraagd, long? Toegekend, string Boekingen, int Initiatieven,
        InitiatiefStatus Status, int? WijkId);

    /// <summary>Sign-up, someone else's remark, initiatief request with attachment and grant, newsletter, invited
    /// account with phone, role, wijk and token, and a report: each by the form a person uses where there is one.</summary>
    private async Task<Zaak> ZetOveralAsync(string email, string nummer)
    {
        var start = await AanmeldHulp.DatumAsync(app, Koken, Random.Shared.Next(0, 6));
        using var bewoner = app.MaakClient();
        var aanmelding = await WijkApp.PostFormAsync(bewoner, $"/activiteiten/{Koken}/aanmelden",
            AanmeldHulp.Formulier(start, "Pim Privé", email.ToUpperInvariant(), $"{nummer[..2]}-{nummer[2..6]} {nummer[6..]}", personen: 2, opmerking: "Ik neem mijn zoon mee."));
        Assert.Equal(HttpStatusCode.Redirect, aanmelding.StatusCode);
        var ander = await WijkApp.PostFormAsync(app.MaakClient(), $"/activiteiten/{Koken}/aanmelden",
            AanmeldHulp.Formulier(start, "Buurvrouw", $"buur-{Guid.NewGuid():N}@example.nl", opmerking: $"Ik kom samen met Pim ({email})."));
        Assert.Equal(HttpStatusCode.Redirect, ander.StatusCode);
        await app.MetDbAsync(db => db.Aanmeldingen.Where(a => a.Activiteit!.Slug == Koken && a.StartUtc == start && a.Naam == "Pim Privé")
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Aanwezig, true), Ct));

        using var aanvrager = app.MaakClient();
        var contact = AanvraagHulp.Contact(email, naam: "Pim Privé");
        contact["Input.Telefoon"] = $"+31 6 {nummer[2..]}";
        var stap1 = await AanvraagHulp.StapAsync(aanvrager, null, 1, contact);
        var sleutel = stap1.Headers.Location!.OriginalString.Split('/')[3];
        await AanvraagHulp.VulInAsync(aanvrager, sleutel);
        Assert.Equal(HttpStatusCode.Redirect, (await AanvraagHulp.UploadAsync(aanvrager, sleutel, ("begroting-pim.pdf", AanvraagHulp.Pdf, "application/pdf"))).StatusCode);
        await AanvraagHulp.VerstuurAsync(aanvrager, sleutel);
        var initiatief = await app.MetDbAsync(db => db.Initiatieven.AsNoTracking().Include(i => i.Bijlagen).SingleAsync(i => i.Email == email, Ct));
        Assert.NotEqual(InitiatiefStatus.Concept, initiatief.Status);
        if (initiatief.WijkId is not null)
        {
            await InitiatiefHulp.StapAsync(app, InitiatiefHulp.BeheerEmail, (s, w) => s.NeemInBehandelingAsync(w, initiatief.Id, Ct));
            Assert.True((await InitiatiefHulp.StapAsync(app, InitiatiefHulp.BeheerEmail,
                (s, w) => s.BeslisAsync(w, initiatief.Id, Beslissing.Toekennen, 10_000, $"Goed plan. Afgestemd met {email}.", Ct))).IsGelukt);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await NieuwsbriefHulp.SchrijfInAsync(app, email, "ruwaard")).StatusCode);

        using var lid = await app.IngelogdAsync("lid.wijkraad@example.nl");
        var wijkraad = await app.MetDbAsync(db => db.Organisaties.Where(o => o.Slug == "wijkraad-ruwaard").Select(o => o.Id).SingleAsync(Ct));
        var uitnodiging = await WijkApp.PostFormAsync(lid, "/beheer/leden?handler=Uitnodigen", new Dictionary<string, string>
        {
            ["Input.OrganisatieId"] = wijkraad.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Naam"] = "Pim Privé",
            ["Input.Email"] = email,
        }, formulierPagina: "/beheer/leden");
        Assert.Equal(HttpStatusCode.OK, uitnodiging.StatusCode);
        var gebruikerId = await app.MetDbAsync(async db =>
        {
            var g = await db.Gebruikers.SingleAsync(x => x.Email == email, Ct);
            g.Telefoon = $"0031 6 {nummer[2..]}";
            var rol = await db.Rollen.SingleAsync(r => r.Naam == Rollen.Wijkteam, Ct);
            g.Rollen.Add(new GebruikerRol { RolId = rol.Id });
            g.Wijken.Add(new WijkBinding { WijkId = await db.Wijken.Where(w => w.Slug == "ruwaard").Select(w => w.Id).SingleAsync(Ct) });
            g.Tokens.Add(new GebruikerToken { Aanbieder = "[AspNetUserStore]", Naam = "AuthenticatorKey", Waarde = "GEHEIMGEHEIMGEHEIM" });
            await db.SaveChangesAsync(Ct);
            return g.Id;
        });

        var melding = await WijkApp.PostFormAsync(app.MaakClient(), $"/activiteiten/{Koken}/melden", new Dictionary<string, string>
        {
            ["Reden"] = "Dit lijkt me geen activiteit voor kinderen.",
            ["Email"] = email,
            ["Website"] = "",
        });
        Assert.True(melding.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"Melden gaf {(int)melding.StatusCode}");
        Assert.True(await app.MetDbAsync(db => db.Meldingen.AnyAsync(m => m.Email == email, Ct)), "De melding is niet bewaard.");
        Assert.True(await app.MetDbAsync(db => db.Outbox.AnyAsync(m => m.Aan == email, Ct)), "Er staat geen mail aan de persoon klaar.");

        var zaak = new Zaak(email, initiatief.Id, gebruikerId, start, initiatief.Bijlagen.Single().Opslag, default!);
        Assert.True(File.Exists(Path.Combine(app.BijlagenMap, zaak.Bijlage)));
        return zaak with { Voor = await StandAsync(zaak) };
    }

    private Task<Stand> StandAsync(Zaak zaak) => app.MetDbAsync(async db =>
    {
        var aanmeldingen = await db.Aanmeldingen.AsNoTracking().Where(a => a.Activiteit!.Slug == Koken && a.StartUtc == zaak.Start).ToListAsync(Ct);
        var i = await db.Initiatieven.AsNoTracking().Include(x => x.Begroting).SingleAsync(x => x.Id == zaak.InitiatiefId, Ct);
        var boekingen = await db.BudgetBoekingen.AsNoTracking().Where(b => b.InitiatiefId == zaak.InitiatiefId).OrderBy(b => b.Id)
            .Select(b => $"{b.Soort}:{b.BedragInCenten}:{b.WijkId}:{b.Jaar}").ToListAsync(Ct);
        return new Stand(aanmeldingen.Count, aanmeldingen.Sum(a => a.Personen), aanmeldingen.Count(a => a.Aanwezig == true), i.GevraagdInCenten,
            i.ToegekendBedragInCenten, string.Join(";", boekingen), await db.Initiatieven.CountAsync(Ct), i.Status, i.WijkId);
    });
}
