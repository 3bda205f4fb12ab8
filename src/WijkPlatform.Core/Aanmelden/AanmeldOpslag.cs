using System.Buffers.Binary;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Core.Aanmelden;

/// <summary>What the rules of a sign-up (<see cref="MeldAan"/>) read from and write to the database, inside the
/// sign-up's transaction. The rules are the same on both engines; how they reach the data is not (ADR 23).</summary>
internal interface IAanmeldOpslag
{
    /// <summary>Sign-ups with this address since <paramref name="sinds"/>, and the name on one for this date that is not
    /// cancelled (empty when it has no name, null when there is none).</summary>
    Task<(int Recent, string? Bestaand)> AdresAsync(string email, DateTime sinds, Gelegenheid g, CancellationToken cancellationToken);

    /// <summary>Sign-ups with this address since <paramref name="sinds"/>.</summary>
    Task<int> RecentAsync(string email, DateTime sinds, CancellationToken cancellationToken);

    /// <summary>The name on a sign-up for this date with this address or number (see <see cref="AdresAsync"/>).</summary>
    Task<string?> BestaandAsync(Gelegenheid g, string? email, string? telefoon, CancellationToken cancellationToken);

    /// <summary>The date's places, held until the commit so no other sign-up for it runs in between.</summary>
    Task<Bezetting> BezettingAsync(Gelegenheid g, CancellationToken cancellationToken);

    /// <summary>Sign-ups on the date's wachtlijst, the ones this transaction added included.</summary>
    Task<int> WachtendAsync(Gelegenheid g, CancellationToken cancellationToken);

    /// <summary>Stores the sign-up and adds its persons to the places in <paramref name="bezetting"/>.</summary>
    Task VoegToeAsync(Aanmelding aanmelding, Bezetting bezetting, CancellationToken cancellationToken);

    Task MailAsync(OutboxBericht bericht, CancellationToken cancellationToken);
}

/// <summary>Through EF Core, on the caller's transaction; what it adds is saved by the write gate. Used by PostgreSQL,
/// which runs sign-ups for different dates side by side: an advisory lock per address makes those with one address
/// count one after the other, and the date's row lock makes those for one date take places one after the other.</summary>
internal sealed class EfAanmeldOpslag(WijkDbContext db) : IAanmeldOpslag
{
    /// <summary>The first key of the advisory locks on an address; the second is taken from the address.</summary>
    private const int AdresSlotKlasse = 0x41646d;

    private static readonly Func<WijkDbContext, string, DateTime, CancellationToken, Task<int>> PerEmailSinds =
        EF.CompileAsyncQuery((WijkDbContext db, string email, DateTime sinds, CancellationToken cancellationToken) =>
            db.Aanmeldingen.Count(a => a.Email == email && a.AangemeldUtc > sinds));

    private static readonly Func<WijkDbContext, int, DateTime, CancellationToken, Task<int>> OpWachtlijst =
        EF.CompileAsyncQuery((WijkDbContext db, int activiteitId, DateTime startUtc, CancellationToken cancellationToken) =>
            db.Aanmeldingen.Count(a => a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status == AanmeldingStatus.Wachtlijst));

    private static readonly Func<WijkDbContext, int, DateTime, string?, string?, CancellationToken, Task<string?>> AlAangemeldAls =
        EF.CompileAsyncQuery((WijkDbContext db, int activiteitId, DateTime startUtc, string? email, string? telefoon,
                CancellationToken cancellationToken) =>
            db.Aanmeldingen.AsNoTracking()
                .Where(a => a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld
                    && (email != null && a.Email == email || telefoon != null && a.Telefoon == telefoon))
                .Select(a => a.Naam ?? "")
                .FirstOrDefault());

    /// <summary>Both things asked about an address, in one look through its index.</summary>
    private static readonly Func<WijkDbContext, string, DateTime, int, DateTime, IAsyncEnumerable<AdresRij>> PerAdres =
        EF.CompileAsyncQuery((WijkDbContext db, string email, DateTime sinds, int activiteitId, DateTime startUtc) =>
            db.Aanmeldingen.AsNoTracking()
                .Where(a => a.Email == email && (a.AangemeldUtc > sinds
                    || a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld))
                .Select(a => new AdresRij(a.AangemeldUtc > sinds,
                    a.ActiviteitId == activiteitId && a.StartUtc == startUtc && a.Status != AanmeldingStatus.Afgemeld, a.Naam ?? "")));

    public async Task<(int Recent, string? Bestaand)> AdresAsync(string email, DateTime sinds, Gelegenheid g, CancellationToken cancellationToken)
    {
        await PerAdresNaElkaarAsync(email, cancellationToken);
        var recent = 0;
        string? bestaand = null;
        await foreach (var rij in PerAdres(db, email, sinds, g.ActiviteitId, g.StartUtc).WithCancellation(cancellationToken))
        {
            recent += rij.Recent ? 1 : 0;
            bestaand ??= rij.ZelfdeDatum ? rij.Naam : null;
        }

        return (recent, bestaand);
    }

