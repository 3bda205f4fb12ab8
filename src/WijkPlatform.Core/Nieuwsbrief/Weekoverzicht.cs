using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Nieuwsbrief;

/// <summary>The weekly nieuwsbrief. From <see cref="NieuwsbriefOptions.Dag"/> at <see cref="NieuwsbriefOptions.Uur"/>
/// (Dutch time) each wijk with active subscribers gets one digest of the next week: its activities, the opening hours of
/// its walk-in places and the news of the last seven days. Safe to call as often as wanted: the row in
/// <see cref="NieuwsbriefVerzending"/> (unique per wijk and week) is the claim, inserted in the same transaction as the
/// mails, so a repeated run, or a run on another server, finds it taken and sends nothing.</summary>
public sealed class Weekoverzicht(WijkDbContext db, TimeProvider clock, IOptions<NieuwsbriefOptions> options, NieuwsbriefMails mails,
    IOutboxSignaal signaal, ILogger<Weekoverzicht> logger)
{
    /// <summary>More lines than this make a mail nobody reads to the end; the link to the agenda shows the rest.</summary>
    public const int MaxActiviteiten = 40;

    public sealed record Resultaat(int Wijken, int Mails);

    public sealed record Inhoud(
        string Wijk,
        string WijkSlug,
        DateOnly Week,
        IReadOnlyList<Dag> Dagen,
        int NietGetoond,
        IReadOnlyList<Inloopplek> Inloop,
        IReadOnlyList<Bericht> Nieuws)
    {
        public bool IsLeeg => Dagen.Count == 0 && Inloop.Count == 0 && Nieuws.Count == 0;
    }

    public sealed record Dag(DateOnly Datum, IReadOnlyList<Activiteit> Activiteiten);

    public sealed record Activiteit(string Slug, string Titel, string? Locatie, DateTime StartUtc, DateTime EindUtc, string? Toelichting);

    /// <summary>A walk-in place with its opening hours of the week in one line, such as "maandag en dinsdag 10:00–16:00".</summary>
    public sealed record Inloopplek(string Titel, string? Locatie, string Open);

    public sealed record Bericht(string Slug, string Titel, string? Samenvatting);

    /// <summary>The Monday of the week the next digest is about, from its moment until that week begins; null outside.</summary>
    public DateOnly? TeMakenWeek(DateTime nuUtc)
    {
        var vandaag = DateOnly.FromDateTime(Tijd.Lokaal(nuUtc));
        var dag = vandaag.AddDays(-(((int)vandaag.DayOfWeek - (int)options.Value.Dag + 7) % 7));
        var moment = Herhaling.NaarUtc(dag.ToDateTime(new TimeOnly(options.Value.Uur, 0)));
        if (nuUtc < moment)
        {
            return null;
        }

        var totMaandag = ((int)DayOfWeek.Monday - (int)dag.DayOfWeek + 7) % 7;
        var week = dag.AddDays(totMaandag == 0 ? 7 : totMaandag);
        // A run that catches up after the week began is too late: a digest of a week half gone helps nobody.
        return nuUtc < Herhaling.NaarUtc(week.ToDateTime(TimeOnly.MinValue)) ? week : null;
    }

    public async Task<Resultaat> VerstuurAsync(CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        if (TeMakenWeek(nu) is not { } week)
        {
            return new(0, 0);
        }

        var wijken = await db.NieuwsbriefAbonnementen.AsNoTracking()
            .Where(a => a.Status == AbonnementStatus.Actief
                && !db.NieuwsbriefVerzendingen.Any(v => v.WijkId == a.WijkId && v.Week == week))
            .Select(a => a.WijkId).Distinct()
            .ToListAsync(cancellationToken);

        var gemaakt = 0;
        var verstuurd = 0;
        foreach (var wijkId in wijken.Order())
        {
            if (await MaakAsync(wijkId, week, nu, cancellationToken) is { } aantal)
            {
                gemaakt++;
                verstuurd += aantal;
            }
        }

        if (verstuurd > 0)
        {
            signaal.NieuweBerichten();
        }

        if (gemaakt > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Nieuwsbrief voor de week van {Week}: {Wijken} wijken, {Mails} mails.", week, gemaakt, verstuurd);
        }

        return new(gemaakt, verstuurd);
    }

    /// <summary>What the digest of one wijk says for the week that starts on <paramref name="week"/> (a Monday), as it is
    /// at <paramref name="nuUtc"/>.</summary>
    public async Task<Inhoud> InhoudAsync(int wijkId, DateOnly week, DateTime nuUtc, CancellationToken cancellationToken)
    {
        var wijk = await db.Wijken.AsNoTracking().Where(w => w.Id == wijkId).Select(w => new { w.Naam, w.Slug }).SingleAsync(cancellationToken);
        var van = Herhaling.NaarUtc(week.ToDateTime(TimeOnly.MinValue));
        var tot = Herhaling.NaarUtc(week.AddDays(7).ToDateTime(TimeOnly.MinValue));
        var voorkomens = await db.Voorkomens.AsNoTracking()
            .Where(v => v.Activiteit!.WijkId == wijkId && v.Activiteit.Status == ActiviteitStatus.Gepubliceerd && !v.Afgelast
                && v.StartUtc >= van && v.StartUtc < tot)
            .OrderBy(v => v.StartUtc).ThenBy(v => v.Activiteit!.Titel).ThenBy(v => v.Id)
            .Select(v => new
            {
                v.ActiviteitId,
                v.Activiteit!.Slug,
                v.Activiteit.Titel,
                Locatie = v.Activiteit.Locatie == null ? null : v.Activiteit.Locatie.Naam,
                v.Activiteit.Categorie!.IsDagontmoeting,
                v.StartUtc,
                v.EindUtc,
                v.Toelichting,
            })
            .ToListAsync(cancellationToken);

        var activiteiten = voorkomens.Where(v => !v.IsDagontmoeting)
            .Select(v => new Activiteit(v.Slug, v.Titel, v.Locatie, AgendaQueries.Utc(v.StartUtc), AgendaQueries.Utc(v.EindUtc), v.Toelichting))
            .ToList();
        var dagen = activiteiten.Take(MaxActiviteiten)
            .GroupBy(a => DateOnly.FromDateTime(Tijd.Lokaal(a.StartUtc)))
            .Select(d => new Dag(d.Key, d.ToList()))
            .ToList();
        var inloop = voorkomens.Where(v => v.IsDagontmoeting)
            .GroupBy(v => new { v.ActiviteitId, v.Titel, v.Locatie })
            .Select(p => new Inloopplek(p.Key.Titel, p.Key.Locatie, Openingstijden(p.Select(v => (AgendaQueries.Utc(v.StartUtc), AgendaQueries.Utc(v.EindUtc))))))
            .ToList();

        var sinds = nuUtc.AddDays(-7);
        var nieuws = await db.Paginas.AsNoTracking()
            .Where(Pagina.Zichtbaar(nuUtc))
            .Where(p => p.Soort == PaginaSoort.Nieuws && (p.WijkId == null || p.WijkId == wijkId))
            .Select(p => new { p.Slug, p.Titel, p.Samenvatting, Vanaf = p.GepubliceerdUtc ?? p.PublicerenVanafUtc })
            .Where(p => p.Vanaf != null && p.Vanaf >= sinds && p.Vanaf <= nuUtc)
            .OrderByDescending(p => p.Vanaf).ThenBy(p => p.Titel)
            .Take(10)
            .ToListAsync(cancellationToken);

        return new Inhoud(wijk.Naam, wijk.Slug, week, dagen, Math.Max(0, activiteiten.Count - MaxActiviteiten), inloop,
            nieuws.Select(n => new Bericht(n.Slug, n.Titel, n.Samenvatting)).ToList());
    }

    /// <summary>Null when the claim was already taken; otherwise the number of mails.</summary>
    private async Task<int?> MaakAsync(int wijkId, DateOnly week, DateTime nu, CancellationToken cancellationToken)
    {
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var verzending = new NieuwsbriefVerzending { WijkId = wijkId, Week = week, AangemaaktUtc = nu };
        db.NieuwsbriefVerzendingen.Add(verzending);
        try
        {
            // On PostgreSQL a second server's insert waits here until the first commits, then fails on the unique key;
            // if the first rolled back, the second's insert goes through and it makes the digest instead.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transactie.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }

        var inhoud = await InhoudAsync(wijkId, week, nu, cancellationToken);
        var aantal = 0;
        if (!inhoud.IsLeeg)
        {
            var abonnees = await db.NieuwsbriefAbonnementen.AsNoTracking()
                .Where(a => a.WijkId == wijkId && a.Status == AbonnementStatus.Actief)
                .OrderBy(a => a.Id)
                .Select(a => new { a.Email, a.AfmeldCode })
                .ToListAsync(cancellationToken);
            foreach (var abonnee in abonnees)
            {
                db.Outbox.Add(OutboxBericht.Nieuw(NieuwsbriefRegels.Soort, abonnee.Email, null, mails.Weekoverzicht(inhoud, abonnee.AfmeldCode), nu));
            }

            aantal = abonnees.Count;
        }

        verzending.Ontvangers = aantal;
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return aantal;
    }

    /// <summary>Days with the same hours share one part: "maandag, dinsdag en donderdag 10:00–16:00; vrijdag 10:00–12:00".</summary>
    private static string Openingstijden(IEnumerable<(DateTime Start, DateTime Eind)> tijden)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var perTijd = tijden
            .GroupBy(t => DateOnly.FromDateTime(Tijd.Lokaal(t.Start)))
            .Select(d => (Dag: d.Key, Uren: string.Join(" en ", d.OrderBy(t => t.Start).Select(t => Tijd.VanTot(t.Start, t.Eind)))))
            .GroupBy(d => d.Uren)
            .OrderBy(g => g.Min(d => d.Dag));
        return string.Join("; ", perTijd.Select(g =>
            $"{NieuwsbriefMails.Opsomming(g.OrderBy(d => d.Dag).Select(d => d.Dag.ToString("dddd", nl)).ToList())} {g.Key} uur"));
    }
}
