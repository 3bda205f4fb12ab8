using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WijkPlatform.Core.Data;

/// <summary>Something kept outside the database that must be dropped once data has changed, such as stored copies of
/// public pages.</summary>
public interface IGegevensGewijzigd
{
    /// <summary>Called after a write has been committed; must be quick and must not throw.</summary>
    void Gewijzigd();
}

/// <summary>Something kept outside the database that only depends on what is on offer (activities, their dates and
/// places): it stays valid through writes that only touch sign-ups and mail, the writes a rush of sign-ups makes.</summary>
public interface IAanbodGewijzigd
{
    /// <summary>Called after a write has been committed that may have changed more than sign-ups and mail; must be quick
    /// and must not throw.</summary>
    void AanbodGewijzigd();
}

/// <summary>Tells every <see cref="IGegevensGewijzigd"/> when a write reached the database: after the commit of its
/// transaction, or at once for a write outside one. It listens to commands rather than to SaveChanges, so the sign-up
/// counters (raw SQL) and ExecuteUpdate/ExecuteDelete count too. Telling before the commit would let a reader store the
/// old data again just after the drop.</summary>
public sealed class SchrijfMelder(IEnumerable<IGegevensGewijzigd> ontvangers, IEnumerable<IAanbodGewijzigd> aanbodOntvangers)
    : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly object AlleenAanmelden = new();
    private static readonly object Aanbod = new();

    /// <summary>The statements that change sign-ups and mail only. A command counts as such when each of its statements
    /// starts with one of these; anything else, or text that cannot be read that way, counts as a change to the offer.</summary>
    private static readonly string[] AanmeldStatements =
    [
        "INSERT INTO \"Aanmeldingen\"", "INSERT INTO \"Bezettingen\"", "INSERT INTO \"Outbox\"",
        "UPDATE \"Aanmeldingen\"", "UPDATE \"Bezettingen\"", "UPDATE \"Outbox\"",
        "DELETE FROM \"Aanmeldingen\"", "DELETE FROM \"Bezettingen\"", "DELETE FROM \"Outbox\"",
    ];

    private readonly IGegevensGewijzigd[] ontvangers = [.. ontvangers];
    private readonly IAanbodGewijzigd[] aanbodOntvangers = [.. aanbodOntvangers];

    // Transactions with a write in them; weak, so a transaction that is never committed or rolled back is not kept.
    private readonly ConditionalWeakTable<DbTransaction, object> metSchrijven = [];

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (metSchrijven.TryGetValue(transaction, out var soort) && metSchrijven.Remove(transaction))
        {
            Meld(ReferenceEquals(soort, Aanbod));
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        metSchrijven.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        metSchrijven.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>True for a command that changes data. Every write the application sends (EF's own batches included)
    /// begins with one of these words.</summary>
    public static bool IsSchrijven(string tekst)
    {
        var t = tekst.AsSpan().TrimStart();
        return t.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("MERGE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when every statement of a write command changes sign-ups or mail only. Splitting at each ';' may
    /// also split inside a quoted value; a piece that is not a statement then fails the test, so the answer errs
    /// towards "the offer changed".</summary>
    public static bool IsAlleenAanmelden(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        foreach (var deel in tekst.AsSpan().Split(';'))
        {
            var statement = tekst.AsSpan()[deel].Trim();
            if (statement.IsEmpty)
            {
                continue;
            }

            var herkend = false;
            foreach (var begin in AanmeldStatements)
            {
                if (statement.StartsWith(begin, StringComparison.OrdinalIgnoreCase))
                {
                    herkend = true;
                    break;
                }
            }

            if (!herkend)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For writes sent on the connection past EF Core (and so past this interceptor) that change sign-ups and
    /// mail only: the receivers hear of them once <paramref name="transactie"/> is committed.</summary>
    public void Geschreven(DbTransaction transactie)
    {
        ArgumentNullException.ThrowIfNull(transactie);
        if (!metSchrijven.TryGetValue(transactie, out _))
        {
            metSchrijven.AddOrUpdate(transactie, AlleenAanmelden);
        }
    }

    private void Uitgevoerd(DbCommand command)
    {
        if ((ontvangers.Length == 0 && aanbodOntvangers.Length == 0) || !IsSchrijven(command.CommandText))
        {
            return;
        }

        var aanbod = !IsAlleenAanmelden(command.CommandText);
        if (command.Transaction is { } transactie)
        {
            // Once a transaction changed the offer it stays marked so, whatever it writes after.
            if (aanbod || !metSchrijven.TryGetValue(transactie, out _))
            {
                metSchrijven.AddOrUpdate(transactie, aanbod ? Aanbod : AlleenAanmelden);
            }
        }
        else
        {
            Meld(aanbod);
        }
    }

    private void Meld(bool aanbod)
    {
        foreach (var ontvanger in ontvangers)
        {
            ontvanger.Gewijzigd();
        }

        if (aanbod)
        {
            foreach (var ontvanger in aanbodOntvangers)
            {
                ontvanger.AanbodGewijzigd();
            }
        }
    }
}