    public async Task<int> RecentAsync(string email, DateTime sinds, CancellationToken cancellationToken)
    {
        await PerAdresNaElkaarAsync(email, cancellationToken);
        return await PerEmailSinds(db, email, sinds, cancellationToken);
    }

    public Task<string?> BestaandAsync(Gelegenheid g, string? email, string? telefoon, CancellationToken cancellationToken) =>
        AlAangemeldAls(db, g.ActiviteitId, g.StartUtc, email, telefoon, cancellationToken);

    public Task<Bezetting> BezettingAsync(Gelegenheid g, CancellationToken cancellationToken) =>
        Plaatsen.VergrendelAsync(db, g.ActiviteitId, g.StartUtc, cancellationToken);

    public async Task<int> WachtendAsync(Gelegenheid g, CancellationToken cancellationToken) =>
        await OpWachtlijst(db, g.ActiviteitId, g.StartUtc, cancellationToken)
        + db.ChangeTracker.Entries<Aanmelding>().Count(e => e.State == EntityState.Added && e.Entity.ActiviteitId == g.ActiviteitId
            && e.Entity.StartUtc == g.StartUtc && e.Entity.Status == AanmeldingStatus.Wachtlijst);

    public Task VoegToeAsync(Aanmelding aanmelding, Bezetting bezetting, CancellationToken cancellationToken)
    {
        // The row is tracked (BezettingAsync), so the write gate's save stores the new counts.
        Tel(aanmelding, bezetting);
        db.Aanmeldingen.Add(aanmelding);
        return Task.CompletedTask;
    }

    public Task MailAsync(OutboxBericht bericht, CancellationToken cancellationToken)
    {
        db.Outbox.Add(bericht);
        return Task.CompletedTask;
    }

    internal static void Tel(Aanmelding aanmelding, Bezetting bezetting)
    {
        if (aanmelding.Status == AanmeldingStatus.Bevestigd)
        {
            bezetting.Bevestigd += aanmelding.Personen;
        }
        else
        {
            bezetting.Wachtend += aanmelding.Personen;
        }
    }

    /// <summary>Held until the commit; taken before the date's row, like every sign-up, so no two wait on each other in
    /// turn.</summary>
    private Task<int> PerAdresNaElkaarAsync(string email, CancellationToken cancellationToken)
    {
        var adres = BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(email)));
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdresSlotKlasse}, {adres})", cancellationToken);
    }

    private sealed record AdresRij(bool Recent, bool ZelfdeDatum, string Naam);
}

/// <summary>Plain SQL on the connection and transaction of SQLite's single writer (<see cref="SchrijfPoort"/>), which
/// runs a bundle of sign-ups one after the other. Each statement runs at once, so a sign-up sees what the ones before it
/// in the bundle stored, and a rollback (of the bundle or of a piece's savepoint) takes it back. Going around EF Core's
/// queries and save here, where every sign-up queues, made the writer several times faster (bench/results).
/// <para>The commands bypass EF's interceptors, so the transaction is reported to <see cref="SchrijfMelder"/> as one
/// that changed sign-ups and mail.</para></summary>
internal sealed class SqliteAanmeldOpslag : IAanmeldOpslag
{
    private const string Actief = "\"ActiviteitId\" = $a AND \"StartUtc\" = $s AND \"Status\" <> 'Afgemeld'";

    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Voorbereid = [];

    private readonly DbConnection verbinding;
    private readonly DbTransaction transactie;
    private readonly SchrijfMelder melder;

    public SqliteAanmeldOpslag(WijkDbContext db, SchrijfMelder melder)
    {
        verbinding = db.Database.GetDbConnection();
        transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("De schrijver van SQLite hoort een transactie open te hebben.");
        this.melder = melder;
    }

