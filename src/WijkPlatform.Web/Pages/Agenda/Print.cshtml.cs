using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Web.Pages.Agenda;

public sealed partial class PrintModel(AgendaQueries agenda, WijkenQueries wijken, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "week")]
    public string? Week { get; set; }

    [FromQuery(Name = "wijk")]
    public string? Wijk { get; set; }

    public DateOnly Maandag { get; private set; }
    public string? Fout { get; private set; }
    public string? WijkNaam { get; private set; }
    public IReadOnlyList<IGrouping<DateOnly, VoorkomenKaart>> PerDag { get; private set; } = [];
    public IReadOnlyList<WijkteamKaart> Wijkteams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var vandaag = DateOnly.FromDateTime(Herhaling.NaarLokaal(clock.GetUtcNow().UtcDateTime));
        Maandag = vandaag.AddDays(-(((int)vandaag.DayOfWeek + 6) % 7));
        if (!string.IsNullOrEmpty(Week))
        {
            var match = WeekPatroon().Match(Week);
            if (match.Success && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) is var nummer and >= 1
                && nummer <= ISOWeek.GetWeeksInYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)))
            {
                Maandag = DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), nummer, DayOfWeek.Monday));
            }
            else
            {
                Fout = "Deze week kennen we niet. Je ziet nu deze week. Schrijf een week zoals 2026-W49.";
            }
        }

        var actieveWijken = await wijken.ActieveWijkenAsync(cancellationToken);
        WijkNaam = actieveWijken.FirstOrDefault(w => w.Slug == Wijk)?.Naam;
        Wijkteams = (await wijken.WijkteamsAsync(cancellationToken)).Where(t => WijkNaam is null || t.Wijk == WijkNaam).ToList();
        var van = Herhaling.NaarUtc(Maandag.ToDateTime(TimeOnly.MinValue));
        var tot = Herhaling.NaarUtc(Maandag.AddDays(7).ToDateTime(TimeOnly.MinValue));
        var voorkomens = await agenda.VoorkomensAsync(van, tot, WijkNaam is null ? null : Wijk, cancellationToken);
        PerDag = voorkomens.Where(v => v.StartUtc >= van)
            .GroupBy(v => DateOnly.FromDateTime(Herhaling.NaarLokaal(v.StartUtc))).ToList();
    }

    public static string WeekCode(DateOnly maandag) =>
        $"{ISOWeek.GetYear(maandag.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(maandag.ToDateTime(TimeOnly.MinValue)):00}";

    [System.Text.RegularExpressions.GeneratedRegex("^(\\d{4})-W(\\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex WeekPatroon();
}
