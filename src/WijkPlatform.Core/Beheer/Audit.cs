using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Beheer;

/// <summary>Adds a row to the audit log in the caller's unit of work, so the step and its record commit together.</summary>
public static class Audit
{
    public static void Schrijf(this WijkDbContext db, Beheerder? wie, string actie, string onderwerp, string? details, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditLog.Add(new AuditRegel
        {
            TijdUtc = nuUtc,
            GebruikerId = wie?.GebruikerId,
            Wie = wie?.Naam ?? "bewoner (zonder account)",
            Actie = actie,
            Onderwerp = onderwerp,
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
    }

    /// <summary>A row for a step the site took on its own, such as a scheduled import; <paramref name="systeem"/> names
    /// the job, so the log does not read as if a resident did it.</summary>
    public static void SchrijfAlsSysteem(this WijkDbContext db, string systeem, string actie, string onderwerp, string? details, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(systeem);
        db.AuditLog.Add(new AuditRegel
        {
            TijdUtc = nuUtc,
            Wie = systeem,
            Actie = actie,
            Onderwerp = onderwerp,
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
    }

    public static string Onderwerp(Agenda.Activiteit activiteit)
    {
        ArgumentNullException.ThrowIfNull(activiteit);
        return $"activiteit:{activiteit.Id}:{activiteit.Slug}";
    }
}