    public async Task<(int Recent, string? Bestaand)> AdresAsync(string email, DateTime sinds, Gelegenheid g, CancellationToken cancellationToken)
    {
        var command = Command(
            $"""
            SELECT COALESCE(SUM("AangemeldUtc" > $sinds), 0), MAX(CASE WHEN {Actief} THEN COALESCE("Naam", '') END)
            FROM "Aanmeldingen" WHERE "Email" = $e AND ("AangemeldUtc" > $sinds OR ({Actief}))
            """,
            ("$e", email), ("$sinds", sinds), ("$a", g.ActiviteitId), ("$s", g.StartUtc));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public Task<int> RecentAsync(string email, DateTime sinds, CancellationToken cancellationToken) =>
        GetalAsync("SELECT COUNT(*) FROM \"Aanmeldingen\" WHERE \"Email\" = $e AND \"AangemeldUtc\" > $sinds", cancellationToken,
            ("$e", email), ("$sinds", sinds));

    public async Task<string?> BestaandAsync(Gelegenheid g, string? email, string? telefoon, CancellationToken cancellationToken)
    {
        var command = Command(
            $"""
            SELECT COALESCE("Naam", '') FROM "Aanmeldingen"
            WHERE {Actief} AND (($e IS NOT NULL AND "Email" = $e) OR ($t IS NOT NULL AND "Telefoon" = $t)) LIMIT 1
            """,
            ("$a", g.ActiviteitId), ("$s", g.StartUtc), ("$e", email), ("$t", telefoon));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<Bezetting> BezettingAsync(Gelegenheid g, CancellationToken cancellationToken)
    {
        // The writer is SQLite's only one, so the row needs no lock; a missing row counts as empty and is made when the
        // first sign-up is stored.
        var command = Command(
            "SELECT \"Bevestigd\", \"Wachtend\" FROM \"Bezettingen\" WHERE \"ActiviteitId\" = $a AND \"StartUtc\" = $s",
            ("$a", g.ActiviteitId), ("$s", g.StartUtc));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var bezetting = new Bezetting { ActiviteitId = g.ActiviteitId, StartUtc = g.StartUtc };
        if (await reader.ReadAsync(cancellationToken))
        {
            bezetting.Bevestigd = reader.GetInt32(0);
            bezetting.Wachtend = reader.GetInt32(1);
        }

        return bezetting;
    }

    public Task<int> WachtendAsync(Gelegenheid g, CancellationToken cancellationToken) =>
        GetalAsync("SELECT COUNT(*) FROM \"Aanmeldingen\" WHERE \"ActiviteitId\" = $a AND \"StartUtc\" = $s AND \"Status\" = 'Wachtlijst'",
            cancellationToken, ("$a", g.ActiviteitId), ("$s", g.StartUtc));

    public async Task VoegToeAsync(Aanmelding aanmelding, Bezetting bezetting, CancellationToken cancellationToken)
    {
        EfAanmeldOpslag.Tel(aanmelding, bezetting);
        melder.Geschreven(transactie);
        await Command(
            """
            INSERT INTO "Aanmeldingen" ("ActiviteitId", "StartUtc", "Status", "Personen", "Naam", "Email", "Telefoon", "Opmerking",
                "SleutelHash", "AangemeldUtc", "PlaatsUtc", "AangemeldDoorId")
            VALUES ($a, $s, $status, $personen, $naam, $e, $t, $opmerking, $hash, $aangemeld, $plaats, $door)
            """,
            ("$a", aanmelding.ActiviteitId), ("$s", aanmelding.StartUtc), ("$status", aanmelding.Status.ToString()),
            ("$personen", aanmelding.Personen), ("$naam", aanmelding.Naam), ("$e", aanmelding.Email), ("$t", aanmelding.Telefoon),
            ("$opmerking", aanmelding.Opmerking), ("$hash", aanmelding.SleutelHash), ("$aangemeld", aanmelding.AangemeldUtc),
            ("$plaats", aanmelding.PlaatsUtc), ("$door", aanmelding.AangemeldDoorId)).ExecuteNonQueryAsync(cancellationToken);

        await Command(
            """
            INSERT INTO "Bezettingen" ("ActiviteitId", "StartUtc", "Bevestigd", "Wachtend") VALUES ($a, $s, $b, $w)
            ON CONFLICT ("ActiviteitId", "StartUtc") DO UPDATE SET "Bevestigd" = excluded."Bevestigd", "Wachtend" = excluded."Wachtend"
            """,
            ("$a", bezetting.ActiviteitId), ("$s", bezetting.StartUtc), ("$b", bezetting.Bevestigd), ("$w", bezetting.Wachtend)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MailAsync(OutboxBericht bericht, CancellationToken cancellationToken)
    {
        melder.Geschreven(transactie);
        await Command(
            """
            INSERT INTO "Outbox" ("MessageId", "Soort", "Aan", "AanNaam", "Onderwerp", "Tekst", "Html", "BijlageNaam", "BijlageType",
                "BijlageInhoud", "AfmeldUrl", "AangemaaktUtc", "VolgendePogingUtc", "Pogingen")
            VALUES ($id, $soort, $aan, $naam, $onderwerp, $tekst, $html, $bnaam, $btype, $binhoud, $afmeld, $gemaakt, $poging, 0)
            """,
            ("$id", bericht.MessageId), ("$soort", bericht.Soort), ("$aan", bericht.Aan), ("$naam", bericht.AanNaam),
            ("$onderwerp", bericht.Onderwerp), ("$tekst", bericht.Tekst), ("$html", bericht.Html), ("$bnaam", bericht.BijlageNaam),
            ("$btype", bericht.BijlageType), ("$binhoud", bericht.BijlageInhoud), ("$afmeld", bericht.AfmeldUrl),
            ("$gemaakt", bericht.AangemaaktUtc), ("$poging", bericht.VolgendePogingUtc)).ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> GetalAsync(string sql, CancellationToken cancellationToken, params (string Naam, object? Waarde)[] parameters)
    {
        return Convert.ToInt32(await Command(sql, parameters).ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private DbCommand Command(string sql, params (string Naam, object? Waarde)[] parameters)
    {
        // The writer keeps its connection open and runs one piece at a time, so its commands (and the statements SQLite
        // prepared for them) are kept and used again, one at a time.
        var commands = Voorbereid.GetValue(verbinding, _ => []);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = verbinding.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Transaction = transactie;
        command.Parameters.Clear();
        foreach (var (naam, waarde) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = naam;
            parameter.Value = waarde ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
