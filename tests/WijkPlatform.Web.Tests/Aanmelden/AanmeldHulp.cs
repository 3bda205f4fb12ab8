using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>What sign-up tests share: a date to sign up for, a filled-in form, and what was stored.</summary>
internal static class AanmeldHulp
{
    /// <summary>The n-th (0-based) future date of an activity, so tests in one class each take a date of their own.</summary>
    public static Task<DateTime> DatumAsync(WijkApp app, string slug, int index = 0) => app.MetDbAsync(async db =>
    {
        var nu = app.Klok.Nu.UtcDateTime;
        var start = await db.Voorkomens.Where(v => v.Activiteit!.Slug == slug && v.StartUtc > nu)
            .OrderBy(v => v.StartUtc).Skip(index).Select(v => v.StartUtc).FirstAsync();
        return AgendaQueries.Utc(start);
    });

    public static Task ZetCapaciteitAsync(WijkApp app, string slug, int? capaciteit) => app.MetDbAsync(db =>
        db.Activiteiten.Where(a => a.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Capaciteit, capaciteit)));

    public static Dictionary<string, string> Formulier(DateTime start, string naam, string? email = null, string? telefoon = null,
        int personen = 1, string? opmerking = null) => new()
        {
            ["Input.Start"] = Tijd.Iso(start),
            ["Input.Naam"] = naam,
            ["Input.Email"] = email ?? "",
            ["Input.Telefoon"] = telefoon ?? "",
            ["Input.Personen"] = personen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Opmerking"] = opmerking ?? "",
            ["Input.Akkoord"] = "true",
            ["Input.Website"] = "",
        };

    public static Task<List<Aanmelding>> AanmeldingenAsync(WijkApp app, string slug, DateTime start) => app.MetDbAsync(db =>
        db.Aanmeldingen.AsNoTracking().Where(a => a.Activiteit!.Slug == slug && a.StartUtc == start).OrderBy(a => a.Id).ToListAsync());

    public static Task<List<Core.Mail.OutboxBericht>> MailsAanAsync(WijkApp app, string email) => app.MetDbAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.Aan == email).OrderBy(m => m.Id).ToListAsync());
}
