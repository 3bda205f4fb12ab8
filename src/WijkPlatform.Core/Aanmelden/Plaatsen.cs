using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>The rules for places in one occurrence. Every change to places runs inside a transaction that first
/// locks the occurrence's <see cref="Bezetting"/> row, so sign-ups, cancellations and promotions for one occurrence
/// happen one after the other on every engine: SQLite takes its write lock at BEGIN IMMEDIATE, PostgreSQL holds
/// the row lock of the first UPDATE until commit.</summary>
internal static class Plaatsen
{
    /// <summary>Creates the occurrence's row if it is missing, before the transaction (see <see cref="EenmaligeRij"/>).</summary>
    public static Task ZorgVoorRijAsync(WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken) =>
        EenmaligeRij.ZorgVoorAsync<Bezetting>(db, b => b.ActiviteitId == activiteitId && b.StartUtc == startUtc,
            () => new Bezetting { ActiviteitId = activiteitId, StartUtc = startUtc }, cancellationToken);

    public static async Task<Bezetting> VergrendelAsync(WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken)
    {
        await db.Bezettingen.Where(b => b.ActiviteitId == activiteitId && b.StartUtc == startUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Wachtend, b => b.Wachtend), cancellationToken);
        return await db.Bezettingen.SingleAsync(b => b.ActiviteitId == activiteitId && b.StartUtc == startUtc, cancellationToken);
    }

    public static bool Past(Bezetting bezetting, int? capaciteit, int personen) =>
        capaciteit is not int c || bezetting.Bevestigd + personen <= c;

    /// <summary>Gives freed places to the wachtlijst in order of sign-up. A group too large for what is free is passed
    /// over for a smaller one behind it, rather than leaving the places empty.</summary>
    public static async Task<List<Aanmelding>> SchuifDoorAsync(WijkDbContext db, Bezetting bezetting, int? capaciteit, DateTime nuUtc,
        CancellationToken cancellationToken)
    {
        var doorgeschoven = new List<Aanmelding>();
        if (bezetting.Wachtend == 0)
        {
            return doorgeschoven;
        }

        var wachtenden = await db.Aanmeldingen
            .Where(a => a.ActiviteitId == bezetting.ActiviteitId && a.StartUtc == bezetting.StartUtc && a.Status == AanmeldingStatus.Wachtlijst)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        foreach (var wachtende in wachtenden)
        {
            if (!Past(bezetting, capaciteit, wachtende.Personen))
            {
                continue;
            }

            wachtende.Status = AanmeldingStatus.Bevestigd;
            wachtende.PlaatsUtc = nuUtc;
            bezetting.Bevestigd += wachtende.Personen;
            bezetting.Wachtend -= wachtende.Personen;
            doorgeschoven.Add(wachtende);
        }

        return doorgeschoven;
    }
}
