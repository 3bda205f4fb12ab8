using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>What the audit log view filters on. Dates are days in Dutch time, both ends included.</summary>
public sealed record AuditFilter(string? Wie = null, string? Actie = null, DateOnly? Van = null, DateOnly? Tot = null, string? Onderwerp = null,
    int? GebruikerId = null);

public sealed record AuditRegelWeergave(long Id, DateTime TijdUtc, int? GebruikerId, string Wie, string Actie, string Onderwerp, string? Details);

public sealed record AuditLijst(IReadOnlyList<AuditRegelWeergave> Regels, int Totaal, int Pagina, int AantalPaginas);

/// <summary>Reading the audit log, newest first. Only reading: rows are never changed from the application.</summary>
public sealed class AuditQueries(WijkDbContext db)
{
    public const int PerPagina = 50;

    /// <summary>The actions that occur in the log, for the filter's list.</summary>
    public Task<List<string>> ActiesAsync(CancellationToken cancellationToken) =>
        db.AuditLog.AsNoTracking().Select(r => r.Actie).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    public async Task<AuditLijst> LijstAsync(AuditFilter filter, int pagina, CancellationToken cancellationToken)
    {
        var regels = Gefilterd(filter);
        var totaal = await regels.CountAsync(cancellationToken);
        var aantalPaginas = Math.Max(1, (totaal + PerPagina - 1) / PerPagina);
        pagina = Math.Clamp(pagina, 1, aantalPaginas);
        var lijst = await Weergave(regels.OrderByDescending(r => r.TijdUtc).ThenByDescending(r => r.Id)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina)).ToListAsync(cancellationToken);
        return new AuditLijst(lijst, totaal, pagina, aantalPaginas);
    }

    /// <summary>Every row that matches, as a spreadsheet opens it (UTF-8 with BOM, semicolons). Anything a spreadsheet
    /// would run as a formula gets an apostrophe in front: names and subjects come from what people typed.</summary>
    public async Task<byte[]> CsvAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var tekst = new StringBuilder();
        Regel(tekst, "Tijd (Nederlandse tijd)", "Wie", "Account", "Actie", "Onderwerp", "Details");
        await foreach (var r in Weergave(Gefilterd(filter).OrderByDescending(r => r.TijdUtc).ThenByDescending(r => r.Id))
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Regel(tekst, Tijd.Lokaal(r.TijdUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.Wie,
                r.GebruikerId?.ToString(CultureInfo.InvariantCulture) ?? "", r.Actie, r.Onderwerp, r.Details ?? "");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    public static string CsvVeld(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        if (waarde.Length > 0 && waarde[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            waarde = "'" + waarde;
        }

        return '"' + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
    }

    private static void Regel(StringBuilder tekst, params string[] velden) =>
        tekst.AppendJoin(';', velden.Select(CsvVeld)).Append("\r\n");

    private IQueryable<AuditRegel> Gefilterd(AuditFilter filter)
    {
        var regels = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Wie))
        {
            var wie = filter.Wie.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // runs in the database as upper(); .NET culture rules do not apply there
            regels = regels.Where(r => r.Wie.ToUpper().Contains(wie));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrEmpty(filter.Actie))
        {
            regels = regels.Where(r => r.Actie == filter.Actie);
        }

        if (filter.Van is { } van)
        {
            var vanUtc = Herhaling.NaarUtc(van.ToDateTime(TimeOnly.MinValue));
            regels = regels.Where(r => r.TijdUtc >= vanUtc);
        }

        if (filter.Tot is { } tot)
        {
            var totUtc = Herhaling.NaarUtc(tot.AddDays(1).ToDateTime(TimeOnly.MinValue));
            regels = regels.Where(r => r.TijdUtc < totUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Onderwerp))
        {
            // "initiatief:12" finds that request and not initiatief 120; "initiatief" finds every request.
            var onderwerp = filter.Onderwerp.Trim();
            var begin = onderwerp + ":";
            regels = regels.Where(r => r.Onderwerp == onderwerp || r.Onderwerp.StartsWith(begin));
        }

        if (filter.GebruikerId is { } id)
        {
            regels = regels.Where(r => r.GebruikerId == id);
        }

        return regels;
    }

    private static IQueryable<AuditRegelWeergave> Weergave(IQueryable<AuditRegel> regels) =>
        regels.Select(r => new AuditRegelWeergave(r.Id, r.TijdUtc, r.GebruikerId, r.Wie, r.Actie, r.Onderwerp, r.Details));
}
